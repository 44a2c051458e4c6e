/**
 * An assignment in words, as the start card and the printed handout show it: the lecturer's title, what
 * is played (each situation by name, level and length; for a school year its title and its chapters) and
 * the settings in plain sentences. Always in the assignment's own language, which is the students'.
 */
import type { Assignment } from '../core/assignment/index.ts';
import type { SchoolYear, Scenario } from '../core/scenario/schema.ts';
import { STRINGS } from './strings.ts';

export interface AssignmentView {
  lang: Assignment['lang'];
  /** The lecturer's title, or undefined when they gave none. */
  title?: string;
  /** The school year's title, when the assignment is a year. */
  year?: string;
  /** The situations to play in order: on their own, or the year's chapters. */
  situations: { title: string; facts: string }[];
  /** "Taal: Nederlands", "Feedback: …", "Tijdsdruk: uit". */
  settings: string[];
}

export function assignmentView(assignment: Assignment, scenarios: readonly Scenario[], years: readonly SchoolYear[]): AssignmentView {
  const { lang } = assignment;
  const strings = STRINGS[lang];
  const byId = new Map(scenarios.map((scenario) => [scenario.id, scenario]));
  const year = assignment.year !== undefined ? years.find((candidate) => candidate.id === assignment.year) : undefined;
  const ids = year ? year.chapters.map((chapter) => chapter.scenario) : (assignment.situations ?? []);
  const situations = ids.flatMap((id) => {
    const scenario = byId.get(id);
    if (!scenario) return [];
    const level = scenario.level === 'lager' ? strings.levelLager : strings.levelSecundair;
    return [{ title: scenario.title[lang] ?? scenario.title.nl, facts: `${level} · ${strings.minutes(scenario.lessonMinutes)}` }];
  });
  const feedback = { full: strings.assignmentFeedbackFull, words: strings.assignmentFeedbackWords, reflection: strings.assignmentFeedbackReflection }[assignment.feedback];
  return {
    lang,
    ...(assignment.title !== undefined ? { title: assignment.title } : {}),
    ...(year ? { year: year.title[lang] ?? year.title.nl } : {}),
    situations,
    settings: [
      strings.assignmentLanguageLine(lang === 'nl' ? strings.languageNl : strings.languageEn),
      feedback,
      assignment.timePressure ? strings.assignmentTimeOn : strings.assignmentTimeOff,
    ],
  };
}

/** A short name for the assignment bar: the title, else the year, else how many situations. */
export function assignmentName(view: AssignmentView): string {
  const strings = STRINGS[view.lang];
  return view.title ?? view.year ?? (view.situations.length === 1 ? view.situations[0]!.title : strings.assignmentSituationCount(view.situations.length));
}
