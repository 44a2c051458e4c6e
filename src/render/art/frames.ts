/**
 * Frame names in the parts atlas (`part:variant:level`) and the box every head part shares: anchored at the
 * neck base, so the head's parts stack on one origin and turn together.
 */
import type { Level } from '../../core/scenario/vocabulary.ts';
import type { Part } from './atlas.ts';
import type { Build } from './build.ts';
import type { Ctx } from './shapes.ts';

export const frameName = (part: string, variant: string, level: Level) => `${part}:${variant}:${level}`;

/** A part whose anchor is the neck base, in a box around the head and shoulders. */
export function headPart(name: string, b: Build, draw: (ctx: Ctx) => void, below = 30): Part {
  const top = -b.headY + b.headH / 2 + 24;
  return { name, width: b.headW + 64, height: top + below, anchorX: b.headW / 2 + 32, anchorY: top, draw };
}
