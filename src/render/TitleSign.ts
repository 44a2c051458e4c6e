/**
 * The lesson's title on a paper sign pinned to the back wall: one small canvas texture, redrawn only when the
 * title changes, in the system's sans-serif (no fonts are downloaded). Decorative: the play screen's DOM bar
 * carries the title for assistive technology, so nothing here needs to be read out.
 */
import type { GameObjects, Scene, Textures } from 'phaser';
import { RESOLUTION } from './art/atlas.ts';

const KEY = 'title-sign';
const WIDTH = 176;
const HEIGHT = 62;
const FONT = 'system-ui, "Segoe UI", "Liberation Sans", Roboto, Helvetica, Arial, sans-serif';

/** Splits `text` into at most `max` lines that fit `width`, with an ellipsis when it does not fit. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number, max: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const attempt = current ? `${current} ${word}` : word;
    if (ctx.measureText(attempt).width <= width || !current) current = attempt;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  while (last.length > 1 && ctx.measureText(`${last}…`).width > width) last = last.slice(0, -1);
  kept[max - 1] = `${last}…`;
  return kept;
}

export class TitleSign {
  private readonly image: GameObjects.Image;
  private readonly texture: Textures.CanvasTexture;
  private title: string | undefined;

  constructor(scene: Scene, x: number, y: number) {
    const texture = scene.textures.exists(KEY) ? (scene.textures.get(KEY) as Textures.CanvasTexture) : scene.textures.createCanvas(KEY, WIDTH * RESOLUTION, HEIGHT * RESOLUTION);
    if (!texture) throw new Error('could not create the title sign');
    this.texture = texture;
    this.image = scene.add.image(x, y, KEY).setScale(1 / RESOLUTION).setDepth(2).setAngle(-1.5);
  }

  setVisible(visible: boolean): void {
    this.image.setVisible(visible);
  }

  show(title: string): void {
    if (title === this.title) return;
    this.title = title;
    const ctx = this.texture.getContext();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.texture.width, this.texture.height);
    ctx.setTransform(RESOLUTION, 0, 0, RESOLUTION, 0, 0);
    ctx.fillStyle = 'rgba(60, 35, 15, 0.18)';
    ctx.fillRect(4, 5, WIDTH - 6, HEIGHT - 7);
    ctx.fillStyle = '#fffdf8';
    ctx.fillRect(1, 1, WIDTH - 6, HEIGHT - 7);
    ctx.strokeStyle = '#b9ad98';
    ctx.lineWidth = 1;
    ctx.strokeRect(1.5, 1.5, WIDTH - 7, HEIGHT - 8);
    ctx.fillStyle = '#c9473c';
    ctx.beginPath();
    ctx.arc(WIDTH / 2 - 2, 6, 2.6, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#2b2118';
    ctx.font = `600 13px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    const lines = wrap(ctx, title, WIDTH - 22, 3);
    const lineHeight = 15;
    const top = (HEIGHT - 6) / 2 - ((lines.length - 1) * lineHeight) / 2 + 1;
    lines.forEach((text, i) => ctx.fillText(text, WIDTH / 2 - 2, top + i * lineHeight));
    this.texture.refresh();
  }

  destroy(): void {
    this.image.destroy();
  }
}
