/**
 * Drawing the body: torso front and back (upper arms along the sides; a hoodie for teenagers, a T-shirt for
 * ten-year-olds), legs for standing figures, and the arms in their poses with sleeve and hand as separate
 * parts (sleeves take the clothes colour, hands the skin). Desk arms rest on the desk in front of the body;
 * the others hang from the shoulders or rise from them.
 */
import type { Level } from '../../core/scenario/vocabulary.ts';
import type { Part } from './atlas.ts';
import { DESK_BAND, type Build } from './build.ts';
import { frameName } from './frames.ts';
import { EDGE, LINE, SHADE, SHADE2, WHITE } from './ink.ts';
import { blob, curve, ellipse, line, poly, rect, type Ctx, type Point } from './shapes.ts';

export const ARMS = ['rest-l', 'rest-r', 'crossed', 'chin', 'whisper', 'write', 'up', 'hang', 'hang-up', 'hang-cross', 'hang-whisper'] as const;
export type ArmFrame = (typeof ARMS)[number];

/** Arms drawn from the desk's front edge (seated, front layer) rather than from the neck base. */
export const DESK_ARMS: ReadonlySet<ArmFrame> = new Set(['rest-l', 'rest-r', 'crossed', 'chin', 'write']);

function torsoPath(ctx: Ctx, b: Build, bottom: number): void {
  const sw = b.shoulderW / 2;
  const nw = b.neckW / 2 + 4;
  ctx.beginPath();
  ctx.moveTo(-nw, -1);
  ctx.quadraticCurveTo(-sw + 4, 2, -sw + 1, 16);
  ctx.lineTo(-sw + 3, bottom);
  ctx.lineTo(sw - 3, bottom);
  ctx.lineTo(sw - 1, 16);
  ctx.quadraticCurveTo(sw - 4, 2, nw, -1);
  ctx.quadraticCurveTo(0, 7, -nw, -1);
  ctx.closePath();
}

export function drawTorso(ctx: Ctx, b: Build, level: Level, view: 'front' | 'back'): void {
  const sw = b.shoulderW / 2;
  const bottom = b.torsoH + 4;
  torsoPath(ctx, b, bottom);
  ctx.fillStyle = WHITE;
  ctx.fill();
  ctx.strokeStyle = LINE;
  ctx.lineWidth = EDGE;
  ctx.stroke();
  // Upper arms hanging along the sides.
  for (const side of [-1, 1]) {
    curve(ctx, [side * (sw - 12), 14], [side * (sw - 15), 40], [side * (sw - 13), bottom], LINE, 1);
    poly(ctx, [[side * (sw - 2), 18], [side * (sw - 11), 16], [side * (sw - 13), bottom], [side * (sw - 3), bottom]], SHADE);
  }
  const nw = b.neckW / 2 + 4;
  if (view === 'front') {
    // Neckline band.
    ctx.beginPath();
    ctx.moveTo(-nw, -1);
    ctx.quadraticCurveTo(0, 7, nw, -1);
    ctx.quadraticCurveTo(0, 12, -nw, -1);
    ctx.fillStyle = SHADE2;
    ctx.fill();
    if (level === 'secundair') {
      // Hoodie: strings and a pocket seam.
      line(ctx, [[-4, 7], [-5, 24]], SHADE2, 1.6);
      line(ctx, [[4, 7], [5, 24]], SHADE2, 1.6);
      curve(ctx, [-sw * 0.5, bottom - 18], [0, bottom - 22], [sw * 0.5, bottom - 18], SHADE2, 1.2);
    } else {
      // T-shirt with a stripe across the chest.
      rect(ctx, -sw + 12, 26, (sw - 12) * 2, 6, 1, SHADE);
    }
  } else {
    if (level === 'secundair') ellipse(ctx, 0, 8, 17, 9, SHADE, LINE, 1);
    curve(ctx, [0, 14], [1, 40], [0, bottom], SHADE2, 1.2);
  }
}

