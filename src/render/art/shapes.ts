/**
 * Small 2D-canvas helpers the bakers share: filled and stroked ellipses, rounded rectangles, polygons and
 * smooth closed blobs. Everything is drawn in world units; the atlas scales the context.
 */
export type Ctx = CanvasRenderingContext2D;
export type Point = readonly [number, number];

export function ellipse(ctx: Ctx, x: number, y: number, rx: number, ry: number, fill?: string, stroke?: string, width = 1): void {
  ctx.beginPath();
  ctx.ellipse(x, y, Math.max(0.01, rx), Math.max(0.01, ry), 0, 0, Math.PI * 2);
  paint(ctx, fill, stroke, width);
}

export function rect(ctx: Ctx, x: number, y: number, w: number, h: number, r: number, fill?: string, stroke?: string, width = 1): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
  paint(ctx, fill, stroke, width);
}

export function poly(ctx: Ctx, points: readonly Point[], fill?: string, stroke?: string, width = 1): void {
  ctx.beginPath();
  points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
  ctx.closePath();
  paint(ctx, fill, stroke, width);
}

export function line(ctx: Ctx, points: readonly Point[], stroke: string, width: number): void {
  ctx.beginPath();
  points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
  ctx.strokeStyle = stroke;
  ctx.lineWidth = width;
  ctx.stroke();
}

/** A quadratic curve from a to b bending through control c. */
export function curve(ctx: Ctx, a: Point, c: Point, b: Point, stroke: string, width: number): void {
  ctx.beginPath();
  ctx.moveTo(a[0], a[1]);
  ctx.quadraticCurveTo(c[0], c[1], b[0], b[1]);
  ctx.strokeStyle = stroke;
  ctx.lineWidth = width;
  ctx.stroke();
}

/** A closed smooth shape through the points (midpoint quadratic smoothing). */
export function blob(ctx: Ctx, points: readonly Point[], fill?: string, stroke?: string, width = 1): void {
  const n = points.length;
  const mid = (i: number): Point => {
    const a = points[i % n]!;
    const b = points[(i + 1) % n]!;
    return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  };
  ctx.beginPath();
  const start = mid(n - 1);
  ctx.moveTo(start[0], start[1]);
  for (let i = 0; i < n; i++) {
    const p = points[i]!;
    const m = mid(i);
    ctx.quadraticCurveTo(p[0], p[1], m[0], m[1]);
  }
  ctx.closePath();
  paint(ctx, fill, stroke, width);
}

export function paint(ctx: Ctx, fill?: string, stroke?: string, width = 1): void {
  if (fill) {
    ctx.fillStyle = fill;
    ctx.fill();
  }
  if (stroke) {
    ctx.strokeStyle = stroke;
    ctx.lineWidth = width;
    ctx.stroke();
  }
}
