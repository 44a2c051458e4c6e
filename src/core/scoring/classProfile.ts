/**
 * Which of the eight class profiles of the interpersonal typology (Brekelmans; Wubbels & Levy; den Brok,
 * Brekelmans & Wubbels) a lesson resembles: the prototype nearest to the lesson's mean position. It
 * describes the lesson, never the player ("this lesson resembles …", not "you are …").
 */
import { PARAMS } from '../model/params.ts';
import type { CirclePosition } from '../model/types.ts';

export type ClassProfileKey = keyof typeof PARAMS.classProfiles;

export interface ClassProfile {
  key: ClassProfileKey;
  label: { nl: string; en: string };
  /** The prototype's position, for drawing it on the circle beside the lesson's. */
  prototype: CirclePosition;
}

/** The labels of the typology in Dutch and English. */
export const CLASS_PROFILE_LABELS: Readonly<Record<ClassProfileKey, { nl: string; en: string }>> = {
  directive: { nl: 'directief', en: 'directive' },
  authoritative: { nl: 'gezaghebbend', en: 'authoritative' },
  'tolerant-authoritative': { nl: 'tolerant-gezaghebbend', en: 'tolerant-authoritative' },
  tolerant: { nl: 'tolerant', en: 'tolerant' },
  'uncertain-tolerant': { nl: 'onzeker-tolerant', en: 'uncertain-tolerant' },
  'uncertain-aggressive': { nl: 'onzeker-agressief', en: 'uncertain-aggressive' },
  repressive: { nl: 'repressief', en: 'repressive' },
  drudging: { nl: 'moeizaam', en: 'drudging' },
};

/** The class profile whose prototype lies nearest to the lesson's mean position. */
export function classProfileOf(meanPosition: CirclePosition): ClassProfile {
  let nearest: ClassProfileKey = 'drudging';
  let nearestDistance = Infinity;
  for (const [key, prototype] of Object.entries(PARAMS.classProfiles) as [ClassProfileKey, CirclePosition][]) {
    const distance = Math.hypot(meanPosition.agency - prototype.agency, meanPosition.communion - prototype.communion);
    if (distance < nearestDistance) {
      nearest = key;
      nearestDistance = distance;
    }
  }
  return { key: nearest, label: CLASS_PROFILE_LABELS[nearest], prototype: { ...PARAMS.classProfiles[nearest] } };
}
