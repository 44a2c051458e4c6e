/**
 * The guide's own words in Dutch and English: headings and field names the renderers print, and the names
 * of the fixed lists that vocabulary.ts has no labels for (levels, adult roles, what pupils do). Scenario
 * texts come from the scenario file; sentences about conditions and actions are made in words.ts and
 * conditionWords.ts.
 */
import type { AdultRole, Language, Level, PupilAction } from '../scenario/vocabulary.ts';
import type { GuideDocument } from './model.ts';

type Words = Readonly<Record<Language, string>>;

export interface GuideLabels {
  kicker: string;
  level: string;
  duration: string;
  castName: string;
  scenarioFile: string;
  myth: string;
  mythNote: string;
  goals: string;
  evidence: string;
  questions: string;
  questionsFromScenario: string;
  questionsOnTheMyth: string;
  people: string;
  reputation: string;
  startingState: string;
  script: string;
  scriptIntro: string;
  phase: string;
  stage: string;
  choices: string;
  behaviour: string;
  target: string;
  minutes: string;
  effects: string;
  onlyIf: string;
  reaction: string;
  leadsTo: string;
  lessonGoesOn: string;
  timeLimit: (seconds: number) => string;
  timeLimitNote: string;
  whenTimeIsUp: string;
  branches: string;
  branchIf: string;
  otherwise: string;
  continueTo: string;
  incident: (id: string) => string;
  unreachable: string;
  endings: string;
  ending: string;
  reachedFrom: string;
  debrief: string;
  noteIf: string;
  print: string;
  back: string;
}

export const GUIDE_LABELS: Readonly<Record<Language, GuideLabels>> = {
  nl: {
    kicker: 'Gids voor lerarenopleiders',
    level: 'Niveau',
    duration: 'Lesduur',
    castName: 'Klas',
    scenarioFile: 'Scenario',
    myth: 'De mythe',
    mythNote: 'De speler hoort de mythe pas in de nabespreking: verklap ze niet vooraf.',
    goals: 'Doelen',
    evidence: 'Waarop het scenario steunt',
    questions: 'Vragen voor de nabespreking',
    questionsFromScenario: 'Uit het scenario',
    questionsOnTheMyth: 'Over de mythe',
    people: 'Wie speelt mee',
    reputation: 'Wat collega’s zeggen',
    startingState: 'Bij het begin',
    script: 'Het script',
    scriptIntro:
      'Elk moment van het scenario, het begin eerst en daarna in de volgorde waarin je ze kunt bereiken. Gedrag staat als gewichten op de Roos van Leary; nabijheid, conflict en betrokkenheid zijn getallen van 0 tot 1.',
    phase: 'Fase',
    stage: 'Regie',
    choices: 'Keuzes',
    behaviour: 'Gedrag',
    target: 'Tot wie',
    minutes: 'Lestijd',
    effects: 'Effecten',
    onlyIf: 'Alleen als',
    reaction: 'Reactie',
    leadsTo: 'Gaat naar',
    lessonGoesOn: 'de les gaat verder waar ze was',
    timeLimit: (seconds) => `Tijdslimiet: ${seconds} seconden`,
    timeLimitNote: 'Na een leespauze die met de tekst meegroeit; de instelling “geen tijdsdruk” schakelt ze uit.',
    whenTimeIsUp: 'Als de tijd om is',
    branches: 'Vertakking: het spel kiest meteen de eerste tak die klopt',
    branchIf: 'Als',
    otherwise: 'Anders',
    continueTo: 'Verder naar',
    incident: (id) => `Incident: ${id}`,
    unreachable: 'Dit moment is vanaf het begin niet bereikbaar.',
    endings: 'Eindes',
    ending: 'Einde',
    reachedFrom: 'Bereikt',
    debrief: 'Nabespreking',
    noteIf: 'Als',
    print: 'Druk af',
    back: 'Terug',
  },
  en: {
    kicker: 'Guide for teacher educators',
    level: 'Level',
    duration: 'Lesson length',
    castName: 'Class',
    scenarioFile: 'Scenario',
    myth: 'The myth',
    mythNote: 'Players learn the myth only in the debrief: don’t give it away beforehand.',
    goals: 'Goals',
    evidence: 'What the scenario rests on',
    questions: 'Questions for the debrief',
    questionsFromScenario: 'From the scenario',
    questionsOnTheMyth: 'On the myth',
    people: 'Who takes part',
    reputation: 'What colleagues say',
    startingState: 'At the start',
    script: 'The script',
    scriptIntro:
      'Every moment of the scenario, the start first, then in the order in which they can be reached. Behaviour is given as weights on the interpersonal circle (Roos van Leary); closeness, conflict and engagement are numbers from 0 to 1.',
    phase: 'Phase',
    stage: 'Stage directions',
    choices: 'Choices',
    behaviour: 'Behaviour',
    target: 'Aimed at',
    minutes: 'Lesson time',
    effects: 'Effects',
    onlyIf: 'Only if',
    reaction: 'Reaction',
    leadsTo: 'Leads to',
    lessonGoesOn: 'the lesson goes on where it was',
    timeLimit: (seconds) => `Time limit: ${seconds} seconds`,
    timeLimitNote: 'After a reading pause that grows with the text; the “no time pressure” setting switches it off.',
    whenTimeIsUp: 'When time is up',
    branches: 'Branches: the game takes the first one that holds, at once',
    branchIf: 'If',
    otherwise: 'Otherwise',
    continueTo: 'Continues to',
    incident: (id) => `Incident: ${id}`,
    unreachable: 'This moment cannot be reached from the start.',
    endings: 'Endings',
    ending: 'Ending',
    reachedFrom: 'Reached',
    debrief: 'Debrief',
    noteIf: 'If',
    print: 'Print',
    back: 'Back',
  },
};

