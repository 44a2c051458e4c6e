/**
 * Body proportions per level, in world units for a front-row figure (scale 1): teenagers are taller with
 * longer faces and broader shoulders; ten-year-olds have rounder, relatively bigger heads and bigger eyes.
 * The part bakers draw with these numbers and PupilFigure places the parts with the same numbers, so the two
 * never disagree. Head parts are anchored at the neck base; the head centre is `headY` above it.
 */
import type { Level } from '../../core/scenario/vocabulary.ts';

export interface Build {
  headW: number;
  headH: number;
  /** Head centre relative to the neck base (negative: above). */
  headY: number;
  neckW: number;
  /** Face parts relative to the head centre. */
  eyeY: number;
  eyeDX: number;
  eyeRX: number;
  eyeRY: number;
  browY: number;
  mouthY: number;
  shoulderW: number;
  /** Neck base to the desk's front edge when seated; neck base to the hips when standing is torsoH − 10. */
  torsoH: number;
  legH: number;
}

export const BUILDS: Readonly<Record<Level, Build>> = {
  secundair: {
    headW: 40,
    headH: 52,
    headY: -35,
    neckW: 13,
    eyeY: 3,
    eyeDX: 8.5,
    eyeRX: 3.7,
    eyeRY: 3.2,
    browY: -4.5,
    mouthY: 15,
    shoulderW: 84,
    torsoH: 80,
    legH: 112,
  },
  lager: {
    headW: 45,
    headH: 46,
    headY: -27,
    neckW: 12,
    eyeY: 4,
    eyeDX: 9.5,
    eyeRX: 4.3,
    eyeRY: 4.1,
    browY: -4,
    mouthY: 13,
    shoulderW: 66,
    torsoH: 62,
    legH: 84,
  },
};

/** Depth of the desk's top surface as seen from the front: the torso is hidden below it. */
export const DESK_BAND = 24;
