/**
 * Drawing a head and the face parts the mood selects: the head (face shape per level, ears, neck; with or
 * without a face, for the back view), eyes, brows, mouth and glasses. Eyes, mouth and glasses are drawn in their
 * own colours; the head and brows in greys, for tinting.
 */
import type { Level } from '../../core/scenario/vocabulary.ts';
import type { Build } from './build.ts';
import { EDGE, INK, LINE, LIP, SHADE, SHADE2, WHITE } from './ink.ts';
import { curve, ellipse, line, rect, type Ctx } from './shapes.ts';

export const EYES = ['open', 'side', 'down', 'half', 'closed', 'shut', 'wide'] as const;
export const BROWS = ['neutral', 'up', 'flat', 'angry', 'worried'] as const;
export const MOUTHS = ['smile', 'neutral', 'flat', 'frown', 'open', 'laugh', 'talk', 'whisper'] as const;
export type EyesFrame = (typeof EYES)[number];
export type BrowsFrame = (typeof BROWS)[number];
export type MouthFrame = (typeof MOUTHS)[number];

function faceOutline(ctx: Ctx, b: Build, level: Level): void {
  const rx = b.headW / 2;
  const ry = b.headH / 2;
  const cy = b.headY;
  ctx.beginPath();
  if (level === 'lager') {
    ctx.ellipse(0, cy, rx, ry, 0, 0, Math.PI * 2);
  } else {
    ctx.moveTo(0, cy - ry);
    ctx.bezierCurveTo(rx * 0.62, cy - ry, rx, cy - ry * 0.62, rx, cy - ry * 0.05);
    ctx.bezierCurveTo(rx, cy + ry * 0.45, rx * 0.72, cy + ry * 0.86, 0, cy + ry);
    ctx.bezierCurveTo(-rx * 0.72, cy + ry * 0.86, -rx, cy + ry * 0.45, -rx, cy - ry * 0.05);
    ctx.bezierCurveTo(-rx, cy - ry * 0.62, -rx * 0.62, cy - ry, 0, cy - ry);
  }
  ctx.closePath();
}

export function drawHead(ctx: Ctx, b: Build, level: Level, face: boolean): void {
  const rx = b.headW / 2;
  const ry = b.headH / 2;
  const cy = b.headY;
  // Neck, under the collar.
  rect(ctx, -b.neckW / 2, cy + ry * 0.4, b.neckW, -cy - ry * 0.4 + 8, 3, SHADE, LINE, EDGE);
  // Ears.
  for (const side of [-1, 1]) {
    ellipse(ctx, side * (rx - 0.5), cy + 2, 4.2, 6.5, WHITE, LINE, EDGE);
    ellipse(ctx, side * (rx + 0.3), cy + 2, 1.8, 3.6, SHADE2);
  }
  faceOutline(ctx, b, level);
  ctx.fillStyle = WHITE;
  ctx.fill();
  ctx.strokeStyle = LINE;
  ctx.lineWidth = EDGE;
  ctx.stroke();
  // Shade under the chin onto the neck.
  ellipse(ctx, 0, cy + ry + 2.5, b.neckW * 0.45, 2.5, SHADE2);
  if (!face) return;
  // Cheeks and nose: kept faint, they only warm the face once tinted.
  for (const side of [-1, 1]) ellipse(ctx, side * (b.eyeDX + 3.5), cy + b.eyeY + 8, 4.2, 2.6, 'rgba(235, 150, 150, 0.35)');
  curve(ctx, [-2, cy + b.eyeY + 8.5], [0, cy + b.eyeY + 10.5], [2.2, cy + b.eyeY + 8.2], '#a9a9a9', 1.3);
}

export function drawEyes(ctx: Ctx, b: Build, kind: EyesFrame): void {
  const y = b.headY + b.eyeY;
  for (const side of [-1, 1]) {
    const x = side * b.eyeDX;
    const rx = b.eyeRX * (kind === 'wide' ? 1.18 : 1);
    const ry = b.eyeRY * (kind === 'wide' ? 1.25 : 1);
    switch (kind) {
      case 'open':
      case 'wide':
      case 'side': {
        ellipse(ctx, x, y, rx, ry, '#ffffff', '#6b5a4c', 0.8);
        const shift = kind === 'side' ? rx * 0.45 : 0;
        ellipse(ctx, x + shift, y + 0.4, rx * 0.62, ry * 0.78, INK);
        ellipse(ctx, x + shift + 0.9, y - 0.6, 0.8, 0.8, '#ffffff');
        curve(ctx, [x - rx - 0.6, y - ry * 0.35], [x, y - ry - 1.6], [x + rx + 0.6, y - ry * 0.35], INK, 1.3);
        break;
      }
      case 'half': {
        ctx.beginPath();
        ctx.ellipse(x, y + 0.8, rx, ry * 0.7, 0, 0, Math.PI);
        ctx.closePath();
        ctx.fillStyle = '#ffffff';
        ctx.fill();
        ctx.save();
        ctx.clip();
        ellipse(ctx, x, y + 0.6, rx * 0.62, ry * 0.8, INK);
        ctx.restore();
        line(ctx, [[x - rx - 0.8, y + 0.6], [x + rx + 0.8, y + 0.6]], INK, 1.6);
        break;
      }
      case 'down':
        curve(ctx, [x - rx, y + 0.5], [x, y + ry * 1.1], [x + rx, y + 0.5], INK, 1.7);
        break;
      case 'closed':
        curve(ctx, [x - rx, y + 1.2], [x, y - ry * 1.2], [x + rx, y + 1.2], INK, 1.8);
        break;
      case 'shut':
        curve(ctx, [x - rx, y], [x, y + ry * 0.8], [x + rx, y], INK, 1.4);
        break;
    }
  }
}

