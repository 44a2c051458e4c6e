/**
 * Pieces the backdrops share: windows, notice boards, plants, sky, brick walls, trees, a plank floor, and the
 * room's perspective as a helper (`P(u, s, height)`: a point at lateral position u, depth s, height above the
 * floor, in the same numbers as layout.ts).
 */
import { floorY, ROOM_HALF_WIDTH, screenX, WORLD_HEIGHT, WORLD_WIDTH } from '../layout.ts';
import { ROOM } from './palette.ts';
import { blob, ellipse, line, poly, rect, type Ctx, type Point } from './shapes.ts';

export const W = WORLD_WIDTH;
export const H = WORLD_HEIGHT;
export const P = (u: number, s: number, height = 0): Point => [screenX(u, s), floorY(s) - height * s];

export function windowPane(ctx: Ctx, x: number, y: number, w: number, h: number, sky: string = ROOM.sky): void {
  rect(ctx, x - 4, y - 4, w + 8, h + 8, 2, ROOM.doorFrame, '#b9ad98', 1.5);
  rect(ctx, x, y, w, h, 1, sky);
  poly(ctx, [[x, y + h * 0.75], [x + w * 0.25, y + h * 0.62], [x + w * 0.5, y + h * 0.7], [x + w, y + h * 0.58], [x + w, y + h], [x, y + h]], '#9ccc8a');
  line(ctx, [[x + w / 2, y], [x + w / 2, y + h]], ROOM.doorFrame, 4);
  line(ctx, [[x, y + h * 0.45], [x + w, y + h * 0.45]], ROOM.doorFrame, 4);
  poly(ctx, [[x + 6, y + h * 0.4], [x + w * 0.3, y + 6], [x + w * 0.4, y + 6], [x + 12, y + h * 0.4]], 'rgba(255,255,255,0.35)');
}

export function notices(ctx: Ctx, x: number, y: number, w: number, h: number): void {
  rect(ctx, x, y, w, h, 3, ROOM.cork, '#8a6a46', 2);
  const colours = ['#fbf6ec', '#f3d27a', '#a9d1e8', '#f2a7a0', '#bfe0b0'];
  let i = 0;
  for (let row = 0; row < 2; row++) {
    for (let col = 0; col < Math.floor(w / 36); col++) {
      const px = x + 8 + col * 36 + (row % 2) * 6;
      const py = y + 8 + row * (h / 2 - 2);
      const pw = 26;
      const ph = h / 2 - 16;
      rect(ctx, px, py, pw, ph, 1, colours[i++ % colours.length], 'rgba(0,0,0,0.15)', 1);
      for (let l = 0; l < 3; l++) line(ctx, [[px + 4, py + 7 + l * 6], [px + pw - 5, py + 7 + l * 6]], 'rgba(43,33,24,0.35)', 1.2);
      ellipse(ctx, px + pw / 2, py + 2, 2.2, 2.2, '#c9473c');
    }
  }
}

export function plant(ctx: Ctx, x: number, y: number, size: number): void {
  for (const [dx, dy, r] of [[-10, -34, 14], [10, -40, 15], [0, -52, 13], [-16, -50, 10], [15, -58, 10]] as const) {
    ellipse(ctx, x + dx * size, y + dy * size, r * size, r * 0.8 * size, ROOM.plant, ROOM.plantDark, 1.5);
  }
  poly(ctx, [[x - 14 * size, y - 24 * size], [x + 14 * size, y - 24 * size], [x + 10 * size, y], [x - 10 * size, y]], ROOM.pot, '#8f4a2e', 1.5);
}

export function sky(ctx: Ctx, bottom: number): void {
  const gradient = ctx.createLinearGradient(0, 0, 0, bottom);
  gradient.addColorStop(0, '#9fcfe6');
  gradient.addColorStop(1, '#e3f1f1');
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, W, bottom);
  for (const [x, y, s] of [[140, 60, 1], [520, 40, 1.3], [820, 80, 0.9]] as const) {
    blob(ctx, [[x - 40 * s, y + 8], [x - 20 * s, y - 12 * s], [x + 10 * s, y - 16 * s], [x + 40 * s, y - 4], [x + 46 * s, y + 10], [x - 30 * s, y + 14]], '#ffffff');
  }
}

export function brickWall(ctx: Ctx, x: number, y: number, w: number, h: number): void {
  rect(ctx, x, y, w, h, 0, ROOM.brick);
  for (let row = 0; row * 12 < h; row++) {
    const by = y + row * 12;
    line(ctx, [[x, by], [x + w, by]], ROOM.brickLine, 1.2);
    for (let bx = x + (row % 2) * 14; bx < x + w; bx += 28) line(ctx, [[bx, by], [bx, Math.min(y + h, by + 12)]], ROOM.brickLine, 1.2);
  }
}

export function tree(ctx: Ctx, x: number, y: number, size: number): void {
  rect(ctx, x - 7 * size, y - 80 * size, 14 * size, 80 * size, 3, '#7a5534', '#5e381c', 1.5);
  for (const [dx, dy, r] of [[-30, -100, 36], [25, -110, 40], [0, -140, 42], [-35, -135, 28], [35, -145, 26]] as const) {
    ellipse(ctx, x + dx * size, y + dy * size, r * size, r * 0.85 * size, '#6fa85a', '#4f8444', 2);
  }
}

export function floorPlanks(ctx: Ctx, top: number, colour: string, line1: string): void {
  rect(ctx, 0, top, W, H - top, 0, colour);
  for (let u = -ROOM_HALF_WIDTH * 1.6; u <= ROOM_HALF_WIDTH * 1.6; u += 46) {
    const sTop = (top - 9) / 553;
    line(ctx, [P(u, sTop), P(u, 1.05)], line1, 1.4);
  }
}
