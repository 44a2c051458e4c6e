/**
 * The places outside the classroom, each its own backdrop: the corridor at the classroom door (lockers, the
 * open door with a glimpse of the desks), the school gate, the refter, the staff room (no pupils there) and the
 * playground. Pupils who take part stand (or sit, in the refter) in front of them.
 */
import { floorY } from '../layout.ts';
import { ROOM } from './palette.ts';
import { brickWall, floorPlanks, H, notices, P, plant, sky, tree, W, windowPane } from './roomPieces.ts';
import { ellipse, line, poly, rect, type Ctx } from './shapes.ts';

export function corridor(ctx: Ctx): void {
  const floorTop = 392;
  rect(ctx, 0, 0, W, floorTop, 0, '#e9dcc2');
  rect(ctx, 0, floorTop - 120, W, 120, 0, '#d6e0dc');
  for (let x = 0; x < W; x += 24) line(ctx, [[x, floorTop - 120], [x, floorTop]], '#c3d0cb', 1);
  for (let y = floorTop - 120; y < floorTop; y += 24) line(ctx, [[0, y], [W, y]], '#c3d0cb', 1);
  rect(ctx, 0, floorTop - 124, W, 6, 0, '#b5c6c0');
  // Floor tiles in perspective.
  rect(ctx, 0, floorTop, W, H - floorTop, 0, ROOM.tile);
  for (let u = -1400; u <= 1400; u += 70) line(ctx, [P(u, (floorTop - 9) / 553), P(u, 1.05)], ROOM.tileLine, 1.2);
  for (const s of [0.74, 0.8, 0.87, 0.95]) line(ctx, [[0, floorY(s)], [W, floorY(s)]], ROOM.tileLine, 1.2);
  // Lockers on the left.
  for (let i = 0; i < 5; i++) {
    const x = 30 + i * 52;
    rect(ctx, x, 120, 48, floorTop - 126, 2, i % 2 ? ROOM.locker : ROOM.lockerDark, '#3d6580', 2);
    for (let v = 0; v < 4; v++) line(ctx, [[x + 12, 134 + v * 6], [x + 36, 134 + v * 6]], '#3d6580', 1.5);
    rect(ctx, x + 38, 230, 4, 16, 1, ROOM.metalLight);
  }
  // The classroom door, open, with a glimpse of the desks inside.
  const dx = 560;
  rect(ctx, dx - 10, 80, 170, floorTop - 74, 3, ROOM.doorFrame, '#b9ad98', 2);
  rect(ctx, dx, 92, 150, floorTop - 92, 0, '#efe1c8');
  rect(ctx, dx, floorTop - 70, 150, 70, 0, ROOM.floor);
  for (const x of [dx + 20, dx + 86]) {
    rect(ctx, x, floorTop - 96, 52, 10, 2, '#ddb27a', ROOM.woodEdge, 1.2);
    line(ctx, [[x + 6, floorTop - 86], [x + 6, floorTop - 60]], ROOM.metal, 3);
    line(ctx, [[x + 46, floorTop - 86], [x + 46, floorTop - 60]], ROOM.metal, 3);
  }
  windowPane(ctx, dx + 40, 120, 70, 60);
  poly(ctx, [[dx + 150, 92], [dx + 196, 76], [dx + 196, floorTop + 16], [dx + 150, floorTop]], ROOM.door, ROOM.doorDark, 2);
  rect(ctx, dx + 20, 50, 110, 24, 4, ROOM.paper, '#9b8b78', 1.5);
  for (let l = 0; l < 2; l++) line(ctx, [[dx + 34, 58 + l * 8], [dx + 116, 58 + l * 8]], 'rgba(43,33,24,0.5)', 2);
  notices(ctx, 340, 110, 150, 100);
  windowPane(ctx, 800, 90, 130, 150);
}

