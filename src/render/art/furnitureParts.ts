/**
 * Furniture and props baked into the atlas beside the pupils: the duo desk and chair back of the classroom,
 * the refter's table and tray, the corner of the teacher's own desk (the foreground at the desk), and the wall
 * clock's hands. Drawn at front-row scale in world units; the scene scales them by row.
 */
import type { Part } from './atlas.ts';
import { DESK_BAND } from './build.ts';
import { ROOM } from './palette.ts';
import { ellipse, line, poly, rect } from './shapes.ts';

/** Width of a duo desk at front-row scale; two seats sit at ±SEAT_GAP/2 behind it. */
export const DESK_WIDTH = 232;
export const SEAT_GAP = 112;

/**
 * A duo desk's top, front edge and book tray. Its legs are separate thin parts (deskLegs), so the transparent
 * space between them is not drawn: software WebGL pays for every texel of every quad.
 */
function desk(variant: number): Part {
  const w = DESK_WIDTH / 2;
  const back = w - 7;
  return {
    name: `desk:${variant}`,
    width: DESK_WIDTH + 8,
    height: DESK_BAND + 28,
    anchorX: w + 4,
    anchorY: DESK_BAND + 4,
    draw(ctx) {
      // Book tray under the top.
      rect(ctx, -w + 8, 4, DESK_WIDTH - 16, 15, 2, '#7a5534', ROOM.woodEdge, 1);
      if (variant === 1) {
        rect(ctx, -w + 20, 6, 26, 11, 1, '#3f70b5');
        rect(ctx, -w + 48, 7, 20, 10, 1, '#e3b23f');
      }
      if (variant === 2) rect(ctx, w - 60, 6, 34, 11, 1, '#c9473c');
      // The top, seen from above, and its front edge.
      poly(ctx, [[-back, -DESK_BAND], [back, -DESK_BAND], [w, 0], [-w, 0]], '#ddb27a', ROOM.woodEdge, 1.4);
      line(ctx, [[-back + 6, -DESK_BAND + 4], [back - 6, -DESK_BAND + 4]], '#e9c592', 1.4);
      rect(ctx, -w, 0, DESK_WIDTH, 6, 1.5, ROOM.wood, ROOM.woodEdge, 1.2);
      line(ctx, [[0, -DESK_BAND + 2], [0, -1]], '#c99a62', 1);
    },
  };
}

/** One metal leg of a desk or table, from under the top to the floor; anchored at its top. */
function leg(): Part {
  return {
    name: 'desk-leg',
    width: 10,
    height: 70,
    anchorX: 5,
    anchorY: 2,
    draw(ctx) {
      line(ctx, [[0, 2], [-1, 64]], ROOM.metal, 5);
      line(ctx, [[0, 2], [-1, 64]], ROOM.metalLight, 1.6);
    },
  };
}

/** The metal bar between a desk's legs; anchored at its middle, stretched to the desk's width. */
function bar(): Part {
  return {
    name: 'desk-bar',
    width: 24,
    height: 5,
    anchorX: 12,
    anchorY: 2.5,
    draw(ctx) {
      rect(ctx, -12, -1.5, 24, 3, 0, ROOM.metal);
    },
  };
}

/** Where a desk's legs and bar go, relative to its anchor, at front-row scale. */
export const DESK_LEGS = { x: DESK_WIDTH / 2 - 10, y: 8, barY: 52, barWidth: DESK_WIDTH - 24 } as const;

function chair(): Part {
  return {
    name: 'chair',
    width: 56,
    height: 50,
    anchorX: 28,
    anchorY: 46,
    draw(ctx) {
      for (const side of [-1, 1]) line(ctx, [[side * 18, -44], [side * 18, 0]], ROOM.metal, 4);
      rect(ctx, -24, -66 + 20, 48, 18, 4, ROOM.wood, ROOM.woodEdge, 1.3);
      line(ctx, [[-19, -42], [19, -42]], ROOM.woodLight, 1.5);
    },
  };
}

function table(): Part {
  return {
    name: 'table',
    width: 208,
    height: DESK_BAND + 16,
    anchorX: 104,
    anchorY: DESK_BAND + 4,
    draw(ctx) {
      poly(ctx, [[-98, -DESK_BAND], [98, -DESK_BAND], [100, 0], [-100, 0]], '#e8e2d4', '#8f8672', 1.2);
      rect(ctx, -100, 0, 200, 7, 2, '#b9b1a0', '#8f8672', 1);
    },
  };
}

function tray(): Part {
  return {
    name: 'tray',
    width: 60,
    height: 28,
    anchorX: 30,
    anchorY: 20,
    draw(ctx) {
      poly(ctx, [[-24, -16], [24, -16], [27, 0], [-27, 0]], '#6f9bbd', '#4a7796', 1.2);
      ellipse(ctx, -8, -8, 11, 5.5, '#fbf8f0', '#b9b1a0', 1);
      ellipse(ctx, -9, -9, 6, 3, '#d7a55a');
      rect(ctx, 10, -19, 8, 14, 2, '#e3b23f', '#a07a2a', 1);
    },
  };
}

function teacherDesk(): Part {
  return {
    name: 'teacher-desk',
    width: 330,
    height: 120,
    anchorX: 330,
    anchorY: 120,
    draw(ctx) {
      poly(ctx, [[-320, -84], [0, -96], [0, 0], [-330, 0]], ROOM.wood, ROOM.woodEdge, 2);
      poly(ctx, [[-320, -84], [0, -96], [0, -80], [-324, -70]], ROOM.woodLight);
      // Papers, a register, a mug and a pen.
      poly(ctx, [[-250, -76], [-180, -82], [-172, -48], [-246, -42]], '#fbf6ec', '#9b8b78', 1.2);
      for (let i = 0; i < 5; i++) line(ctx, [[-240, -70 + i * 5], [-184, -75 + i * 5]], '#b9c6d8', 1);
      poly(ctx, [[-150, -84], [-95, -88], [-90, -56], [-146, -52]], '#2f5d50', '#1f3f36', 1.2);
      rect(ctx, -60, -100, 26, 30, 4, '#c9473c', '#8a2f28', 1.4);
      ctx.beginPath();
      ctx.arc(-32, -86, 7, -Math.PI / 2, Math.PI / 2);
      ctx.strokeStyle = '#8a2f28';
      ctx.lineWidth = 3;
      ctx.stroke();
      line(ctx, [[-200, -36], [-150, -30]], '#3f70b5', 3);
    },
  };
}

function clockHand(name: string, length: number, width: number): Part {
  return {
    name,
    width: width + 4,
    height: length + 8,
    anchorX: width / 2 + 2,
    anchorY: length + 2,
    draw(ctx) {
      line(ctx, [[0, 3], [0, -length + 1]], ROOM.ink, width);
    },
  };
}

export function furnitureParts(): Part[] {
  return [desk(0), desk(1), desk(2), leg(), bar(), chair(), table(), tray(), teacherDesk(), clockHand('clock-hour', 15, 3.6), clockHand('clock-minute', 23, 2.4)];
}
