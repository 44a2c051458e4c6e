/**
 * The lecturer's guide to one scenario as plain data: everything already said in words in one language
 * (behaviour, targets, effects, conditions), so the renderers (Markdown, HTML, the in-game print view)
 * only lay it out and never interpret the scenario themselves. Built by build.ts.
 */
import type { Language, Myth } from '../scenario/vocabulary.ts';

export interface GuideDocument {
  lang: Language;
  scenarioId: string;
  title: string;
  summary: string;
  /** "secundair onderwijs" / "secondary school". */
  level: string;
  lessonMinutes: number;
  /** The lesson length in words: "50 minuten" / "50 minutes". */
  duration: string;
  castName: string;
  myth: { key: Myth; statement: string };
  goals: string[];
  evidence: GuideEvidence[];
  questions: {
    /** The scenario's own reflection questions, in their order. */
    fromScenario: string[];
    /** Questions on the myth the scenario addresses, the same for every scenario on that myth. */
    onTheMyth: string[];
  };
  /** The pupils who take part and the adults who speak or are spoken to, in cast order. */
  people: GuidePerson[];
  /** Every beat, start first, then breadth-first along where each leads. */
  script: GuideBeat[];
  endings: GuideEnding[];
}

export interface GuideEvidence {
  source: string;
  note: string;
}

export interface GuidePerson {
  id: string;
  name: string;
  kind: 'pupil' | 'adult';
  /** Temperament, interests, vulnerable (a pupil); role (an adult). */
  description: string;
  /** What colleagues say about the pupil before you meet them. */
  reputation?: string;
  /** Where the bond stands at the start, when the scenario sets it: "nabijheid 0.2, conflict 0.3". */
  startingState?: string;
}

/** Where something leads: a beat of the script or an ending, with the label the reader looks for. */
export interface GuideLink {
  kind: 'beat' | 'ending';
  id: string;
  /** The element id a link can jump to (HTML), e.g. `guide-beat-kobe`. */
  anchor: string;
  /** "4 · kobe" for a beat, "einde: Vierentwintig namen" for an ending. */
  label: string;
}

export interface GuideLine {
  speaker: string;
  name: string;
  text: string;
}

export interface GuideReaction {
  narration?: string;
  lines: GuideLine[];
}

/** What a choice or a time-up does, in words. */
export interface GuideAction {
  /** "sturend 0.5, vriendelijk 0.4", or a sentence saying there is no behaviour towards pupils. */
  behaviour: string;
  /** "Kobe", "de klas", "elke leerling apart" … */
  target: string;
  /** "1 min", "0.5 min", "geen lestijd". */
  minutes: string;
  /** One sentence per effect: "Kobe: nabijheid +0.1". */
  effects: string[];
  reaction?: GuideReaction;
  /** Absent for an incident's choice: the lesson goes on where it was. */
  leadsTo?: GuideLink;
}

export interface GuideOption extends GuideAction {
  /** 1, 2, 3 … as the player sees them (when offered). */
  number: number;
  id?: string;
  text: string;
  /** When the option is offered only under a condition: the condition in words. */
  onlyIf?: string;
}

export interface GuideTimeLimit extends GuideAction {
  seconds: number;
}

export interface GuideBranch {
  /** The condition in words, as a clause after "als" / "if". */
  condition: string;
  leadsTo: GuideLink;
}

export interface GuideIncident {
  id: string;
  anchor: string;
  /** When it starts, in words: at which beat, under which condition, interrupting or waiting. */
  start: string;
  stage: string[];
  narration?: string;
  lines: GuideLine[];
  options: GuideOption[];
  timeLimit?: GuideTimeLimit;
}

export interface GuideBeat {
  /** Position in the script, from 1. */
  number: number;
  id: string;
  anchor: string;
  phase?: string;
  /** "aan de klasdeur" / "at the classroom door". */
  place: string;
  /** Stage directions in words: "Kobe: roept", "de klas: lacht". */
  stage: string[];
  narration?: string;
  lines: GuideLine[];
  /** choices: the player picks; branches: the game routes at once; continue: a "Verder" button. */
  kind: 'choices' | 'branches' | 'continue';
  options: GuideOption[];
  timeLimit?: GuideTimeLimit;
  branches: GuideBranch[];
  /** For a routing beat: where it goes when no branch holds. */
  otherwise?: GuideLink;
  /** For a beat that simply continues. */
  next?: GuideLink;
  /** Incidents that start at this beat. */
  incidents: GuideIncident[];
  /** Not reachable from the start along next and branches (a file that has not passed the path check). */
  unreachable?: boolean;
}

export interface GuideDebriefNote {
  /** Shown only when this holds at the end of the path (a clause after "als" / "if"). */
  condition?: string;
  text: string;
}

export interface GuideEnding {
  id: string;
  anchor: string;
  title: string;
  narration: string;
  /** How the ending is reached: from which beat, by which choice or branch, in words. */
  reachedFrom: string[];
  notes: GuideDebriefNote[];
}
