/**
 * The debrief of a whole school year, from its finished chapters: each chapter's ending, score and class
 * profile; the teacher's position over the year (one trajectory per chapter, for the Roos); who grew
 * closer and who drifted away between the first day and the last; with whom the year ends in open
 * conflict; and who was overlooked all year. It
 * describes the year, never the player. Pure.
 */
import type { CirclePosition, PupilModel } from '../model/types.ts';
import type { Language } from '../scenario/vocabulary.ts';
import { classProfileOf } from '../scoring/classProfile.ts';
import { isOverlooked, scoreLesson } from '../scoring/score.ts';
import { rewind, type Run } from '../session/run.ts';
import type { SchoolYear } from '../scenario/schema.ts';

export interface YearChapterSummary {
  season: string;
  title: string;
  ending: string;
  score: number;
  classProfile: string;
}

export interface PupilChange {
  id: string;
  name: string;
  from: number;
  to: number;
}

export interface YearDebrief {
  title: string;
  chapters: YearChapterSummary[];
  /** The teacher's position after each decision with behaviour, one list per chapter. */
  trajectories: { season: string; positions: CirclePosition[] }[];
  meanScore: number;
  /** Pupils whose closeness rose most from the first day to the last (at most five). */
  grewCloser: PupilChange[];
  /** Pupils whose closeness fell most (at most five). */
  driftedAway: PupilChange[];
  /** Pupils with whom the year ends in open conflict (conflict at least as high as closeness, and at least 0.3). */
  unresolvedConflict: PupilChange[];
  /** Pupils who took part in a chapter and were overlooked in every chapter they took part in. */
  overlookedAllYear: string[];
  /** Pupils of the class who never had an individual positive word all year. */
  neverAddressed: string[];
}

/** Below this change in closeness (0–1) a pupil neither grew closer nor drifted away. */
const NOTICEABLE_CHANGE = 0.05;
const LISTED = 5;
/** From this conflict on (0–1), and not outweighed by closeness, a relationship ends the year unresolved. */
const UNRESOLVED_CONFLICT = 0.3;

export function yearDebriefOf(year: SchoolYear, finished: readonly Run[], lang: Language): YearDebrief {
  const first = finished[0];
  const last = finished.at(-1);
  if (!first || !last) throw new Error('a year debrief needs at least one finished chapter');
  const names = new Map(first.compiled.cast.pupils.map((pupil) => [pupil.id, pupil.name]));
  const nameOf = (id: string) => names.get(id) ?? id;

  const chapters = finished.map((run, index): YearChapterSummary => {
    const { scenario } = run.compiled;
    const context = run.snapshot.context;
    const score = scoreLesson(context.classroom);
    const ending = context.ending ? scenario.endings[context.ending] : undefined;
    return {
      season: year.chapters[index]?.season[lang] ?? year.chapters[index]?.season.nl ?? '',
      title: scenario.title[lang] ?? scenario.title.nl,
      ending: ending ? (ending.title[lang] ?? ending.title.nl) : '',
      score: score.total,
      classProfile: classProfileOf(score.meanPosition).label[lang],
    };
  });

  const before = rewind(first, 0).snapshot.context.classroom.pupils;
  const after = last.snapshot.context.classroom.pupils;
  const changes = Object.keys(after).map((id): PupilChange => ({ id, name: nameOf(id), from: before[id]?.closeness ?? 0, to: after[id]!.closeness }));
  const byChange = (a: PupilChange, b: PupilChange) => b.to - b.from - (a.to - a.from) || a.name.localeCompare(b.name);
  const grewCloser = changes.filter((change) => change.to - change.from >= NOTICEABLE_CHANGE).sort(byChange).slice(0, LISTED);
  const driftedAway = changes
    .filter((change) => change.from - change.to >= NOTICEABLE_CHANGE)
    .sort((a, b) => byChange(b, a))
    .slice(0, LISTED);

  const unresolvedConflict = Object.entries(after)
    .filter(([, pupil]) => pupil.conflict >= UNRESOLVED_CONFLICT && pupil.conflict >= pupil.closeness)
    .sort(([, a], [, b]) => b.conflict - a.conflict)
    .slice(0, LISTED)
    .map(([id, pupil]) => ({ id, name: nameOf(id), from: before[id]?.conflict ?? 0, to: pupil.conflict }));

  const pupilsPerChapter: Record<string, PupilModel>[] = finished.map((run) => run.snapshot.context.classroom.pupils);
  const ids = Object.keys(after);
  const overlookedAllYear = ids.filter((id) => {
    const takingPart = pupilsPerChapter.map((pupils) => pupils[id]).filter((pupil): pupil is PupilModel => pupil?.takesPart === true);
    return takingPart.length > 0 && takingPart.every(isOverlooked);
  });
  const neverAddressed = ids.filter((id) => pupilsPerChapter.every((pupils) => (pupils[id]?.contacts ?? 0) === 0 && !pupils[id]?.noted));

  return {
    title: year.title[lang] ?? year.title.nl,
    chapters,
    trajectories: finished.map((run, index) => ({ season: chapters[index]!.season, positions: run.snapshot.context.classroom.trajectory })),
    meanScore: chapters.reduce((sum, chapter) => sum + chapter.score, 0) / chapters.length,
    grewCloser,
    driftedAway,
    unresolvedConflict,
    overlookedAllYear: overlookedAllYear.map(nameOf).sort(),
    neverAddressed: neverAddressed.map(nameOf).sort(),
  };
}