/** The guide's headings and field names in its language. */
export const labelsOf = (guide: Pick<GuideDocument, 'lang'>): GuideLabels => GUIDE_LABELS[guide.lang];

export const LEVEL_LABELS: Readonly<Record<Level, Words>> = {
  lager: { nl: 'lager onderwijs', en: 'primary school' },
  secundair: { nl: 'secundair onderwijs', en: 'secondary school' },
};

export const ROLE_LABELS: Readonly<Record<AdultRole, Words>> = {
  klastitularis: { nl: 'klastitularis', en: 'form teacher' },
  leerlingenbegeleider: { nl: 'leerlingenbegeleider', en: 'pupil counsellor' },
  collega: { nl: 'collega', en: 'colleague' },
  directie: { nl: 'directie', en: 'school leadership' },
  stagementor: { nl: 'stagementor', en: 'placement mentor' },
  ouder: { nl: 'ouder', en: 'parent' },
};

/** What pupils do in a stage direction, as a stage direction reads: "Kobe: roepen" / "Kobe: calling out". */
export const ACTION_LABELS: Readonly<Record<PupilAction, Words>> = {
  binnenkomen: { nl: 'binnenkomen', en: 'coming in' },
  kletsen: { nl: 'kletsen', en: 'chatting' },
  roepen: { nl: 'roepen', en: 'calling out' },
  fluisteren: { nl: 'fluisteren', en: 'whispering' },
  wiebelen: { nl: 'wiebelen', en: 'fidgeting' },
  'vinger-op': { nl: 'vinger opsteken', en: 'hand up' },
  werken: { nl: 'werken', en: 'working' },
  wegkijken: { nl: 'wegkijken', en: 'looking away' },
  terugtrekken: { nl: 'zich terugtrekken', en: 'withdrawing' },
  lachen: { nl: 'lachen', en: 'laughing' },
  vertrekken: { nl: 'vertrekken', en: 'leaving' },
};
