/**
 * A pupil's visible state in a few words, for the names layer ("Kobe — steekt de vinger op" / "Kobe — hand
 * up"): what the figure on the canvas shows, said for people who cannot see it. The stage direction wins;
 * without one, posture and mood. Words are chosen to need no pronoun, since the view model carries none.
 */
import type { PupilView } from './view.ts';
import type { Language, PupilAction } from '../scenario/vocabulary.ts';

type Words = Readonly<Record<Language, string>>;

const DOING: Readonly<Record<PupilAction, Words>> = {
  binnenkomen: { nl: 'komt binnen', en: 'coming in' },
  kletsen: { nl: 'kletst met de buur', en: 'chatting' },
  roepen: { nl: 'roept iets', en: 'calling out' },
  fluisteren: { nl: 'fluistert', en: 'whispering' },
  wiebelen: { nl: 'wiebelt', en: 'fidgeting' },
  'vinger-op': { nl: 'steekt de vinger op', en: 'hand up' },
  werken: { nl: 'werkt', en: 'working' },
  wegkijken: { nl: 'kijkt weg', en: 'looking away' },
  terugtrekken: { nl: 'trekt zich terug', en: 'withdrawn' },
  lachen: { nl: 'lacht', en: 'laughing' },
  vertrekken: { nl: 'vertrekt', en: 'leaving' },
};

const POSTURE = {
  'turned-away': { nl: 'draait zich af', en: 'turned away' },
  slumped: { nl: 'hoofd op de bank', en: 'head on the desk' },
  leaning: { nl: 'leunt op de hand', en: 'chin in hand' },
} as const satisfies Record<string, Words>;

const MOOD: Readonly<Record<PupilView['mood'], Words>> = {
  happy: { nl: 'vrolijk', en: 'cheerful' },
  neutral: { nl: 'let op', en: 'attentive' },
  bored: { nl: 'verveelt zich', en: 'bored' },
  upset: { nl: 'boos', en: 'upset' },
};

const SPEAKING: Words = { nl: 'zegt iets', en: 'speaking' };
export const DASH = ' — ';

export function stateWords(pupil: PupilView, lang: Language): string {
  const parts: string[] = [];
  if (pupil.speaking) parts.push(SPEAKING[lang]);
  if (pupil.doing) parts.push(DOING[pupil.doing][lang]);
  else if (pupil.posture !== 'upright') {
    parts.push(POSTURE[pupil.posture][lang]);
    if (pupil.posture === 'leaning' && pupil.mood !== 'neutral') parts.push(MOOD[pupil.mood][lang]);
  } else parts.push(MOOD[pupil.mood][lang]);
  return parts.join(', ');
}

export const labelOf = (pupil: PupilView, lang: Language) => `${pupil.name}${DASH}${stateWords(pupil, lang)}`;
