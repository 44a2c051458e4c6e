/**
 * Arriving and leaving through the classroom door: a standing figure walks a path from the doorway along the
 * aisle to its row and along the row to its seat, then sits down (or the reverse, and fades out in the
 * doorway). The path is a polyline of floor points in the room's perspective, so the figure shrinks and grows as
 * it moves in depth. Only the classroom has walks, and only without reduced motion.
 */
import type { Scene, Tweens } from 'phaser';
import { AISLE_U, deskTopY, DOOR_S, floorY, ROOM_HALF_WIDTH, screenX, type Slot } from './layout.ts';
import { neckHeight, type PupilFigure } from './PupilFigure.ts';

interface Waypoint {
  u: number;
  s: number;
}

const SPEED = 150;

function pathTo(slot: Slot): Waypoint[] {
  return [
    { u: -ROOM_HALF_WIDTH - 10, s: DOOR_S },
    { u: AISLE_U, s: DOOR_S },
    { u: AISLE_U, s: slot.s },
    { u: slot.u, s: slot.s },
  ];
}

const screenOf = (p: Waypoint) => ({ x: screenX(p.u, p.s), y: floorY(p.s) });

function lengthOf(path: Waypoint[]): number[] {
  const lengths = [0];
  for (let i = 1; i < path.length; i++) {
    const a = screenOf(path[i - 1]!);
    const b = screenOf(path[i]!);
    lengths.push(lengths[i - 1]! + Math.hypot(b.x - a.x, b.y - a.y));
  }
  return lengths;
}

function pointAt(path: Waypoint[], lengths: number[], distance: number): Waypoint {
  for (let i = 1; i < path.length; i++) {
    if (distance <= lengths[i]! || i === path.length - 1) {
      const span = lengths[i]! - lengths[i - 1]! || 1;
      const f = Math.min(1, Math.max(0, (distance - lengths[i - 1]!) / span));
      const a = path[i - 1]!;
      const b = path[i]!;
      return { u: a.u + (b.u - a.u) * f, s: a.s + (b.s - a.s) * f };
    }
  }
  return path[path.length - 1]!;
}

/** How much lower the body sits once seated than when standing at the seat, in units. */
const sitDrop = (figure: PupilFigure) => neckHeight(figure.build, 'standing') - neckHeight(figure.build, 'seated') - (floorY(1) - deskTopY(1));

export interface Walk {
  stop(): void;
}

function walkAlong(scene: Scene, figure: PupilFigure, path: Waypoint[], row: number, delay: number, fadeIn: boolean, fadeOut: boolean, done: () => void): Tweens.Tween {
  const lengths = lengthOf(path);
  const total = lengths[lengths.length - 1]!;
  const state = { d: 0 };
  return scene.tweens.add({
    targets: state,
    d: total,
    delay,
    duration: (total / SPEED) * 1000,
    onStart: () => figure.setVisible(true),
    onUpdate: () => {
      const p = pointAt(path, lengths, state.d);
      figure.placeAt(screenX(p.u, p.s), floorY(p.s), p.s, row, 'standing');
      figure.bodyPose.setY(-Math.abs(Math.sin(state.d / 9)) * 3);
      figure.bodyPose.setAngle(Math.sin(state.d / 18) * 2);
      const progress = state.d / total;
      if (fadeIn) figure.setAlpha(Math.min(1, progress * 8));
      if (fadeOut) figure.setAlpha(Math.min(1, (1 - progress) * 8));
      figure.syncBubble();
    },
    onComplete: done,
  });
}

/** Walks from the door to `slot` and sits; `seated` puts the figure in its seated pose. */
export function walkIn(scene: Scene, figure: PupilFigure, slot: Slot, delay: number, standing: () => void, seated: () => void): Walk {
  let tween: Tweens.Tween | undefined;
  figure.setVisible(false);
  const path = pathTo(slot);
  // Standing mode first: the pose lays the parts out for the mode the figure is in.
  figure.placeAt(screenX(path[0]!.u, path[0]!.s), floorY(path[0]!.s), path[0]!.s, slot.row, 'standing');
  standing();
  tween = walkAlong(scene, figure, path, slot.row, delay, true, false, () => {
    seated();
    const drop = sitDrop(figure);
    figure.bodyPose.setY(figure.bodyPose.y - drop);
    const rest = figure.pose?.body.y ?? 0;
    tween = scene.tweens.add({ targets: figure.bodyPose, y: rest, duration: 260, ease: 'Quad.easeOut', onUpdate: () => figure.syncBubble() });
  });
  return { stop: () => tween?.stop() };
}

/** Stands up, walks from `slot` to the door and fades out there; `gone` hides the figure. */
export function walkOut(scene: Scene, figure: PupilFigure, slot: Slot, standing: () => void, gone: () => void): Walk {
  const drop = sitDrop(figure);
  let tween: Tweens.Tween | undefined = scene.tweens.add({
    targets: figure.bodyPose,
    y: figure.bodyPose.y - drop,
    duration: 260,
    ease: 'Quad.easeOut',
    onComplete: () => {
      figure.placeAt(screenX(slot.u, slot.s), floorY(slot.s), slot.s, slot.row, 'standing');
      standing();
      tween = walkAlong(scene, figure, pathTo(slot).reverse(), slot.row, 0, false, true, gone);
    },
  });
  return { stop: () => tween?.stop() };
}
