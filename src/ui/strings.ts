/**
 * The interface's own words in Dutch and English (scenario texts come from the scenario files). One
 * table, so a language switch changes everything at once.
 */
import type { Language } from '../core/scenario/vocabulary.ts';

const nl = {
  chooseSituation: 'Kies een situatie',
  noSituations: 'Er zijn nog geen situaties om te spelen.',
  levelLager: 'Lager onderwijs',
  levelSecundair: 'Secundair onderwijs',
  minutes: (n: number) => `${n} minuten`,
  play: 'Speel',
  resume: 'Verder spelen',
  restart: 'Opnieuw beginnen',
  minuteOf: (used: number, total: number) => `Minuut ${Math.round(used)} van ${total}`,
  minutesLeft: (left: number) => `nog ${Math.round(left)} min`,
  whatDoYouDo: 'Wat doe je?',
  meanwhile: 'Intussen… wat doe je?',
  continue: 'Verder',
  secondsLeft: (s: number) => `Nog ${s} s om te kiezen`,
  timeUp: 'De tijd is om.',
  keysHint: 'Kies met de cijfertoetsen 1–9, of met Tab en Enter.',
  structure: 'Structuur',
  closeness: 'Nabijheid',
  meters: 'Hoe de klas je nu ziet',
  ending: 'Einde',
  score: (n: number) => `Score: ${Math.round(n)} van 100`,
  backToSituations: 'Terug naar de situaties',
  playAgain: 'Speel opnieuw',
  changedScenario: 'Deze situatie is intussen aangepast. Je vorige poging kan niet verder; je begint opnieuw.',
  saveFailed: 'Je voortgang kon niet bewaard worden (de opslag van je browser is vol of uitgeschakeld). Je kan gewoon verder spelen.',
  classroom: 'De klas',
  says: (name: string) => `${name} zegt`,
} as const;

export type Strings = { [K in keyof typeof nl]: (typeof nl)[K] extends (...args: infer A) => string ? (...args: A) => string : string };

const en: Strings = {
  chooseSituation: 'Choose a situation',
  noSituations: 'There are no situations to play yet.',
  levelLager: 'Primary school',
  levelSecundair: 'Secondary school',
  minutes: (n) => `${n} minutes`,
  play: 'Play',
  resume: 'Continue',
  restart: 'Start again',
  minuteOf: (used, total) => `Minute ${Math.round(used)} of ${total}`,
  minutesLeft: (left) => `${Math.round(left)} min left`,
  whatDoYouDo: 'What do you do?',
  meanwhile: 'Meanwhile… what do you do?',
  continue: 'Continue',
  secondsLeft: (s) => `${s} s left to choose`,
  timeUp: 'Time is up.',
  keysHint: 'Choose with the number keys 1–9, or with Tab and Enter.',
  structure: 'Structure',
  closeness: 'Closeness',
  meters: 'How the class sees you now',
  ending: 'Ending',
  score: (n) => `Score: ${Math.round(n)} out of 100`,
  backToSituations: 'Back to the situations',
  playAgain: 'Play again',
  changedScenario: 'This situation has been changed since. Your earlier attempt cannot go on; you start again.',
  saveFailed: "Your progress could not be saved (your browser's storage is full or switched off). You can go on playing.",
  classroom: 'The class',
  says: (name) => `${name} says`,
};

export const STRINGS: Record<Language, Strings> = { nl, en };
