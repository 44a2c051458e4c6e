/**
 * Tinting the white-baked parts per pupil. WebGL tints on the GPU for free (setTint). Phaser 4's deprecated
 * Canvas fallback does not tint, so there each (frame, colour) pair is baked once into its own small canvas
 * texture (multiply, then the frame's alpha) and the image switches to that texture. Either way the image
 * keeps the frame's anchor as its origin.
 */
import { CANVAS, type GameObjects, type Scene, type Textures } from 'phaser';
import { hex } from './palette.ts';

export class Painter {
  private readonly canvasMode: boolean;
  private readonly textures: Textures.TextureManager;

  constructor(
    scene: Scene,
    private readonly atlas: string,
  ) {
    this.canvasMode = scene.sys.game.renderer.type === CANVAS;
    this.textures = scene.sys.textures;
  }

  /** Shows `frame` of the atlas on `image`, tinted with `tint` if given. */
  paint(image: GameObjects.Image, frame: string, tint?: number): void {
    if (!this.canvasMode || tint === undefined) {
      if (image.texture.key !== this.atlas) image.setTexture(this.atlas, frame);
      else image.setFrame(frame);
      if (tint === undefined) image.clearTint();
      else image.setTint(tint);
      return;
    }
    image.setTexture(this.tinted(frame, tint));
  }

  private tinted(frame: string, tint: number): string {
    const key = `tinted:${frame}:${tint}`;
    if (this.textures.exists(key)) return key;
    const source = this.textures.getFrame(this.atlas, frame);
    const w = source.cutWidth;
    const h = source.cutHeight;
    const texture = this.textures.createCanvas(key, w, h);
    if (!texture) return key;
    const ctx = texture.getContext();
    const image = source.source.image as CanvasImageSource;
    ctx.drawImage(image, source.cutX, source.cutY, w, h, 0, 0, w, h);
    ctx.globalCompositeOperation = 'multiply';
    ctx.fillStyle = hex(tint);
    ctx.fillRect(0, 0, w, h);
    ctx.globalCompositeOperation = 'destination-in';
    ctx.drawImage(image, source.cutX, source.cutY, w, h, 0, 0, w, h);
    ctx.globalCompositeOperation = 'source-over';
    texture.refresh();
    const base = texture.get();
    base.pivotX = source.pivotX;
    base.pivotY = source.pivotY;
    base.customPivot = true;
    return key;
  }
}
