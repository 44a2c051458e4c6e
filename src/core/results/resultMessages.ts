/**
 * What a dashboard says, in Dutch and English, about a results file it refused (a problem) or took with
 * a caution (a warning). The kinds are listed here so parseResult.ts and the dashboard share them
 * without the dashboard's words pulling in zod.
 */
import type { Language } from '../scenario/vocabulary.ts';

export const RESULT_PROBLEMS = ['too-large', 'not-json', 'not-a-result', 'newer-version', 'wrong-shape'] as const;
export type ResultProblem = (typeof RESULT_PROBLEMS)[number];

export const RESULT_WARNINGS = ['unknown-situation', 'changed-situation'] as const;
export type ResultWarning = (typeof RESULT_WARNINGS)[number];

export const RESULT_MESSAGES: Readonly<Record<ResultProblem | ResultWarning, Readonly<Record<Language, string>>>> = {
  'too-large': {
    nl: 'Dit bestand is te groot voor een Klasdeur-resultaat en werd niet gelezen.',
    en: 'This file is too large to be a Klasdeur result and was not read.',
  },
  'not-json': {
    nl: 'Dit bestand is geen JSON-bestand. Kies het .json-bestand dat Klasdeur bij de nabespreking maakte.',
    en: 'This file is not a JSON file. Choose the .json file Klasdeur made at the debrief.',
  },
  'not-a-result': {
    nl: 'Dit is geen resultaat van Klasdeur.',
    en: 'This is not a Klasdeur result.',
  },
  'newer-version': {
    nl: 'Dit resultaat komt uit een nieuwere versie van Klasdeur. Open het dashboard in die versie.',
    en: 'This result comes from a newer version of Klasdeur. Open the dashboard in that version.',
  },
  'wrong-shape': {
    nl: 'Dit resultaat is beschadigd of werd met de hand aangepast, en werd niet ingelezen.',
    en: 'This result is damaged or was edited by hand, and was not read in.',
  },
  'unknown-situation': {
    nl: 'Deze situatie kent dit dashboard niet. De keuzes worden getoond zoals ze in het bestand staan.',
    en: 'This dashboard does not know this situation. The choices are shown as they are in the file.',
  },
  'changed-situation': {
    nl: 'Deze situatie werd aangepast sinds dit resultaat gespeeld werd. Keuzes kunnen afwijken van de huidige versie.',
    en: 'This situation has been changed since this result was played. Choices may differ from the current version.',
  },
};
