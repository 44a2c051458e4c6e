/**
 * A pupil's look for drawing: what the cast sets, and for each part it leaves out a choice derived from
 * the pupil's id (a small string hash), so a pupil looks the same every time without anyone having to
 * describe every pupil. Pure: rendering draws what this returns.
 */
import type { Look, Pupil } from '../scenario/schema.ts';
import { CLOTHES_COLOURS, HAIR_COLOURS, HAIR_STYLES, SKIN_TONES } from '../scenario/vocabulary.ts';

export type FullLook = Required<Look>;

/** FNV-1a over the id: stable across runs and machines. */
function hashOf(text: string, salt: number): number {
  let hash = 0x811c9dc5 ^ salt;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function pick<T>(list: readonly T[], id: string, salt: number): T {
  return list[hashOf(id, salt) % list.length]!;
}

export function lookOf(pupil: Pick<Pupil, 'id' | 'look'>): FullLook {
  const set = pupil.look ?? {};
  return {
    skin: set.skin ?? pick(SKIN_TONES, pupil.id, 1),
    // A headscarf is a person's own choice, never derived: only the cast can set it.
    hair: set.hair ?? pick(
      HAIR_STYLES.filter((style) => style !== 'hoofddoek'),
      pupil.id,
      2,
    ),
    hairColour: set.hairColour ?? pick(HAIR_COLOURS, pupil.id, 3),
    clothes: set.clothes ?? pick(CLOTHES_COLOURS, pupil.id, 4),
    glasses: set.glasses ?? hashOf(pupil.id, 5) % 5 === 0,
  };
}