export function drawLegs(ctx: Ctx, b: Build): void {
  const w = b.shoulderW * 0.2;
  for (const side of [-1, 1]) {
    const x = side * b.shoulderW * 0.17;
    rect(ctx, x - w / 2, -4, w, b.legH - 6, 4, WHITE, LINE, EDGE);
    ellipse(ctx, x + side * 2, b.legH - 4, w * 0.72, 5, '#4a4a4a');
  }
  rect(ctx, -b.shoulderW * 0.36, -6, b.shoulderW * 0.72, 14, 5, WHITE, LINE, EDGE);
}

interface ArmShape {
  /** Polyline of the sleeve. */
  sleeve: readonly Point[];
  /** A bare forearm from the sleeve's end to the hand (skin), when the sleeve is pushed up. */
  forearm?: readonly Point[];
  hand: Point;
  handKind: 'flat' | 'fist' | 'finger' | 'palm' | 'pencil';
}

const lerp = (a: Point, b: Point, f: number): Point => [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f];

/** A bent arm: sleeve from the shoulder over the elbow to part of the forearm, then the bare forearm to the hand. */
function bent(shoulder: Point, elbow: Point, hand: Point, handKind: ArmShape['handKind'], sleeveShare = 0.5): ArmShape {
  const cuff = lerp(elbow, hand, sleeveShare);
  return { sleeve: [shoulder, elbow, cuff], forearm: [cuff, lerp(cuff, hand, 0.85)], hand, handKind };
}

/** Where each arm pose runs: desk arms from the desk's front edge, the others from the neck base. */
function armShapes(b: Build, pose: ArmFrame): ArmShape[] {
  const sw = b.shoulderW / 2;
  const deskY = -DESK_BAND / 2;
  const chinY = -b.torsoH + b.headY + b.headH / 2 + 3;
  const mouthY = b.headY + b.mouthY;
  const headTop = b.headY - b.headH / 2;
  const hang = (side: number): ArmShape => ({ sleeve: [[side * (sw - 6), 16], [side * (sw - 2), b.torsoH - 18]], hand: [side * (sw - 2), b.torsoH - 12], handKind: 'fist' });
  const raised = bent([-sw + 10, 18], [-sw - 8, headTop + 26], [-sw + 4, headTop - 8], 'finger', 0.55);
  const whisper = bent([sw - 8, 16], [sw + 1, 44], [b.headW / 2 + 4, mouthY + 2], 'palm', 0.45);
  switch (pose) {
    case 'rest-l':
      return [{ sleeve: [[-sw + 8, deskY - 4], [-19, deskY + 1]], hand: [-13, deskY + 1], handKind: 'flat' }];
    case 'rest-r':
      return [{ sleeve: [[sw - 8, deskY - 4], [19, deskY + 1]], hand: [13, deskY + 1], handKind: 'flat' }];
    case 'crossed':
      return [
        { sleeve: [[-sw + 6, deskY - 6], [sw - 20, deskY - 3]], hand: [sw - 15, deskY - 4], handKind: 'fist' },
        { sleeve: [[sw - 6, deskY + 2], [-sw + 20, deskY + 1]], hand: [-sw + 15, deskY], handKind: 'fist' },
      ];
    case 'chin': {
      const elbow: Point = [sw - 12, deskY - 6];
      const hand: Point = [5, chinY + 16];
      const cuff = lerp(elbow, hand, 0.4);
      return [{ sleeve: [elbow, cuff], forearm: [cuff, lerp(cuff, hand, 0.85)], hand, handKind: 'fist' }];
    }
    case 'whisper':
      return [whisper];
    case 'write':
      return [{ sleeve: [[sw - 8, deskY - 4], [16, deskY - 3]], hand: [11, deskY - 4], handKind: 'pencil' }];
    case 'up':
      return [raised];
    case 'hang':
      return [hang(-1), hang(1)];
    case 'hang-up':
      return [raised, hang(1)];
    case 'hang-cross':
      return [
        { sleeve: [[-sw + 6, 20], [-sw + 8, 42], [sw - 16, 38]], hand: [sw - 12, 37], handKind: 'fist' },
        { sleeve: [[sw - 6, 20], [sw - 8, 46], [-sw + 16, 44]], hand: [-sw + 12, 43], handKind: 'fist' },
      ];
    case 'hang-whisper':
      return [hang(-1), whisper];
  }
}