export function drawBrows(ctx: Ctx, b: Build, kind: BrowsFrame): void {
  const y = b.headY + b.browY;
  const w = b.eyeRX + 1.2;
  for (const side of [-1, 1]) {
    const x = side * b.eyeDX;
    const inner = x - side * w;
    const outer = x + side * w;
    switch (kind) {
      case 'neutral':
        curve(ctx, [inner, y + 0.3], [x, y - 1.4], [outer, y + 0.5], '#ffffff', 2.2);
        break;
      case 'up':
        curve(ctx, [inner, y - 1], [x, y - 3.6], [outer, y - 0.8], '#ffffff', 2.2);
        break;
      case 'flat':
        line(ctx, [[inner, y + 1.4], [outer, y + 1.2]], '#ffffff', 2.2);
        break;
      case 'angry':
        line(ctx, [[inner, y + 2.2], [outer, y - 1.6]], '#ffffff', 2.4);
        break;
      case 'worried':
        line(ctx, [[inner, y - 1.8], [outer, y + 1.2]], '#ffffff', 2.2);
        break;
    }
  }
}

export function drawMouth(ctx: Ctx, b: Build, kind: MouthFrame): void {
  const y = b.headY + b.mouthY;
  const w = b.headW * 0.17;
  switch (kind) {
    case 'smile':
      curve(ctx, [-w, y - 1.2], [0, y + 4.2], [w, y - 1.2], LIP, 1.8);
      break;
    case 'neutral':
      curve(ctx, [-w * 0.7, y], [0, y + 0.9], [w * 0.7, y], LIP, 1.7);
      break;
    case 'flat':
      line(ctx, [[-w * 0.7, y + 0.6], [w * 0.6, y]], LIP, 1.7);
      break;
    case 'frown':
      curve(ctx, [-w * 0.85, y + 2], [0, y - 2.6], [w * 0.85, y + 2], LIP, 1.9);
      break;
    case 'open':
      ellipse(ctx, 0, y + 1, w * 0.65, w * 0.75, '#4a1a18', LIP, 1.2);
      ellipse(ctx, 0, y + 1 + w * 0.4, w * 0.4, w * 0.25, '#d46a6a');
      break;
    case 'laugh':
      ctx.beginPath();
      ctx.moveTo(-w * 1.05, y - 1.2);
      ctx.quadraticCurveTo(0, y + w * 1.6, w * 1.05, y - 1.2);
      ctx.closePath();
      ctx.fillStyle = '#4a1a18';
      ctx.fill();
      ctx.strokeStyle = LIP;
      ctx.lineWidth = 1.2;
      ctx.stroke();
      rect(ctx, -w * 0.75, y - 1, w * 1.5, 2, 0.8, '#ffffff');
      break;
    case 'talk':
      ellipse(ctx, 0, y + 0.8, w * 0.5, w * 0.38, '#4a1a18', LIP, 1.1);
      break;
    case 'whisper':
      ellipse(ctx, w * 0.2, y + 0.5, w * 0.28, w * 0.24, '#4a1a18', LIP, 1);
      break;
  }
}

export function drawGlasses(ctx: Ctx, b: Build): void {
  const y = b.headY + b.eyeY;
  const r = b.eyeRX + 2.6;
  for (const side of [-1, 1]) ellipse(ctx, side * b.eyeDX, y, r, r * 0.86, 'rgba(200, 230, 240, 0.18)', '#2b2b33', 1.5);
  curve(ctx, [-b.eyeDX + r, y - 0.5], [0, y - 2.4], [b.eyeDX - r, y - 0.5], '#2b2b33', 1.4);
  for (const side of [-1, 1]) line(ctx, [[side * (b.eyeDX + r), y - 1], [side * (b.headW / 2 + 0.5), y - 2]], '#2b2b33', 1.4);
}