export function schoolGate(ctx: Ctx): void {
  sky(ctx, 300);
  // The school building behind the gate.
  brickWall(ctx, 120, 110, 720, 200);
  rect(ctx, 110, 96, 740, 16, 2, '#8a4b3a');
  for (let i = 0; i < 6; i++) windowPane(ctx, 150 + i * 116, 140, 70, 56, '#d3e7ee');
  rect(ctx, 420, 230, 120, 80, 2, '#6f4a2e', '#4a2f1c', 2);
  rect(ctx, 380, 206, 200, 20, 3, ROOM.paper, '#9b8b78', 1.5);
  line(ctx, [[400, 216], [560, 216]], 'rgba(43,33,24,0.55)', 3);
  tree(ctx, 70, 330, 1.2);
  tree(ctx, 900, 330, 1.1);
  // Pavement and the gate's fence.
  rect(ctx, 0, 300, W, H - 300, 0, '#c9c3b6');
  for (let u = -1400; u <= 1400; u += 90) line(ctx, [P(u, 0.53), P(u, 1.05)], '#b6b0a2', 1.2);
  for (const s of [0.62, 0.72, 0.84, 0.98]) line(ctx, [[0, floorY(s)], [W, floorY(s)]], '#b6b0a2', 1.2);
  const fenceY = 330;
  for (const [x1, x2] of [[0, 330], [630, W]] as const) {
    line(ctx, [[x1, fenceY - 70], [x2, fenceY - 70]], '#3e5a4f', 4);
    line(ctx, [[x1, fenceY - 10], [x2, fenceY - 10]], '#3e5a4f', 4);
    for (let x = x1 + 8; x < x2; x += 14) line(ctx, [[x, fenceY - 82], [x, fenceY]], '#3e5a4f', 3);
  }
  for (const x of [330, 630]) rect(ctx, x - 8, fenceY - 110, 16, 112, 2, '#2f4a40');
  // The gate stands open; a bike rack on the right.
  poly(ctx, [[330, fenceY - 80], [270, fenceY - 60], [270, fenceY + 14], [330, fenceY]], 'rgba(62, 90, 79, 0.85)');
  for (let i = 0; i < 4; i++) {
    const x = 690 + i * 56;
    ctx.beginPath();
    ctx.arc(x, fenceY + 40, 20, Math.PI, 0);
    ctx.strokeStyle = ROOM.metal;
    ctx.lineWidth = 4;
    ctx.stroke();
  }
  ellipse(ctx, 720, fenceY + 44, 18, 18, undefined, '#2b2b33', 3);
  ellipse(ctx, 764, fenceY + 44, 18, 18, undefined, '#2b2b33', 3);
  line(ctx, [[720, fenceY + 44], [740, fenceY + 22], [764, fenceY + 44]], '#c9473c', 3);
}

export function refter(ctx: Ctx): void {
  const floorTop = 330;
  rect(ctx, 0, 0, W, floorTop, 0, '#f1e6cf');
  rect(ctx, 0, floorTop - 90, W, 90, 0, '#e2d1ae');
  for (let i = 0; i < 4; i++) windowPane(ctx, 60 + i * 230, 50, 150, 130);
  // The serving counter.
  rect(ctx, 620, floorTop - 110, 340, 110, 2, '#d7d2c8', '#a8a090', 2);
  rect(ctx, 610, floorTop - 120, 360, 14, 2, ROOM.metalLight, ROOM.metal, 1.5);
  for (let i = 0; i < 4; i++) ellipse(ctx, 660 + i * 70, floorTop - 128, 22, 8, '#f4efe6', '#a8a090', 1.5);
  rect(ctx, 80, floorTop - 150, 180, 36, 4, ROOM.paper, '#9b8b78', 1.5);
  for (let l = 0; l < 3; l++) line(ctx, [[96, floorTop - 140 + l * 9], [244, floorTop - 140 + l * 9]], 'rgba(43,33,24,0.45)', 2);
  rect(ctx, 0, floorTop, W, H - floorTop, 0, '#cdbf9f');
  for (let u = -1400; u <= 1400; u += 60) line(ctx, [P(u, (floorTop - 9) / 553), P(u, 1.05)], '#bba985', 1.2);
}

