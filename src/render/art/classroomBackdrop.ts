/**
 * The classroom seen from the teacher's place at the front (DESIGN §7): the back wall with a notice board,
 * coat hooks, a map and cupboards; the open door in the left wall (pupils arrive through it); windows and
 * radiators in the right wall; the board behind you only as its edge at the left. The wall clock and the
 * title sign are objects of their own (they change).
 */
import { BACK_WALL_S, DOOR, ROOM_HALF_WIDTH } from '../layout.ts';
import { ROOM } from './palette.ts';
import { H, notices, P, plant, W } from './roomPieces.ts';
import { blob, ellipse, line, poly, rect, type Ctx, type Point } from './shapes.ts';

export function classroom(ctx: Ctx): void {
  const sb = BACK_WALL_S;
  const [bl, floorBack] = P(-ROOM_HALF_WIDTH, sb);
  const [br] = P(ROOM_HALF_WIDTH, sb);
  // Back wall with a warmer dado, and the floor.
  rect(ctx, 0, 0, W, H, 0, ROOM.wallBack);
  rect(ctx, bl, floorBack - 70, br - bl, 70, 0, ROOM.wallBackShade);
  line(ctx, [[bl, floorBack - 70], [br, floorBack - 70]], '#d8c29e', 2);
  const sFront = 1.08;
  poly(ctx, [[bl, floorBack], [br, floorBack], P(ROOM_HALF_WIDTH, sFront), P(-ROOM_HALF_WIDTH, sFront)], ROOM.floor);
  for (let u = -ROOM_HALF_WIDTH; u <= ROOM_HALF_WIDTH; u += 47) line(ctx, [P(u, sb), P(u, sFront)], ROOM.floorLine, 1.3);
  for (const s of [0.66, 0.79, 0.93]) line(ctx, [P(-ROOM_HALF_WIDTH, s), P(ROOM_HALF_WIDTH, s)], 'rgba(140, 95, 55, 0.25)', 1.2);
  rect(ctx, bl, floorBack - 6, br - bl, 6, 0, ROOM.skirting);
  // Side walls.
  const leftWall: Point[] = [[0, 0], [bl, 0], [bl, floorBack], P(-ROOM_HALF_WIDTH, sFront), [0, H + 40]];
  poly(ctx, leftWall, ROOM.wallSide);
  poly(ctx, [[W, 0], [br, 0], [br, floorBack], P(ROOM_HALF_WIDTH, sFront), [W, H + 40]], ROOM.wallSideDark);
  line(ctx, [[bl, 0], [bl, floorBack]], '#cdb48c', 2);
  line(ctx, [[br, 0], [br, floorBack]], '#cdb48c', 2);
  line(ctx, [[bl, floorBack], P(-ROOM_HALF_WIDTH, sFront)], ROOM.skirting, 5);
  line(ctx, [[br, floorBack], P(ROOM_HALF_WIDTH, sFront)], ROOM.skirting, 5);

  // The door in the left wall, open onto the corridor.
  const a = P(-ROOM_HALF_WIDTH, DOOR.sBack);
  const b = P(-ROOM_HALF_WIDTH, DOOR.sFront);
  const aTop = P(-ROOM_HALF_WIDTH, DOOR.sBack, DOOR.height);
  const bTop = P(-ROOM_HALF_WIDTH, DOOR.sFront, DOOR.height);
  const grow = 7;
  poly(ctx, [[aTop[0] + grow, aTop[1] - grow], [a[0] + grow, a[1]], [b[0] - grow, b[1]], [bTop[0] - grow, bTop[1] - grow]], ROOM.doorFrame, '#b9ad98', 2);
  poly(ctx, [aTop, a, b, bTop], '#d9e4e6');
  poly(ctx, [[a[0], a[1] - 60 * DOOR.sBack], a, b, [b[0], b[1] - 80 * DOOR.sFront]], ROOM.tile);
  for (let i = 1; i < 5; i++) line(ctx, [[a[0] + ((b[0] - a[0]) * i) / 5, a[1] + ((b[1] - a[1]) * i) / 5], [a[0] + ((b[0] - a[0]) * i) / 5, a[1] + ((b[1] - a[1]) * i) / 5 - 40]], ROOM.tileLine, 1.2);
  rect(ctx, a[0] - 26, a[1] - 200, 20, 120, 2, ROOM.locker, ROOM.lockerDark, 1.5);
  // The door leaf, swung open into the corridor.
  const leafBottom: Point = [b[0] + 2, b[1]];
  const leafTop: Point = [bTop[0] + 2, bTop[1]];
  const openX = b[0] - 26;
  poly(ctx, [leafTop, leafBottom, [openX, b[1] - 18], [openX, bTop[1] + 22]], ROOM.door, ROOM.doorDark, 2);
  poly(ctx, [[leafTop[0] - 5, leafTop[1] + 34], [openX + 5, bTop[1] + 48], [openX + 5, bTop[1] + 100], [leafTop[0] - 5, leafTop[1] + 96]], ROOM.glass);
  ellipse(ctx, openX + 5, (b[1] + bTop[1]) / 2 + 6, 2.4, 3.4, ROOM.metalLight);
  // A light switch and the coat hooks beside the door.
  rect(ctx, a[0] + 12, a[1] - 130, 8, 12, 1.5, '#f8f4ec', '#b9ad98', 1);

  // Windows in the right wall.
  for (const [s1, s2] of [[0.6, 0.7], [0.76, 0.9]] as const) {
    const t1 = P(ROOM_HALF_WIDTH, s1, 270);
    const t2 = P(ROOM_HALF_WIDTH, s2, 270);
    const b1 = P(ROOM_HALF_WIDTH, s1, 120);
    const b2 = P(ROOM_HALF_WIDTH, s2, 120);
    poly(ctx, [[t1[0] - 5, t1[1] - 6], [t2[0] + 5, t2[1] - 8], [b2[0] + 5, b2[1] + 8], [b1[0] - 5, b1[1] + 6]], ROOM.doorFrame, '#b9ad98', 2);
    poly(ctx, [t1, t2, b2, b1], ROOM.sky);
    const mid = (p: Point, q: Point, f: number): Point => [p[0] + (q[0] - p[0]) * f, p[1] + (q[1] - p[1]) * f];
    poly(ctx, [mid(b1, t1, 0.3), mid(b2, t2, 0.42), b2, b1], '#9ccc8a');
    line(ctx, [mid(t1, t2, 0.5), mid(b1, b2, 0.5)], ROOM.doorFrame, 4);
    line(ctx, [mid(t1, b1, 0.45), mid(t2, b2, 0.45)], ROOM.doorFrame, 3);
    poly(ctx, [mid(t1, t2, 0.1), mid(t1, t2, 0.3), mid(b1, b2, 0.15), mid(b1, b2, 0.02)], 'rgba(255,255,255,0.3)');
    // Radiator under the window.
    const r1 = P(ROOM_HALF_WIDTH, s1, 95);
    const r2 = P(ROOM_HALF_WIDTH, s2, 95);
    const r3 = P(ROOM_HALF_WIDTH, s2, 40);
    const r4 = P(ROOM_HALF_WIDTH, s1, 40);
    poly(ctx, [r1, r2, r3, r4], '#f4efe6', '#c8bfae', 1.5);
    for (let i = 1; i < 8; i++) line(ctx, [mid(r1, r2, i / 8), mid(r4, r3, i / 8)], '#d8d0c2', 1.2);
  }

  // The board behind you: only its edge, at the left of the view.
  rect(ctx, -6, 40, 30, 240, 3, ROOM.boardFrame, '#5e4630', 2);
  rect(ctx, -6, 48, 22, 224, 0, ROOM.board);
  line(ctx, [[2, 90], [14, 88]], ROOM.chalk, 2);
  line(ctx, [[2, 110], [12, 111]], ROOM.chalk, 2);
  rect(ctx, -6, 276, 34, 8, 2, ROOM.metalLight, ROOM.metal, 1.5);

  // Back wall: notice board, coat hooks with jackets, a map, cupboards, a plant. The clock and the title sign
  // are their own objects.
  notices(ctx, 590, 40, 140, 86);
  const hooksY = 150;
  line(ctx, [[236, hooksY], [330, hooksY]], ROOM.woodDark, 5);
  for (const [x, colour] of [[248, '#3f70b5'], [272, '#c9473c'], [296, '#4b8a57'], [318, '#e3b23f']] as const) {
    ellipse(ctx, x, hooksY + 2, 2.5, 2.5, ROOM.metal);
    blob(ctx, [[x - 9, hooksY + 4], [x + 9, hooksY + 4], [x + 11, hooksY + 50], [x, hooksY + 56], [x - 11, hooksY + 50]], colour, 'rgba(0,0,0,0.25)', 1.2);
  }
  rect(ctx, 612, 140, 108, 66, 2, '#fbf6ec', '#9b8b78', 2);
  blob(ctx, [[628, 160], [650, 150], [668, 164], [660, 186], [636, 190]], '#bfe0b0');
  blob(ctx, [[676, 152], [704, 156], [708, 176], [690, 196], [672, 180]], '#f3d27a');
  for (const x of [232, 650]) {
    rect(ctx, x, floorBack - 64, 96, 58, 2, ROOM.woodLight, ROOM.woodDark, 2);
    line(ctx, [[x + 48, floorBack - 64], [x + 48, floorBack - 6]], ROOM.woodDark, 1.5);
    ellipse(ctx, x + 42, floorBack - 36, 2, 2, ROOM.woodEdge);
    ellipse(ctx, x + 54, floorBack - 36, 2, 2, ROOM.woodEdge);
  }
  plant(ctx, 728, floorBack - 64, 0.9);
}
