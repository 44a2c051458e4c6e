/**
 * Drawing hair in three layers per style (B behind the head, F over it, R the back of the head for a pupil
 * turned away), the headscarf as a hair style (a band around the face and a drape over the shoulders), and the
 * hood a withdrawn pupil pulls up. All in greys, for tinting with the hair, scarf or clothes colour.
 */
import { HAIR_STYLES } from '../../core/scenario/vocabulary.ts';
import type { Build } from './build.ts';
import { EDGE, LINE, SHADE, SHADE2, WHITE } from './ink.ts';
import { blob, curve, ellipse, line, poly, rect, type Ctx, type Point } from './shapes.ts';

export type HairStyle = (typeof HAIR_STYLES)[number];

const strand = (ctx: Ctx, a: Point, c: Point, e: Point) => curve(ctx, a, c, e, SHADE2, 1.1);

/** The top of the head as a cap down to the temples, with a fringe edge through `fringe`. */
function cap(ctx: Ctx, b: Build, fringe: readonly Point[], grow = 1.6): void {
  const rx = b.headW / 2 + grow;
  const ry = b.headH / 2 + grow + 1;
  const cy = b.headY;
  ctx.beginPath();
  ctx.moveTo(-rx, cy + 1);
  ctx.ellipse(0, cy, rx, ry, 0, Math.PI, Math.PI * 2);
  ctx.lineTo(rx, cy + 1);
  for (const [x, y] of fringe) ctx.lineTo(x, y);
  ctx.closePath();
  ctx.fillStyle = WHITE;
  ctx.fill();
  ctx.strokeStyle = LINE;
  ctx.lineWidth = EDGE;
  ctx.stroke();
}

function spikes(ctx: Ctx, b: Build, bottom: number, grow = 0): void {
  const rx = b.headW / 2 + grow;
  const ry = b.headH / 2;
  const cy = b.headY;
  const points: Point[] = [[-rx - 1.5, cy + bottom]];
  const n = 13;
  for (let i = 0; i <= n; i++) {
    const a = Math.PI + (i / n) * Math.PI;
    const out = i % 2 === 0 ? 1.5 : 5 + (i % 4 === 1 ? 1.5 : 0);
    points.push([Math.cos(a) * (rx + out * 0.7), cy + Math.sin(a) * (ry + out)]);
  }
  points.push([rx + 1.5, cy + bottom]);
  return poly(ctx, points, WHITE, LINE, EDGE);
}

function curls(ctx: Ctx, centres: readonly Point[], r: number): void {
  ctx.beginPath();
  for (const [x, y] of centres) {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, Math.PI * 2);
  }
  ctx.fillStyle = WHITE;
  ctx.strokeStyle = LINE;
  ctx.lineWidth = EDGE;
  ctx.stroke();
  ctx.fill();
  for (const [x, y] of centres) curve(ctx, [x - r * 0.5, y + r * 0.1], [x, y - r * 0.5], [x + r * 0.5, y + r * 0.1], SHADE2, 1);
}

function ring(b: Build, from: number, to: number, n: number, grow: number, yShift = 0): Point[] {
  const rx = b.headW / 2 + grow;
  const ry = b.headH / 2 + grow;
  return Array.from({ length: n }, (_, i) => {
    const a = from + ((to - from) * i) / (n - 1);
    return [Math.cos(a) * rx, b.headY + yShift + Math.sin(a) * ry] as Point;
  });
}

function longBack(ctx: Ctx, b: Build, length: number): void {
  const rx = b.headW / 2;
  const ry = b.headH / 2;
  const cy = b.headY;
  blob(
    ctx,
    [
      [0, cy - ry - 4],
      [rx + 5, cy - ry * 0.6],
      [rx + 6, cy + ry * 0.4],
      [rx + 9, cy + ry + length * 0.6],
      [rx + 2, cy + ry + length],
      [-rx - 2, cy + ry + length],
      [-rx - 9, cy + ry + length * 0.6],
      [-rx - 6, cy + ry * 0.4],
      [-rx - 5, cy - ry * 0.6],
    ],
    WHITE,
    LINE,
    EDGE,
  );
  for (const x of [-rx + 2, -rx * 0.4, rx * 0.4, rx - 2]) strand(ctx, [x, cy + ry * 0.3], [x * 1.15, cy + ry + length * 0.4], [x * 1.05, cy + ry + length - 4]);
}

