/**
 * Mounting the classroom in the element the UI gives: a stage that holds the canvas and, over it, the names
 * layer; then the game, resolved once the Classroom scene has drawn the first view model. The returned
 * ClassroomView is all the rest of the game sees of rendering.
 */
import type { Game } from 'phaser';
import type { Language } from '../core/scenario/vocabulary.ts';
import type { ViewModel } from '../core/session/view.ts';
import type { Classroom } from './Classroom.ts';
import { startGame } from './gameConfig.ts';
import { NameLayer } from './NameLayer.ts';
import './classroom.css';

export interface ClassroomView {
  /** Draw this view model (called after every event); must be cheap and idempotent. */
  update(view: ViewModel): void;
  /** The Phaser game, for tests and the benchmark (frame counting: game.loop.frame). */
  readonly game: Game;
  destroy(): void;
}

export interface ClassroomOptions {
  reducedMotion: boolean;
  lang: Language;
}

export function mountClassroom(parent: HTMLElement, first: ViewModel, options: ClassroomOptions): Promise<ClassroomView> {
  const stage = document.createElement('div');
  stage.className = 'kd-stage';
  const host = document.createElement('div');
  host.className = 'kd-canvas-host';
  const names = new NameLayer(options.lang);
  stage.append(host, names.element);
  parent.append(stage);
  // A host with no height of its own gets the game's shape instead of collapsing to nothing.
  if (stage.clientHeight === 0) stage.classList.add('kd-stage--auto-height');

  return new Promise((resolve) => {
    let game: Game;
    const ready = (scene: Classroom) => {
      let destroyed = false;
      resolve({
        game,
        update(view) {
          if (!destroyed && scene.sys.isActive()) scene.show(view);
        },
        destroy() {
          if (destroyed) return;
          destroyed = true;
          game.destroy(true);
          names.destroy();
          stage.remove();
        },
      });
    };
    game = startGame(host, { view: first, reducedMotion: options.reducedMotion, names, ready });
  });
}