function drawSleeves(ctx: Ctx, shapes: ArmShape[], width: number): void {
  for (const shape of shapes) {
    line(ctx, shape.sleeve, LINE, width + 2.4);
    line(ctx, shape.sleeve, WHITE, width);
    // A cuff across the sleeve's end.
    const end = shape.sleeve[shape.sleeve.length - 1]!;
    const before = shape.sleeve[shape.sleeve.length - 2]!;
    const len = Math.hypot(end[0] - before[0], end[1] - before[1]) || 1;
    const [dx, dy] = [(end[0] - before[0]) / len, (end[1] - before[1]) / len];
    const c: Point = [end[0] - dx * 2.5, end[1] - dy * 2.5];
    line(ctx, [[c[0] - dy * width * 0.5, c[1] + dx * width * 0.5], [c[0] + dy * width * 0.5, c[1] - dx * width * 0.5]], SHADE2, 1.4);
  }
}

function drawHands(ctx: Ctx, shapes: ArmShape[], width: number): void {
  for (const { forearm, hand: [x, y], handKind } of shapes) {
    if (forearm) {
      line(ctx, forearm, LINE, width * 0.62 + 2.2);
      line(ctx, forearm, WHITE, width * 0.62);
    }
    if (handKind === 'pencil') {
      line(ctx, [[x + 2, y + 2], [x - 6, y - 14]], '#8c8c8c', 2.6);
      line(ctx, [[x + 2, y + 2], [x - 6, y - 14]], '#f0f0f0', 1.4);
    }
    if (handKind === 'finger') {
      rect(ctx, x - 2.2, y - 12, 4.4, 11, 2.2, WHITE, LINE, EDGE);
      blob(ctx, [[x - 5, y - 3], [x + 5, y - 4], [x + 6, y + 4], [x, y + 7], [x - 6, y + 4]], WHITE, LINE, EDGE);
      curve(ctx, [x - 4, y + 1], [x - 1, y - 1], [x + 2, y + 1], SHADE2, 1);
    } else if (handKind === 'palm') {
      blob(ctx, [[x - 3, y - 7], [x + 3, y - 7], [x + 5, y + 2], [x + 2, y + 7], [x - 4, y + 5], [x - 5, y - 2]], WHITE, LINE, EDGE);
      line(ctx, [[x - 2, y - 3], [x + 2.5, y - 4]], SHADE2, 1);
      line(ctx, [[x - 2, y], [x + 3, y - 1]], SHADE2, 1);
    } else if (handKind === 'flat') {
      blob(ctx, [[x - 6, y - 3], [x + 4, y - 4], [x + 7, y], [x + 4, y + 4], [x - 6, y + 3]], WHITE, LINE, EDGE);
      for (const dy of [-1.5, 1.2]) line(ctx, [[x + 1, y + dy], [x + 5, y + dy]], SHADE2, 0.9);
    } else {
      blob(ctx, [[x - 5, y - 4], [x + 4, y - 5], [x + 6, y + 1], [x + 3, y + 5], [x - 4, y + 5], [x - 6, y]], WHITE, LINE, EDGE);
      curve(ctx, [x - 3, y - 1], [x, y - 2.5], [x + 3, y - 1], SHADE2, 1);
    }
  }
}

export function armPart(b: Build, level: Level, pose: ArmFrame, layer: 'sleeve' | 'hand'): Part {
  const shapes = armShapes(b, pose);
  const width = level === 'lager' ? 10 : 11.5;
  const draw = (ctx: Ctx) => (layer === 'sleeve' ? drawSleeves(ctx, shapes, width) : drawHands(ctx, shapes, width));
  const points = shapes.flatMap((s) => [...s.sleeve, s.hand]);
  const minX = Math.min(...points.map((p) => p[0])) - 14;
  const maxX = Math.max(...points.map((p) => p[0])) + 14;
  const minY = Math.min(...points.map((p) => p[1])) - 18;
  const maxY = Math.max(...points.map((p) => p[1])) + 14;
  return { name: frameName(layer, pose, level), width: maxX - minX, height: maxY - minY, anchorX: -minX, anchorY: -minY, draw };
}