function scarfOuter(b: Build): Point[] {
  const rx = b.headW / 2;
  const ry = b.headH / 2;
  const cy = b.headY;
  return [
    [0, cy - ry - 6],
    [rx + 5, cy - ry * 0.7],
    [rx + 6, cy + ry * 0.1],
    [rx + 5, cy + ry * 0.85],
    [rx * 0.55, cy + ry + 11],
    [-rx * 0.55, cy + ry + 11],
    [-rx - 5, cy + ry * 0.85],
    [-rx - 6, cy + ry * 0.1],
    [-rx - 5, cy - ry * 0.7],
  ];
}

function drapeBehind(ctx: Ctx, b: Build): void {
  const rx = b.headW / 2;
  const ry = b.headH / 2;
  const cy = b.headY;
  const sw = b.shoulderW / 2;
  blob(
    ctx,
    [
      [0, cy - ry - 6],
      [rx + 6, cy - ry * 0.5],
      [rx + 8, cy + ry * 0.6],
      [sw * 0.8, 14],
      [sw * 0.55, 30],
      [-sw * 0.55, 30],
      [-sw * 0.8, 14],
      [-rx - 8, cy + ry * 0.6],
      [-rx - 6, cy - ry * 0.5],
    ],
    SHADE,
    LINE,
    EDGE,
  );
}

/** A band around the face with the face cut out: headscarf or hood. */
function aroundFace(ctx: Ctx, outer: readonly Point[], b: Build, opening: number, inner: string): void {
  const rx = b.headW / 2;
  const ry = b.headH / 2;
  const cy = b.headY;
  ctx.save();
  ctx.beginPath();
  const n = outer.length;
  const mid = (i: number): Point => {
    const a = outer[i % n]!;
    const c = outer[(i + 1) % n]!;
    return [(a[0] + c[0]) / 2, (a[1] + c[1]) / 2];
  };
  const start = mid(n - 1);
  ctx.moveTo(start[0], start[1]);
  for (let i = 0; i < n; i++) {
    const m = mid(i);
    ctx.quadraticCurveTo(outer[i]![0], outer[i]![1], m[0], m[1]);
  }
  ctx.closePath();
  ctx.moveTo(rx * opening, cy + ry * 0.1);
  ctx.ellipse(0, cy + ry * 0.1, rx * opening, ry * (opening - 0.02), 0, 0, Math.PI * 2);
  ctx.fillStyle = WHITE;
  ctx.fill('evenodd');
  ctx.strokeStyle = LINE;
  ctx.lineWidth = EDGE;
  ctx.stroke();
  ctx.restore();
  ctx.beginPath();
  ctx.ellipse(0, cy + ry * 0.1, rx * opening + 1.2, ry * (opening - 0.02) + 1.2, 0, 0, Math.PI * 2);
  ctx.strokeStyle = inner;
  ctx.lineWidth = 2.2;
  ctx.stroke();
}

