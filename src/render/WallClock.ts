/**
 * The wall clock on the classroom's back wall: lesson time passing as clock time (from the lesson's start,
 * `clock.startsAt`; `minutesUsed` moves the hands), with the lesson's span marked as a light wedge on the face and the part
 * already used filled in. The face is a small canvas texture redrawn only when the clock changes; the hands are
 * baked sprites that turn (with a short tween, or at once under reduced motion).
 */
import type { GameObjects, Scene, Textures } from 'phaser';
import type { ViewModel } from '../core/session/view.ts';
import { RESOLUTION } from './art/atlas.ts';
import { ATLAS } from './PupilFigure.ts';

const RADIUS = 27;
const FACE = 'clock-face';

/** Clock angles in degrees (0 = twelve o'clock) for a number of minutes after midnight. */
export function handAngles(minutes: number): { hour: number; minute: number } {
  return { hour: ((minutes / 60) % 12) * 30, minute: (minutes % 60) * 6 };
}

export class WallClock {
  private readonly face: GameObjects.Image;
  private readonly hour: GameObjects.Image;
  private readonly minute: GameObjects.Image;
  private readonly texture: Textures.CanvasTexture;
  private drawn = '';
  private angles = { hour: 0, minute: 0 };

  constructor(
    private readonly scene: Scene,
    x: number,
    y: number,
    private readonly reducedMotion: boolean,
  ) {
    const size = (RADIUS + 4) * 2 * RESOLUTION;
    const texture = scene.textures.exists(FACE) ? (scene.textures.get(FACE) as Textures.CanvasTexture) : scene.textures.createCanvas(FACE, size, size);
    if (!texture) throw new Error('could not create the clock face');
    this.texture = texture;
    this.face = scene.add.image(x, y, FACE).setScale(1 / RESOLUTION).setDepth(2);
    this.minute = scene.add.image(x, y, ATLAS, 'clock-minute').setScale(1 / RESOLUTION).setDepth(3);
    this.hour = scene.add.image(x, y, ATLAS, 'clock-hour').setScale(1 / RESOLUTION).setDepth(3);
  }

  setVisible(visible: boolean): void {
    for (const part of [this.face, this.hour, this.minute]) part.setVisible(visible);
  }

  show(clock: ViewModel['clock']): void {
    const key = `${clock.startsAt}/${clock.lessonMinutes}/${clock.minutesUsed}`;
    if (key === this.drawn) return;
    this.drawn = key;
    this.drawFace(clock.startsAt, clock.lessonMinutes, clock.minutesUsed);
    const target = handAngles(clock.startsAt + clock.minutesUsed);
    // Hands only go forward; unwrap so a tween takes the short way clockwise.
    const unwrap = (from: number, to: number) => from + (((to - from) % 360) + 360) % 360;
    const next = { hour: unwrap(this.angles.hour, target.hour), minute: unwrap(this.angles.minute, target.minute) };
    const first = this.angles.hour === 0 && this.angles.minute === 0;
    this.angles = { hour: next.hour % 360, minute: next.minute % 360 };
    if (this.reducedMotion || first) {
      this.hour.setAngle(next.hour);
      this.minute.setAngle(next.minute);
      return;
    }
    this.scene.tweens.add({ targets: this.hour, angle: next.hour, duration: 700, ease: 'Sine.easeInOut' });
    this.scene.tweens.add({ targets: this.minute, angle: next.minute, duration: 700, ease: 'Sine.easeInOut' });
  }

  private drawFace(start: number, lessonMinutes: number, used: number): void {
    const ctx = this.texture.getContext();
    const c = this.texture.width / 2;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.texture.width, this.texture.height);
    ctx.setTransform(RESOLUTION, 0, 0, RESOLUTION, c, c);
    const toRad = (minutes: number) => ((minutes % 60) / 60) * Math.PI * 2 - Math.PI / 2;
    ctx.beginPath();
    ctx.arc(0, 0, RADIUS + 2.5, 0, Math.PI * 2);
    ctx.fillStyle = '#5e381c';
    ctx.fill();
    ctx.beginPath();
    ctx.arc(0, 0, RADIUS, 0, Math.PI * 2);
    ctx.fillStyle = '#fffdf8';
    ctx.fill();
    // The lesson's span (up to an hour shows on the face) and the part already used.
    const span = Math.min(59.5, lessonMinutes);
    const wedge = (from: number, to: number, colour: string) => {
      ctx.beginPath();
      ctx.moveTo(0, 0);
      ctx.arc(0, 0, RADIUS - 3, toRad(from), toRad(from) + (to / 60) * Math.PI * 2);
      ctx.closePath();
      ctx.fillStyle = colour;
      ctx.fill();
    };
    wedge(start, span, 'rgba(122, 170, 196, 0.28)');
    wedge(start, Math.min(span, used), 'rgba(201, 71, 60, 0.28)');
    for (let i = 0; i < 12; i++) {
      const a = (i / 12) * Math.PI * 2;
      const inner = i % 3 === 0 ? RADIUS - 7 : RADIUS - 4.5;
      ctx.beginPath();
      ctx.moveTo(Math.sin(a) * inner, -Math.cos(a) * inner);
      ctx.lineTo(Math.sin(a) * (RADIUS - 1.5), -Math.cos(a) * (RADIUS - 1.5));
      ctx.strokeStyle = '#2b2118';
      ctx.lineWidth = i % 3 === 0 ? 2.2 : 1.2;
      ctx.stroke();
    }
    ctx.beginPath();
    ctx.arc(0, 0, 2.2, 0, Math.PI * 2);
    ctx.fillStyle = '#2b2118';
    ctx.fill();
    this.texture.refresh();
  }

  destroy(): void {
    for (const part of [this.face, this.hour, this.minute]) part.destroy();
  }
}
