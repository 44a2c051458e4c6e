/**
 * One pupil on the canvas, built from baked parts: a body container (behind the desk: hair behind the head,
 * torso, head with face parts, raised or hanging arms) and a front container (in front of the desk: forearms and
 * hands resting on it, a sheet of paper), plus a speech bubble above everything. It owns the parts' frames,
 * tints and static placement for a pose; motions.ts animates it and walks.ts moves it through the door.
 */
import { GameObjects, type Scene } from 'phaser';
import type { Level } from '../core/scenario/vocabulary.ts';
import type { FullLook } from '../core/session/looks.ts';
import { RESOLUTION } from './art/atlas.ts';
import { BUILDS, DESK_BAND, type Build } from './art/build.ts';
import { BROWS, CLOTHES, HAIR, SCARF, SKIN, TROUSERS } from './art/palette.ts';
import { DESK_ARMS, frameName } from './art/pupilParts.ts';
import { Painter } from './art/tint.ts';
import { DEPTH, type Mode } from './layout.ts';
import type { Pose } from './pose.ts';

export const ATLAS = 'parts';
const BASE = 1 / RESOLUTION;

interface Arm {
  sleeve: GameObjects.Image;
  hand: GameObjects.Image;
}

/** How far the neck base sits above the figure's origin (desk edge when seated, feet when standing). */
export const neckHeight = (build: Build, mode: Mode) => (mode === 'seated' ? build.torsoH : build.legH + build.torsoH - 10);

/** How far the head sinks when a seated pupil puts it on the arms. */
export const slumpDrop = (build: Build) => build.torsoH - DESK_BAND + build.headY + build.headH / 2 + 4;