export function drawHair(ctx: Ctx, b: Build, style: HairStyle, layer: 'B' | 'F' | 'R'): void {
  const rx = b.headW / 2;
  const ry = b.headH / 2;
  const cy = b.headY;
  switch (style) {
    case 'kort':
      if (layer === 'F') {
        cap(ctx, b, [[rx * 0.8, cy - ry * 0.35], [rx * 0.35, cy - ry * 0.52], [0, cy - ry * 0.45], [-rx * 0.45, cy - ry * 0.55], [-rx * 0.85, cy - ry * 0.3]]);
        strand(ctx, [-rx * 0.3, cy - ry * 0.9], [0, cy - ry * 0.75], [rx * 0.4, cy - ry * 0.85]);
      }
      if (layer === 'R') {
        cap(ctx, b, [[rx - 2, cy + ry * 0.55], [rx * 0.5, cy + ry * 0.72], [0, cy + ry * 0.62], [-rx * 0.5, cy + ry * 0.72], [-rx + 2, cy + ry * 0.55]], -1.2);
        strand(ctx, [-rx * 0.3, cy + ry * 0.3], [0, cy - ry * 0.2], [rx * 0.3, cy + ry * 0.3]);
      }
      return;
    case 'stekels':
      if (layer === 'F') {
        spikes(ctx, b, -ry * 0.1);
        poly(ctx, [[-rx - 1.5, cy - ry * 0.1], [-rx * 0.5, cy - ry * 0.62], [rx * 0.5, cy - ry * 0.6], [rx + 1.5, cy - ry * 0.1], [rx + 1.5, cy - ry * 0.6], [-rx - 1.5, cy - ry * 0.6]], WHITE);
      }
      if (layer === 'R') {
        spikes(ctx, b, ry * 0.3, -2.5);
        cap(ctx, b, [[rx - 2, cy + ry * 0.55], [0, cy + ry * 0.68], [-rx + 2, cy + ry * 0.55]], -1.2);
      }
      return;
    case 'krullen':
      if (layer === 'B') curls(ctx, ring(b, Math.PI * 0.72, Math.PI * 0.28 + Math.PI * 2, 12, 6, 2), 7.5);
      if (layer === 'F') {
        curls(ctx, ring(b, Math.PI * 0.95, Math.PI * 2.05, 9, 3.5, -1), 6.5);
        curls(ctx, [[-rx * 0.45, cy - ry * 0.55], [-rx * 0.05, cy - ry * 0.62], [rx * 0.4, cy - ry * 0.56]], 5.5);
      }
      if (layer === 'R') {
        curls(ctx, ring(b, Math.PI * 0.6, Math.PI * 2.4, 14, 5, 2), 7.5);
        curls(ctx, [[0, cy - 2], [-rx * 0.45, cy + 4], [rx * 0.45, cy + 4], [0, cy + ry * 0.5]], 8);
      }
      return;
    case 'lang':
      if (layer === 'B' || layer === 'R') longBack(ctx, b, layer === 'B' ? 26 : 30);
      if (layer === 'F') {
        cap(ctx, b, [[rx - 3, cy - ry * 0.15], [rx * 0.55, cy - ry * 0.55], [rx * 0.15, cy - ry * 0.78], [-rx * 0.5, cy - ry * 0.45], [-rx + 3, cy - ry * 0.05]], 2);
        for (const side of [-1, 1]) {
          blob(ctx, [[side * (rx + 2.5), cy - ry * 0.45], [side * (rx + 4), cy + ry * 0.5], [side * (rx + 2), cy + ry + 4], [side * (rx - 4.5), cy + ry * 0.55], [side * (rx - 5), cy - ry * 0.2]], WHITE, LINE, EDGE);
        }
        strand(ctx, [rx * 0.15, cy - ry * 0.95], [-rx * 0.4, cy - ry * 0.8], [-rx * 0.8, cy - ry * 0.3]);
      }
      return;
    case 'staart':
      if (layer === 'B') {
        blob(ctx, [[rx * 0.3, cy - ry * 0.85], [rx + 14, cy - ry * 0.3], [rx + 13, cy + ry * 0.6], [rx + 7, cy + ry + 8], [rx + 2, cy + ry * 0.3], [rx * 0.1, cy - ry * 0.4]], WHITE, LINE, EDGE);
        strand(ctx, [rx + 6, cy - ry * 0.1], [rx + 11, cy + ry * 0.4], [rx + 7, cy + ry * 0.9]);
      }
      if (layer === 'F' || layer === 'R') {
        cap(ctx, b, layer === 'F' ? [[rx - 1, cy - ry * 0.2], [rx * 0.3, cy - ry * 0.68], [-rx * 0.3, cy - ry * 0.7], [-rx + 1, cy - ry * 0.2]] : [[rx - 2, cy + ry * 0.55], [0, cy + ry * 0.68], [-rx + 2, cy + ry * 0.55]]);
        strand(ctx, [-rx * 0.2, cy - ry * 0.98], [-rx * 0.1, cy - ry * 0.8], [0, cy - ry * 0.7]);
      }
      if (layer === 'R') {
        blob(ctx, [[-4, cy - ry * 0.2], [5, cy - ry * 0.2], [6, cy + ry + 14], [0, cy + ry + 24], [-6, cy + ry + 14]], WHITE, LINE, EDGE);
        rect(ctx, -5, cy - ry * 0.2, 10, 4, 2, SHADE2);
      }
      return;
    case 'knot':
      if (layer === 'B') ellipse(ctx, 0, cy - ry - 5, 10, 8.5, WHITE, LINE, EDGE);
      if (layer === 'F' || layer === 'R') {
        if (layer === 'R') ellipse(ctx, 0, cy - ry - 5, 10, 8.5, WHITE, LINE, EDGE);
        cap(ctx, b, layer === 'F' ? [[rx - 1, cy - ry * 0.2], [rx * 0.4, cy - ry * 0.66], [-rx * 0.4, cy - ry * 0.66], [-rx + 1, cy - ry * 0.2]] : [[rx - 2, cy + ry * 0.55], [0, cy + ry * 0.68], [-rx + 2, cy + ry * 0.55]]);
        strand(ctx, [-rx * 0.5, cy - ry * 0.5], [-rx * 0.2, cy - ry * 0.95], [0, cy - ry - 1]);
        strand(ctx, [rx * 0.5, cy - ry * 0.5], [rx * 0.2, cy - ry * 0.95], [0, cy - ry - 1]);
      }
      return;
    case 'hoofddoek':
      if (layer === 'B') drapeBehind(ctx, b);
      if (layer === 'F') {
        aroundFace(ctx, scarfOuter(b), b, 0.8, SHADE2);
        curve(ctx, [-rx - 3, cy - ry * 0.3], [-rx * 0.3, cy - ry * 1.05], [rx * 0.6, cy - ry * 0.85], SHADE2, 1.2);
        curve(ctx, [rx * 0.4, cy + ry + 6], [rx * 0.8, cy + ry * 0.7], [rx + 3, cy + ry * 0.1], SHADE2, 1.2);
      }
      if (layer === 'R') {
        drapeBehind(ctx, b);
        blob(ctx, scarfOuter(b), WHITE, LINE, EDGE);
        curve(ctx, [-rx, cy - ry * 0.2], [0, cy + ry * 0.2], [rx, cy - ry * 0.2], SHADE2, 1.2);
      }
      return;
  }
}

export function drawHood(ctx: Ctx, b: Build): void {
  const rx = b.headW / 2;
  const ry = b.headH / 2;
  const cy = b.headY;
  const outer: Point[] = [
    [0, cy - ry - 9],
    [rx + 9, cy - ry * 0.6],
    [rx + 10, cy + ry * 0.3],
    [rx + 9, cy + ry + 6],
    [rx * 0.5, cy + ry + 14],
    [-rx * 0.5, cy + ry + 14],
    [-rx - 9, cy + ry + 6],
    [-rx - 10, cy + ry * 0.3],
    [-rx - 9, cy - ry * 0.6],
  ];
  aroundFace(ctx, outer, b, 0.9, SHADE2);
  line(ctx, [[-4, cy + ry + 4], [-5, cy + ry + 16]], SHADE2, 1.4);
  line(ctx, [[4, cy + ry + 4], [5, cy + ry + 16]], SHADE2, 1.4);
}
