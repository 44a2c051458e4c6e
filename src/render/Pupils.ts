/**
 * The pupils on stage: one PupilFigure per pupil who shows, kept between view models. For each it decides how
 * the view model's state is played — placed in its slot and pose with its motion looping, walked in through the
 * door and seated, walked out and hidden, or (with reduced motion) snapped to the end state — and it leaves a
 * pupil alone when nothing visible changed, which keeps `show` idempotent. It also runs the class's idle life
 * (blinks, and glances and wriggles that grow with restlessness) and picks the restless chatterers.
 */
import type { Scene } from 'phaser';
import type { PupilAction } from '../core/scenario/vocabulary.ts';
import type { PupilView, ViewModel } from '../core/session/view.ts';
import { deskTopY, floorY, isClassroom, screenX, type Layout, type Slot } from './layout.ts';
import { blink, playIdle, startMotion, type IdleMotion, type Stop } from './motions.ts';
import { poseOf } from './pose.ts';
import { PupilFigure, slumpDrop } from './PupilFigure.ts';
import { walkIn, walkOut, type Walk } from './walks.ts';

export interface Actor {
  figure: PupilFigure;
  /** Everything visible about the pupil at the last show, to skip unchanged pupils. */
  key: string;
  stop: Stop;
  walk?: Walk;
  /** Walked out (or left at once): hidden until the stage direction changes. */
  gone: boolean;
  lastDoing?: PupilAction;
  walking: boolean;
}

const ARRIVAL_STAGGER = 450;
const NOTHING: Stop = () => {};

function hashOf(text: string): number {
  let hash = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x85ebca6b);
  return hash >>> 0;
}

/** Restless pupils without a stage direction chat with their neighbour; more of them as restlessness rises. */
export function restlessChatters(view: ViewModel): Set<string> {
  if (!isClassroom(view.place) || view.restlessness < 0.25) return new Set();
  const free = view.pupils.filter((p) => !p.doing && !p.speaking && (p.posture === 'upright' || p.posture === 'leaning'));
  const count = Math.floor(free.length * 0.4 * view.restlessness);
  return new Set(
    [...free]
      .sort((a, b) => hashOf(a.id) - hashOf(b.id))
      .slice(0, count)
      .map((p) => p.id),
  );
}

export class Pupils {
  readonly actors = new Map<string, Actor>();
  /** The actor in each slot of the layout, in slot (seat) order. */
  seated: (Actor | undefined)[] = [];
  private view: ViewModel | undefined;

  constructor(
    private readonly scene: Scene,
    private readonly reducedMotion: boolean,
    /** Told when a pupil appears or disappears outside `show` (a walk ends). */
    private readonly visibility: (id: string, visible: boolean) => void,
  ) {}

  /** Puts the pupils who take part in their slots; hides the others. */
  show(view: ViewModel, taking: readonly PupilView[], layout: Layout): void {
    this.view = view;
    const chatting = restlessChatters(view);
    const shown = new Set<string>();
    let arrivals = 0;
    this.seated = [];
    taking.forEach((pupil, i) => {
      const slot = layout.slots[i];
      if (!slot) return;
      shown.add(pupil.id);
      const actor = this.actorFor(pupil.id);
      this.seated[i] = actor;
      if (this.stage(actor, pupil, view, slot, chatting.has(pupil.id), arrivals * ARRIVAL_STAGGER)) arrivals++;
    });
    for (const [id, actor] of this.actors) {
      if (shown.has(id)) continue;
      this.halt(actor);
      actor.figure.setVisible(false);
      actor.key = '';
      actor.lastDoing = undefined;
    }
  }