function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export class PupilFigure {
  readonly bodyRoot: GameObjects.Container;
  /** Inside bodyRoot: the pose's offset and lean, and what motions rock. */
  readonly bodyPose: GameObjects.Container;
  readonly head: GameObjects.Container;
  readonly frontRoot: GameObjects.Container;
  readonly bubble: GameObjects.Image;
  readonly hairBack: GameObjects.Image;
  readonly mouth: GameObjects.Image;
  readonly eyes: GameObjects.Image;
  readonly bodyArms: Arm[];
  readonly frontArms: Arm[];

  private readonly legs: GameObjects.Image;
  private readonly torso: GameObjects.Image;
  private readonly headImage: GameObjects.Image;
  private readonly brows: GameObjects.Image;
  private readonly glasses: GameObjects.Image;
  private readonly hairFront: GameObjects.Image;
  private readonly hood: GameObjects.Image;
  private readonly paper: GameObjects.Image;

  private readonly painter: Painter;
  /** The colour each tinted part takes from the look. */
  private readonly tints = new Map<GameObjects.Image, number>();

  level: Level = 'secundair';
  look: FullLook | undefined;
  mode: Mode = 'seated';
  pose: Pose | undefined;
  row = 0;

  constructor(
    scene: Scene,
    readonly id: string,
  ) {
    const image = (frame = 'bubble') => {
      const part = new GameObjects.Image(scene, 0, 0, ATLAS, frame);
      part.setScale(BASE);
      return part;
    };
    this.painter = new Painter(scene, ATLAS);
    const arm = (): Arm => ({ sleeve: image(), hand: image() });
    this.legs = image();
    this.hairBack = image();
    this.torso = image();
    this.headImage = image();
    this.eyes = image();
    this.brows = image();
    this.mouth = image();
    this.glasses = image();
    this.hairFront = image();
    this.hood = image();
    this.paper = image('paper');
    this.bodyArms = [arm(), arm()];
    this.frontArms = [arm(), arm()];
    this.head = new GameObjects.Container(scene);
    this.head.add([this.headImage, this.eyes, this.brows, this.mouth, this.glasses, this.hairFront, this.hood]);
    this.bodyPose = new GameObjects.Container(scene);
    this.bodyPose.add([this.legs, this.hairBack, this.torso, this.head, ...this.bodyArms.flatMap((a) => [a.sleeve, a.hand])]);
    this.bodyRoot = scene.add.container(0, 0, [this.bodyPose]);
    this.frontRoot = scene.add.container(0, 0, [this.paper, ...this.frontArms.flatMap((a) => [a.sleeve, a.hand])]);
    this.bubble = scene.add.image(0, 0, ATLAS, 'bubble').setDepth(DEPTH.bubble).setVisible(false);
  }

  get build(): Build {
    return BUILDS[this.level];
  }

  /** Sets the colours that depend on the look, and the level's frames. */
  setLook(look: FullLook, level: Level): void {
    this.look = look;
    this.level = level;
    const skin = SKIN[look.skin];
    const hair = look.hair === 'hoofddoek' ? SCARF[look.hairColour] : HAIR[look.hairColour];
    const clothes = CLOTHES[look.clothes];
    this.tints.set(this.headImage, skin);
    this.tints.set(this.hairBack, hair);
    this.tints.set(this.hairFront, hair);
    this.tints.set(this.brows, BROWS[look.hairColour]);
    this.tints.set(this.torso, clothes);
    this.tints.set(this.hood, clothes);
    this.tints.set(this.legs, TROUSERS[hashOf(this.id) % TROUSERS.length]!);
    for (const arm of [...this.bodyArms, ...this.frontArms]) {
      this.tints.set(arm.sleeve, clothes);
      this.tints.set(arm.hand, skin);
    }
    this.paint(this.hairBack, frameName('hairB', look.hair, level));
    this.paint(this.hood, frameName('hood', 'up', level));
    this.paint(this.legs, frameName('legs', 'stand', level));
    this.glasses.setFrame(frameName('glasses', 'on', level));
    this.pose = undefined;
  }

  /** Shows an atlas frame on a part, in the part's colour. */
  private paint(part: GameObjects.Image, frame: string): GameObjects.Image {
    this.painter.paint(part, frame, this.tints.get(part));
    return part;
  }

  /**
   * Puts the figure's origin at a world point with a depth scale, in a row's draw order. A change of mode
   * (seated, standing) needs a new applyPose, which lays the parts out for it.
   */
  placeAt(x: number, y: number, scale: number, row: number, mode: Mode): void {
    this.bodyRoot.setPosition(x, y).setScale(scale).setDepth(DEPTH.body(row));
    this.frontRoot.setPosition(x, y).setScale(scale).setDepth(DEPTH.front(row));
    this.row = row;
    if (mode !== this.mode) {
      this.mode = mode;
      this.pose = undefined;
    }
  }

  setVisible(visible: boolean): void {
    this.bodyRoot.setVisible(visible);
    this.frontRoot.setVisible(visible);
    this.bubble.setVisible(visible && !!this.pose?.bubble);
    if (visible) this.syncBubble();
  }

  get visible(): boolean {
    return this.bodyRoot.visible;
  }

  setAlpha(alpha: number): void {
    this.bodyRoot.setAlpha(alpha);
    this.frontRoot.setAlpha(alpha);
  }

  /** Sets every part to the pose's frames and resting transforms (motions start from here). */
  applyPose(pose: Pose): void {
    const look = this.look;
    if (!look) return;
    this.pose = pose;
    const b = this.build;
    const level = this.level;
    const neck = -neckHeight(b, this.mode);
    const back = pose.view === 'back';

    this.bodyPose.setPosition(pose.body.x, pose.body.y).setAngle(pose.body.angle).setScale(1);
    this.legs.setVisible(this.mode === 'standing').setPosition(0, -b.legH);
    this.paint(this.torso, frameName('torso', `${back ? 'back' : 'front'}${this.mode === 'seated' ? '-seated' : ''}`, level)).setPosition(0, neck);
    this.head.setPosition(pose.head.x, neck + pose.head.y).setAngle(pose.head.angle);
    this.hairBack.setPosition(pose.head.x, neck + pose.head.y).setAngle(pose.head.angle).setVisible(!back);

    this.paint(this.headImage, frameName('head', back ? 'back' : 'front', level));
    const faceX = pose.head.turn * 4.5;
    this.eyes.setFrame(frameName('eyes', pose.eyes, level)).setVisible(!back).setX(faceX);
    this.eyes.setScale(pose.eyesLeft ? -BASE : BASE, BASE);
    this.paint(this.brows, frameName('brows', pose.brows, level)).setVisible(!back).setX(faceX);
    this.mouth.setFrame(frameName('mouth', pose.mouth, level)).setVisible(!back).setX(faceX);
    this.glasses.setVisible(!back && look.glasses).setX(faceX);
    const hairLayer = back ? 'hairR' : 'hairF';
    this.paint(this.hairFront, frameName(hairLayer, look.hair, level)).setX(look.hair === 'hoofddoek' || back ? 0 : pose.head.turn * 1.5);
    this.hairFront.setVisible(!(pose.hood && !back));
    this.hood.setVisible(pose.hood && !back);

    const bodyArms = pose.arms.filter((arm) => !DESK_ARMS.has(arm.frame) || this.mode === 'standing');
    // Seen from behind, the forearms on the desk are hidden by the body.
    const frontArms = back ? [] : pose.arms.filter((arm) => DESK_ARMS.has(arm.frame) && this.mode === 'seated');
    this.bodyArms.forEach((arm, i) => this.setArm(arm, bodyArms[i], 0, neck));
    this.frontArms.forEach((arm, i) => this.setArm(arm, frontArms[i], 0, 0));
    // Seen from behind, the arms in front of the body are hidden by it.
    if (back) this.bodyArms.forEach((arm) => arm.sleeve.visible && (arm.sleeve.setVisible(false), arm.hand.setVisible(false)));
    this.paper.setVisible(pose.paper && this.mode === 'seated').setPosition(8, -DESK_BAND / 2 - 1).setAngle(-4);
    this.bubble.setVisible(pose.bubble && this.visible);
    this.syncBubble();
  }

  private setArm(arm: Arm, spec: Pose['arms'][number] | undefined, x: number, y: number): void {
    arm.sleeve.setVisible(!!spec);
    arm.hand.setVisible(!!spec);
    if (!spec) return;
    for (const [part, name] of [[arm.sleeve, 'sleeve'], [arm.hand, 'hand']] as const) {
      this.paint(part, frameName(name, spec.frame, this.level)).setPosition(x, y).setAngle(0).setScale(spec.side * BASE, BASE);
    }
  }

  /** The head's centre in world coordinates, and the figure's scale there. */
  headWorld(): { x: number; y: number; scale: number } {
    const scale = this.bodyRoot.scaleX;
    const b = this.build;
    const pose = this.pose;
    const hx = this.bodyPose.x + this.head.x + (pose?.head.turn ?? 0);
    const hy = this.bodyPose.y + this.head.y + b.headY;
    return { x: this.bodyRoot.x + hx * scale, y: this.bodyRoot.y + hy * scale, scale };
  }

  /** Keeps the bubble above the head (after a walk step or a camera move). */
  syncBubble(): void {
    if (!this.bubble.visible) return;
    const { x, y, scale } = this.headWorld();
    const b = this.build;
    this.bubble.setPosition(x + (b.headW / 2 + 1) * scale, y - b.headH * 0.12 * scale).setScale(Math.max(0.8, scale) * BASE);
  }

  destroy(): void {
    this.bodyRoot.destroy();
    this.frontRoot.destroy();
    this.bubble.destroy();
  }
}
