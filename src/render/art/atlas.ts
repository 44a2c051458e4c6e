/**
 * Baking parts into one atlas: each part says its size and anchor in world units (a front-row figure at
 * scale 1) and draws itself with the 2D canvas API around its anchor; the atlas packs them on shelves into one
 * power-of-two canvas drawn at RESOLUTION× (so the camera can zoom in and mipmaps can shrink the back rows),
 * and registers each as a frame whose pivot is the anchor, so an image made from it or switched to it takes
 * that origin by itself. Images show a frame at 1/RESOLUTION scale.
 */
import type { Textures } from 'phaser';

/** Texels per world unit in the atlas. */
export const RESOLUTION = 2;

export interface Part {
  name: string;
  /** Size of the part in world units. */
  width: number;
  height: number;
  /** Where the anchor sits inside the part, in world units from its top-left corner. */
  anchorX: number;
  anchorY: number;
  /** Draws the part with (0, 0) at the anchor, in world units. */
  draw(ctx: CanvasRenderingContext2D): void;
}

const PADDING = 2;
const MAX_WIDTH = 2048;

const nextPowerOfTwo = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(1, n)));

interface Drawn {
  part: Part;
  canvas: HTMLCanvasElement;
  /** The drawn pixels' box inside the part's canvas (texels). */
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Draws a part on its own canvas and finds the box of the pixels it drew: software WebGL shades every texel
 * of every quad, transparent or not, so frames are cut to what is really there.
 */
function drawPart(part: Part): Drawn {
  const width = Math.ceil(part.width * RESOLUTION);
  const height = Math.ceil(part.height * RESOLUTION);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.translate(part.anchorX * RESOLUTION, part.anchorY * RESOLUTION);
  ctx.scale(RESOLUTION, RESOLUTION);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  part.draw(ctx);
  const { data } = ctx.getImageData(0, 0, width, height);
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (data[(y * width + x) * 4 + 3]! > 2) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
  }
  if (maxX < 0) return { part, canvas, x: 0, y: 0, w: 1, h: 1 };
  return { part, canvas, x: minX, y: minY, w: maxX - minX + 1, h: maxY - minY + 1 };
}

/** Bakes `parts` into a canvas texture named `key`; each frame's pivot is its part's anchor. */
export function bakeAtlas(textures: Textures.TextureManager, key: string, parts: readonly Part[]): void {
  const drawn = parts.map(drawPart).sort((a, b) => b.h - a.h);
  const slots: { drawn: Drawn; x: number; y: number }[] = [];
  let x = PADDING;
  let y = PADDING;
  let shelf = 0;
  for (const item of drawn) {
    if (x + item.w + PADDING > MAX_WIDTH) {
      x = PADDING;
      y += shelf + PADDING;
      shelf = 0;
    }
    slots.push({ drawn: item, x, y });
    x += item.w + PADDING;
    shelf = Math.max(shelf, item.h);
  }
  const texture = textures.createCanvas(key, MAX_WIDTH, nextPowerOfTwo(y + shelf + PADDING));
  if (!texture) throw new Error(`could not create the canvas texture ${key}`);
  const ctx = texture.getContext();
  for (const { drawn: item, x: sx, y: sy } of slots) {
    ctx.drawImage(item.canvas, item.x, item.y, item.w, item.h, sx, sy, item.w, item.h);
    const frame = texture.add(item.part.name, 0, sx, sy, item.w, item.h);
    if (!frame) throw new Error(`duplicate part ${item.part.name}`);
    // The anchor, relative to the trimmed box (it may lie outside it: origins are not limited to 0..1).
    frame.pivotX = (item.part.anchorX * RESOLUTION - item.x) / item.w;
    frame.pivotY = (item.part.anchorY * RESOLUTION - item.y) / item.h;
    frame.customPivot = true;
  }
  texture.refresh();
}
