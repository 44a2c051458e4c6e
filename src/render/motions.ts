/**
 * The small motions that carry a stage direction while it holds (a waving hand, whispering, chatting,
 * fidgeting, calling out, laughing, working, talking) and the one-off idle ones a restless class shows (a
 * glance aside, a wriggle, a blink). All are tweens on a figure's containers and images, or a timer swapping
 * the mouth frame; each start returns a stop function that leaves the figure for applyPose to reset.
 * With reduced motion none of this runs: the pose alone shows the state.
 */
import type { Scene, Time, Tweens } from 'phaser';
import { frameName } from './art/pupilParts.ts';
import type { Motion } from './pose.ts';
import type { PupilFigure } from './PupilFigure.ts';

export type Stop = () => void;

const none: Stop = () => {};

/** Opens and closes the mouth irregularly, as in speech. */
function flapMouth(scene: Scene, figure: PupilFigure, open: string, closed: string, delay = 150): Time.TimerEvent {
  let isOpen = false;
  return scene.time.addEvent({
    delay,
    loop: true,
    callback: () => {
      isOpen = !isOpen && Math.random() > 0.2;
      figure.mouth.setFrame(frameName('mouth', isOpen ? open : closed, figure.level));
    },
  });
}

function stopAll(tweens: Tweens.Tween[], timers: Time.TimerEvent[] = []): Stop {
  return () => {
    for (const tween of tweens) tween.stop();
    for (const timer of timers) timer.remove(false);
  };
}

/** Starts the loop that carries `motion`; the figure must already hold its pose. */
export function startMotion(scene: Scene, figure: PupilFigure, motion: Motion): Stop {
  const pose = figure.pose;
  if (!pose) return none;
  const headTargets = [figure.head, figure.hairBack];
  const phase = Math.random() * 400;
  switch (motion) {
    case 'none':
      return none;
    case 'wave': {
      const raised = figure.bodyArms.filter((arm) => arm.sleeve.visible).slice(0, 1).flatMap((arm) => [arm.sleeve, arm.hand]);
      return stopAll([
        scene.tweens.add({ targets: raised, angle: { from: -3, to: 5 }, duration: 420, yoyo: true, repeat: -1, ease: 'Sine.easeInOut', delay: phase }),
        scene.tweens.add({ targets: figure.bodyPose, y: pose.body.y - 2, duration: 700, yoyo: true, repeat: -1, ease: 'Sine.easeInOut', delay: phase }),
      ]);
    }
    case 'whisper':
      return stopAll(
        [scene.tweens.add({ targets: headTargets, x: `+=${Math.sign(pose.head.turn || 1) * 2}`, duration: 900, yoyo: true, repeat: -1, ease: 'Sine.easeInOut', delay: phase })],
        [flapMouth(scene, figure, 'whisper', 'neutral', 260)],
      );
    case 'chat':
      return stopAll(
        [scene.tweens.add({ targets: headTargets, angle: pose.head.angle + Math.sign(pose.head.turn || 1) * 4, duration: 520, yoyo: true, repeat: -1, hold: 200, ease: 'Sine.easeInOut', delay: phase })],
        [flapMouth(scene, figure, 'talk', 'smile', 170)],
      );
    case 'talk':
      return stopAll(
        [scene.tweens.add({ targets: headTargets, angle: pose.head.angle + 2.5, duration: 650, yoyo: true, repeat: -1, ease: 'Sine.easeInOut', delay: phase })],
        [flapMouth(scene, figure, 'talk', pose.mouth === 'talk' ? 'neutral' : pose.mouth)],
      );
    case 'fidget':
      return stopAll([
        scene.tweens.add({ targets: figure.bodyPose, angle: { from: pose.body.angle - 4, to: pose.body.angle + 4 }, duration: 260, yoyo: true, repeat: -1, repeatDelay: 500, ease: 'Sine.easeInOut', delay: phase }),
        scene.tweens.add({ targets: headTargets, angle: pose.head.angle - 5, duration: 380, yoyo: true, repeat: -1, repeatDelay: 700, ease: 'Sine.easeInOut', delay: phase + 200 }),
      ]);
    case 'call':
      return stopAll([
        scene.tweens.add({ targets: figure.bodyPose, scale: 1.05, y: pose.body.y + 2, duration: 300, yoyo: true, repeat: -1, repeatDelay: 250, ease: 'Quad.easeOut', delay: phase }),
      ]);
    case 'laugh':
      return stopAll([
        scene.tweens.add({ targets: figure.bodyPose, y: pose.body.y - 1.6, duration: 110, yoyo: true, repeat: -1, repeatDelay: 60, delay: phase }),
        scene.tweens.add({ targets: headTargets, angle: pose.head.angle - 4, duration: 500, yoyo: true, repeat: -1, ease: 'Sine.easeInOut', delay: phase }),
      ]);
    case 'work': {
      const hand = figure.frontArms.filter((arm) => arm.hand.visible).slice(0, 1).flatMap((arm) => [arm.hand, arm.sleeve]);
      return stopAll([
        scene.tweens.add({ targets: hand, x: 3, duration: 300, yoyo: true, repeat: -1, ease: 'Sine.easeInOut', delay: phase }),
        scene.tweens.add({ targets: headTargets, y: `+=1.5`, duration: 1400, yoyo: true, repeat: -1, ease: 'Sine.easeInOut', delay: phase }),
      ]);
    }
  }
}

export type IdleMotion = 'glance' | 'wriggle' | 'whisper';

/** A one-off restless motion that returns the figure to its pose when done. */
export function playIdle(scene: Scene, figure: PupilFigure, idle: IdleMotion): void {
  const pose = figure.pose;
  if (!pose || pose.view === 'back') return;
  const headTargets = [figure.head, figure.hairBack];
  const side = Math.random() < 0.5 ? -1 : 1;
  switch (idle) {
    case 'glance':
      figure.eyes.setFrame(frameName('eyes', 'side', figure.level)).setScale(side * Math.abs(figure.eyes.scaleX), figure.eyes.scaleY);
      scene.tweens.add({
        targets: headTargets,
        angle: pose.head.angle + side * 8,
        duration: 380,
        yoyo: true,
        hold: 700,
        ease: 'Sine.easeInOut',
        onComplete: () => figure.pose && figure.applyPose(figure.pose),
      });
      return;
    case 'wriggle':
      scene.tweens.add({ targets: figure.bodyPose, angle: { from: pose.body.angle - 3, to: pose.body.angle + 3 }, duration: 200, yoyo: true, repeat: 2, ease: 'Sine.easeInOut', onComplete: () => figure.bodyPose.setAngle(pose.body.angle) });
      return;
    case 'whisper':
      figure.mouth.setFrame(frameName('mouth', 'talk', figure.level));
      scene.tweens.add({
        targets: headTargets,
        angle: pose.head.angle + side * 10,
        x: pose.head.x + side * 4,
        duration: 300,
        yoyo: true,
        hold: 1100,
        ease: 'Sine.easeInOut',
        onComplete: () => figure.pose && figure.applyPose(figure.pose),
      });
      return;
  }
}

/** Closes the eyes for a moment, if they are open. */
export function blink(scene: Scene, figure: PupilFigure): void {
  const pose = figure.pose;
  if (!pose || pose.view === 'back' || (pose.eyes !== 'open' && pose.eyes !== 'side')) return;
  figure.eyes.setFrame(frameName('eyes', 'shut', figure.level));
  scene.time.delayedCall(120, () => {
    if (figure.pose === pose) figure.eyes.setFrame(frameName('eyes', pose.eyes, figure.level));
  });
}