  /** Puts one pupil in its slot and pose; returns true when it starts walking in. */
  private stage(actor: Actor, pupil: PupilView, view: ViewModel, slot: Slot, chatting: boolean, delay: number): boolean {
    const figure = actor.figure;
    const classroom = isClassroom(view.place);
    const lookKey = `${view.level}/${JSON.stringify(pupil.look)}`;
    const key = [lookKey, view.place, slot.u, slot.s, pupil.mood, pupil.posture, pupil.doing ?? '', pupil.speaking, chatting].join('|');
    if (key === actor.key) return false;
    const previousDoing = actor.lastDoing;
    actor.key = key;
    actor.lastDoing = pupil.doing;
    this.halt(actor);
    if (!figure.look || `${figure.level}/${JSON.stringify(figure.look)}` !== lookKey) figure.setLook(pupil.look, view.level);

    const context = { mode: slot.mode, neighbour: slot.neighbour, chatting };
    const inSlot = () => {
      figure.placeAt(screenX(slot.u, slot.s), slot.mode === 'seated' ? deskTopY(slot.s) : floorY(slot.s), slot.s, slot.row, slot.mode);
      figure.applyPose(poseOf(pupil, context, slumpDrop(figure.build)));
    };
    const standing = () => figure.applyPose(poseOf({ ...pupil, posture: 'upright' }, { ...context, mode: 'standing' }, 0));
    const settle = () => {
      actor.walking = false;
      figure.setVisible(true);
      inSlot();
      figure.setAlpha(1);
      actor.stop = this.reducedMotion ? NOTHING : startMotion(this.scene, figure, figure.pose!.motion);
      this.visibility(pupil.id, true);
    };
    const leave = () => {
      actor.walking = false;
      actor.gone = true;
      figure.setVisible(false);
      this.visibility(pupil.id, false);
    };

    if (classroom && pupil.doing === 'binnenkomen' && previousDoing !== 'binnenkomen' && !this.reducedMotion) {
      actor.gone = false;
      actor.walking = true;
      actor.walk = walkIn(this.scene, figure, slot, delay, standing, settle);
      return true;
    }
    if (classroom && pupil.doing === 'vertrekken') {
      if (previousDoing === 'vertrekken' && actor.gone) return false;
      if (this.reducedMotion || !figure.visible) {
        leave();
        return false;
      }
      actor.walking = true;
      inSlot();
      actor.walk = walkOut(this.scene, figure, slot, standing, leave);
      return false;
    }
    actor.gone = false;
    settle();
    if (!classroom && pupil.doing === 'vertrekken') {
      // Outside, a pupil who leaves is seen walking away.
      figure.applyPose({ ...figure.pose!, view: 'back', motion: 'none' });
      figure.setAlpha(0.85);
    }
    return false;
  }

  private halt(actor: Actor): void {
    actor.stop();
    actor.stop = NOTHING;
    actor.walk?.stop();
    actor.walk = undefined;
    actor.walking = false;
    const figure = actor.figure;
    const arms = [...figure.bodyArms, ...figure.frontArms].flatMap((arm) => [arm.sleeve, arm.hand]);
    this.scene.tweens.killTweensOf([figure.bodyPose, figure.head, figure.hairBack, figure.mouth, ...arms]);
  }

  private actorFor(id: string): Actor {
    let actor = this.actors.get(id);
    if (!actor) {
      actor = { figure: new PupilFigure(this.scene, id), key: '', stop: NOTHING, gone: false, walking: false };
      this.actors.set(id, actor);
    }
    return actor;
  }

  /** One beat of the class's idle life: a blink somewhere, and restless glances, wriggles and whispers. */
  idleTick(): void {
    const view = this.view;
    const figures = [...this.actors.values()].filter((a) => a.figure.visible && !a.walking && a.figure.pose);
    if (!view || figures.length === 0) return;
    if (Math.random() < 0.6) blink(this.scene, figures[Math.floor(Math.random() * figures.length)]!.figure);
    if (!isClassroom(view.place)) return;
    const chance = 0.008 + view.restlessness * 0.05;
    const idles: IdleMotion[] = ['glance', 'wriggle', 'whisper'];
    for (const actor of figures) {
      const pose = actor.figure.pose!;
      if (pose.motion !== 'none' || pose.view === 'back' || Math.random() > chance) continue;
      playIdle(this.scene, actor.figure, idles[Math.floor(Math.random() * (view.restlessness < 0.3 ? 1 : idles.length))]!);
    }
  }

  destroy(): void {
    for (const actor of this.actors.values()) {
      this.halt(actor);
      actor.figure.destroy();
    }
    this.actors.clear();
  }
}