export function staffRoom(ctx: Ctx): void {
  const floorTop = 360;
  rect(ctx, 0, 0, W, floorTop, 0, '#e8ddd0');
  rect(ctx, 0, floorTop - 8, W, 8, 0, ROOM.skirting);
  floorPlanks(ctx, floorTop, '#b98f64', '#a57c53');
  windowPane(ctx, 60, 60, 190, 170);
  plant(ctx, 290, floorTop - 10, 1.3);
  // Pigeonholes.
  rect(ctx, 360, 60, 200, 150, 3, ROOM.woodLight, ROOM.woodDark, 2);
  for (let r = 0; r < 4; r++) {
    for (let c = 0; c < 5; c++) {
      rect(ctx, 368 + c * 38, 68 + r * 35, 32, 28, 1, '#8a5a30');
      if ((r * 5 + c) % 3 === 0) rect(ctx, 372 + c * 38, 80 + r * 35, 24, 14, 1, ROOM.paper);
    }
  }
  notices(ctx, 590, 50, 170, 100);
  // Counter with the coffee machine.
  rect(ctx, 600, floorTop - 120, 330, 120, 2, '#d7c5a8', '#a58f6c', 2);
  rect(ctx, 592, floorTop - 130, 346, 14, 2, '#f3eadb', '#a58f6c', 1.5);
  rect(ctx, 650, floorTop - 210, 70, 82, 6, '#3a3a40', '#222', 2);
  rect(ctx, 664, floorTop - 196, 42, 22, 3, '#6f7479');
  rect(ctx, 676, floorTop - 160, 18, 14, 2, '#fbf6ec');
  for (const [x, colour] of [[760, '#c9473c'], [790, '#3f70b5'], [820, '#e3b23f'], [850, '#4b8a57']] as const) {
    rect(ctx, x, floorTop - 150, 18, 20, 3, colour, 'rgba(0,0,0,0.3)', 1.2);
  }
  // The table in front, with mugs and a newspaper.
  poly(ctx, [[120, 430], [840, 430], [900, 500], [60, 500]], '#c78d53', ROOM.woodEdge, 2);
  rect(ctx, 60, 500, 840, 14, 2, ROOM.wood, ROOM.woodEdge, 1.5);
  for (const x of [100, 860]) line(ctx, [[x, 514], [x, H]], ROOM.woodEdge, 8);
  for (const [x, colour] of [[280, '#fbf6ec'], [520, '#c9473c'], [700, '#3f70b5']] as const) {
    rect(ctx, x, 440, 22, 26, 4, colour, 'rgba(0,0,0,0.35)', 1.4);
    ellipse(ctx, x + 11, 441, 10, 3, '#6b4a2e');
  }
  poly(ctx, [[360, 446], [460, 440], [470, 478], [366, 484]], '#efeae0', '#9b8b78', 1.2);
  for (let l = 0; l < 4; l++) line(ctx, [[372, 454 + l * 7], [452, 449 + l * 7]], 'rgba(43,33,24,0.4)', 1.5);
}

export function playground(ctx: Ctx): void {
  sky(ctx, 220);
  brickWall(ctx, 0, 90, W, 200);
  rect(ctx, 0, 80, W, 14, 0, '#8a4b3a');
  for (let i = 0; i < 7; i++) windowPane(ctx, 40 + i * 135, 120, 76, 64, '#d3e7ee');
  tree(ctx, 830, 330, 1.3);
  // Asphalt with painted lines.
  rect(ctx, 0, 290, W, H - 290, 0, ROOM.asphalt);
  line(ctx, [P(-900, 0.6), P(900, 0.6)], ROOM.asphaltLine, 3);
  line(ctx, [P(0, 0.6), P(0, 1.05)], ROOM.asphaltLine, 3);
  ctx.beginPath();
  ctx.ellipse(W / 2, floorY(0.78), 110, 40, 0, 0, Math.PI * 2);
  ctx.strokeStyle = ROOM.asphaltLine;
  ctx.lineWidth = 3;
  ctx.stroke();
  // Hopscotch squares and a basketball hoop.
  for (let i = 0; i < 4; i++) poly(ctx, [P(-560, 0.62 + i * 0.05), P(-500, 0.62 + i * 0.05), P(-500, 0.67 + i * 0.05), P(-560, 0.67 + i * 0.05)], undefined, ROOM.asphaltLine, 2.5);
  rect(ctx, 96, 150, 8, 160, 2, ROOM.metal);
  rect(ctx, 70, 120, 60, 40, 2, '#fbf6ec', ROOM.metal, 2);
  ellipse(ctx, 100, 162, 14, 4, undefined, '#e17b36', 3);
  // A bench.
  rect(ctx, 620, 300, 150, 10, 2, ROOM.wood, ROOM.woodEdge, 1.5);
  rect(ctx, 620, 284, 150, 8, 2, ROOM.wood, ROOM.woodEdge, 1.5);
  for (const x of [630, 760]) line(ctx, [[x, 310], [x, 330]], ROOM.metal, 4);
}
