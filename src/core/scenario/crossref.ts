/**
 * Checks that need the whole file, and the cast, but no compiler: does every `next` name a beat or an
 * ending, does every pupil exist in the cast, is each beat of exactly one kind, is every text in English
 * too. Works on the raw parsed data, defensively, so it can run beside the schema check and still say
 * everything at once; load.ts drops what it says about a part the schema already rejected.
 */
import { closestWord } from './hints.ts';
import type { Finding, PathPart } from './problems.ts';
import type { Cast } from './schema.ts';
import { OCTANTS } from './vocabulary.ts';

type Raw = Record<string, unknown>;

function asRecord(value: unknown): Raw | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : undefined;
}
function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
function hintFor(word: string, candidates: Iterable<string>): { hint?: string } {
  const hint = closestWord(word, candidates);
  return hint === undefined ? {} : { hint };
}

export interface CrossRefOptions {
  /** The cast this scenario names, when it was found. */
  cast?: Cast;
  /** Ids of every cast the checker knows, for the hint when the named cast is not among them. */
  knownCasts: readonly string[];
  /** A lecturer's own file: missing English is a warning instead of an error. */
  lenient: boolean;
}

export function crossCheckScenario(data: unknown, options: CrossRefOptions): Finding[] {
  const scenario = asRecord(data);
  if (!scenario) return [];
  const findings: Finding[] = [];
  const beats = asRecord(scenario.beats) ?? {};
  const endings = asRecord(scenario.endings) ?? {};
  const incidents = asRecord(scenario.incidents) ?? {};
  const beatIds = Object.keys(beats);
  const destinations = [...beatIds, ...Object.keys(endings)];

  if (asRecord(scenario.beats) && beatIds.length === 0) findings.push({ code: 'no-beats', path: ['beats'] });
  if (asRecord(scenario.endings) && Object.keys(endings).length === 0) findings.push({ code: 'no-endings', path: ['endings'] });
  for (const id of Object.keys(endings)) {
    if (id in beats) findings.push({ code: 'duplicate-id', path: ['endings', id], atKey: true, params: { id } });
  }

  const start = asString(scenario.start);
  if (start !== undefined && !(start in beats)) {
    findings.push({ code: 'unknown-start', path: ['start'], params: { target: start, ...hintFor(start, beatIds) } });
  }

  const castId = asString(scenario.cast);
  const cast = options.cast;
  if (castId !== undefined && !cast) {
    findings.push({ code: 'unknown-cast', path: ['cast'], params: { target: castId, ...hintFor(castId, options.knownCasts) } });
  }
  if (cast && typeof scenario.level === 'string' && scenario.level !== cast.level) {
    findings.push({
      code: 'level-mismatch',
      path: ['level'],
      params: { level: scenario.level, cast: cast.id, castLevel: cast.level },
    });
  }

  const pupilIds = cast?.pupils.map((pupil) => pupil.id) ?? [];
  const adultIds = cast?.adults?.map((adult) => adult.id) ?? [];
  const pupil = (value: unknown, path: PathPart[]) => {
    const id = asString(value);
    if (cast && id !== undefined && !pupilIds.includes(id)) {
      findings.push({ code: 'unknown-pupil', path, params: { target: id, cast: cast.id, ...hintFor(id, pupilIds) } });
    }
  };
  const pupilList = (value: unknown, path: PathPart[]) => {
    if (value === 'klas') return;
    asArray(value).forEach((id, i) => pupil(id, [...path, i]));
  };
  const speaker = (value: unknown, path: PathPart[]) => {
    const id = asString(value);
    if (cast && id !== undefined && !pupilIds.includes(id) && !adultIds.includes(id)) {
      findings.push({
        code: 'unknown-speaker',
        path,
        params: { target: id, cast: cast.id, ...hintFor(id, [...pupilIds, ...adultIds]) },
      });
    }
  };
  const lines = (value: unknown, path: PathPart[]) =>
    asArray(value).forEach((line, i) => speaker(asRecord(line)?.speaker, [...path, i, 'speaker']));
  const stage = (value: unknown, path: PathPart[]) =>
    asArray(value).forEach((direction, i) => pupilList(asRecord(direction)?.who, [...path, i, 'who']));
  const next = (value: unknown, path: PathPart[], from: string) => {
    const target = asString(value);
    if (target !== undefined && !destinations.includes(target)) {
      findings.push({ code: 'unknown-next', path, params: { from, target, ...hintFor(target, destinations) } });
    }
  };

  const condition = (value: unknown, path: PathPart[]): void => {
    const c = asRecord(value);
    if (!c) return;
    for (const measure of ['closeness', 'conflict', 'engagement'] as const) {
      const m = asRecord(c[measure]);
      if (m) {
        pupil(m.pupil, [...path, measure, 'pupil']);
        range(m, [...path, measure]);
      }
    }
    for (const measure of ['agency', 'communion', 'meanAgency', 'meanCommunion', 'minutesLeft'] as const) {
      const m = asRecord(c[measure]);
      if (m) range(m, [...path, measure]);
    }
    const chose = asRecord(c.chose);
    if (chose) {
      const beatId = asString(chose.beat);
      const choiceId = asString(chose.choice);
      // `beat` may also name an incident: its choices are keyed the same way (incident/choice).
      const owners = { ...incidents, ...beats };
      if (beatId !== undefined && !(beatId in owners)) {
        findings.push({ code: 'unknown-beat', path: [...path, 'chose', 'beat'], params: { target: beatId, ...hintFor(beatId, [...beatIds, ...Object.keys(incidents)]) } });
      } else if (beatId !== undefined && choiceId !== undefined) {
        const ids = asArray(asRecord(owners[beatId])?.choices)
          .map((choice) => asString(asRecord(choice)?.id))
          .filter((id): id is string => id !== undefined);
        if (!ids.includes(choiceId)) {
          findings.push({
            code: 'unknown-choice',
            path: [...path, 'chose', 'choice'],
            params: { beat: beatId, target: choiceId, ...hintFor(choiceId, ids) },
          });
        }
      }
    }
    for (const group of ['all', 'any'] as const) asArray(c[group]).forEach((inner, i) => condition(inner, [...path, group, i]));
    if (c.not !== undefined) condition(c.not, [...path, 'not']);
  };
  const range = (r: Raw, path: PathPart[]) => {
    const atLeast = r.atLeast;
    const below = r.below;
    if (atLeast === undefined && below === undefined) findings.push({ code: 'empty-range', path });
    else if (typeof atLeast === 'number' && typeof below === 'number' && atLeast >= below) {
      findings.push({ code: 'empty-range-order', path });
    }
  };
  const behaviour = (value: unknown, path: PathPart[]) => {
    const b = asRecord(value);
    if (!b) return;
    const sum = OCTANTS.reduce((total, octant) => total + (typeof b[octant] === 'number' ? (b[octant] as number) : 0), 0);
    if (sum === 0) findings.push({ code: 'behaviour-empty', path });
    else if (sum > 1 + 1e-9) findings.push({ code: 'behaviour-too-heavy', path, params: { sum: Math.round(sum * 100) / 100 } });
  };
  const target = (value: unknown, path: PathPart[]) => {
    const t = asRecord(value);
    if (!t) return;
    pupilList(t.pupils, [...path, 'pupils']);
    const adult = asString(t.adult);
    if (cast && adult !== undefined && !adultIds.includes(adult)) {
      findings.push({
        code: 'unknown-adult',
        path: [...path, 'adult'],
        params: { target: adult, cast: cast.id, ...hintFor(adult, adultIds) },
      });
    }
  };
  /** The parts a choice and a time limit share: behaviour, target, effects, reaction. */
  const consequence = (raw: Raw, path: PathPart[]) => {
    behaviour(raw.behaviour, [...path, 'behaviour']);
    target(raw.target, [...path, 'target']);
    asArray(raw.effects).forEach((effect, i) => pupilList(asRecord(effect)?.pupils, [...path, 'effects', i, 'pupils']));
    lines(asRecord(raw.reaction)?.lines, [...path, 'reaction', 'lines']);
  };
  const choices = (value: unknown, path: PathPart[], from: string, withNext: boolean) => {
    const seen = new Set<string>();
    asArray(value).forEach((item, i) => {
      const choice = asRecord(item);
      if (!choice) return;
      const choicePath = [...path, i];
      const id = asString(choice.id);
      if (id !== undefined && seen.has(id)) findings.push({ code: 'duplicate-id', path: [...choicePath, 'id'], params: { id } });
      if (id !== undefined) seen.add(id);
      consequence(choice, choicePath);
      if (choice.if !== undefined) condition(choice.if, [...choicePath, 'if']);
      if (withNext) next(choice.next, [...choicePath, 'next'], from);
    });
  };

  pupilList(scenario.present, ['present']);
  for (const id of Object.keys(asRecord(scenario.startingState) ?? {})) pupil(id, ['startingState', id]);

  for (const [beatId, value] of Object.entries(beats)) {
    const beat = asRecord(value);
    if (!beat) continue;
    const path = ['beats', beatId];
    const hasChoices = beat.choices !== undefined;
    const hasBranches = beat.branches !== undefined;
    const hasNext = beat.next !== undefined;
    if (Number(hasChoices) + Number(hasBranches) + Number(hasNext) !== 1) {
      findings.push({ code: 'beat-kind', path, atKey: true });
    }
    if (hasBranches && beat.otherwise === undefined) findings.push({ code: 'branches-without-otherwise', path: [...path, 'branches'], atKey: true });
    if (!hasBranches && beat.otherwise !== undefined) findings.push({ code: 'otherwise-without-branches', path: [...path, 'otherwise'], atKey: true });
    if (hasBranches) {
      for (const key of ['narration', 'lines', 'pupils']) {
        if (beat[key] !== undefined) findings.push({ code: 'router-shows-nothing', path: [...path, key], atKey: true, params: { key } });
      }
    }
    if (beat.timeLimit !== undefined && !hasChoices) findings.push({ code: 'time-limit-without-choices', path: [...path, 'timeLimit'], atKey: true });

    stage(beat.pupils, [...path, 'pupils']);
    lines(beat.lines, [...path, 'lines']);
    choices(beat.choices, [...path, 'choices'], beatId, true);
    const timeLimit = asRecord(beat.timeLimit);
    if (timeLimit) {
      consequence(timeLimit, [...path, 'timeLimit']);
      next(timeLimit.next, [...path, 'timeLimit', 'next'], beatId);
    }
    asArray(beat.branches).forEach((item, i) => {
      const branch = asRecord(item);
      if (!branch) return;
      condition(branch.if, [...path, 'branches', i, 'if']);
      next(branch.next, [...path, 'branches', i, 'next'], beatId);
    });
    next(beat.otherwise, [...path, 'otherwise'], beatId);
    next(beat.next, [...path, 'next'], beatId);
  }

  for (const [endingId, value] of Object.entries(endings)) {
    asArray(asRecord(value)?.debrief).forEach((note, i) => {
      const conditional = asRecord(note);
      if (conditional?.if !== undefined) condition(conditional.if, ['endings', endingId, 'debrief', i, 'if']);
    });
  }

  for (const [incidentId, value] of Object.entries(incidents)) {
    const incident = asRecord(value);
    if (!incident) continue;
    const path = ['incidents', incidentId];
    const at = asString(incident.at);
    if (at !== undefined && !(at in beats)) {
      findings.push({ code: 'unknown-beat', path: [...path, 'at'], params: { target: at, ...hintFor(at, beatIds) } });
    }
    if (incident.if !== undefined) condition(incident.if, [...path, 'if']);
    stage(incident.pupils, [...path, 'pupils']);
    lines(incident.lines, [...path, 'lines']);
    choices(incident.choices, [...path, 'choices'], incidentId, false);
    const timeLimit = asRecord(incident.timeLimit);
    if (timeLimit) consequence(timeLimit, [...path, 'timeLimit']);
  }

  findings.push(...missingEnglish(data, options.lenient));
  return findings;
}

export function crossCheckCast(data: unknown, lenient: boolean): Finding[] {
  const cast = asRecord(data);
  if (!cast) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const pupilIds: string[] = [];
  for (const group of ['pupils', 'adults'] as const) {
    asArray(cast[group]).forEach((item, i) => {
      const id = asString(asRecord(item)?.id);
      if (id === undefined) return;
      if (seen.has(id)) findings.push({ code: 'duplicate-id', path: [group, i, 'id'], params: { id } });
      seen.add(id);
      if (group === 'pupils') pupilIds.push(id);
    });
  }
  asArray(cast.adults).forEach((item, i) => {
    const parentOf = asString(asRecord(item)?.parentOf);
    if (parentOf !== undefined && !pupilIds.includes(parentOf)) {
      findings.push({
        code: 'unknown-pupil',
        path: ['adults', i, 'parentOf'],
        params: { target: parentOf, cast: String(cast.id), ...hintFor(parentOf, pupilIds) },
      });
    }
  });
  findings.push(...missingEnglish(data, lenient));
  return findings;
}

/**
 * A school year's references inside the file: its cast is known and no scenario comes twice. Whether each
 * chapter's scenario exists, and plays on the same cast, needs the other files: check.ts looks at that.
 */
export function crossCheckYear(data: unknown, options: { knownCasts: readonly string[]; lenient: boolean }): Finding[] {
  const year = asRecord(data);
  if (!year) return [];
  const findings: Finding[] = [];
  const castId = asString(year.cast);
  if (castId !== undefined && !options.knownCasts.includes(castId)) {
    findings.push({ code: 'unknown-cast', path: ['cast'], params: { target: castId, ...hintFor(castId, options.knownCasts) } });
  }
  const seen = new Set<string>();
  asArray(year.chapters).forEach((item, i) => {
    const id = asString(asRecord(item)?.scenario);
    if (id === undefined) return;
    if (seen.has(id)) findings.push({ code: 'duplicate-id', path: ['chapters', i, 'scenario'], params: { id } });
    seen.add(id);
  });
  findings.push(...missingEnglish(data, options.lenient));
  return findings;
}

/** Every text `{ nl, en }` without `en`: an error for shipped files, a warning for a lecturer's own. */
function missingEnglish(data: unknown, lenient: boolean): Finding[] {
  const findings: Finding[] = [];
  const walk = (value: unknown, path: PathPart[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
      return;
    }
    const record = asRecord(value);
    if (!record) return;
    const keys = Object.keys(record);
    if (typeof record.nl === 'string' && keys.every((key) => key === 'nl' || key === 'en')) {
      if (record.en === undefined) findings.push({ code: 'missing-english', path, severity: lenient ? 'warning' : 'error' });
      return;
    }
    for (const [key, inner] of Object.entries(record)) walk(inner, [...path, key]);
  };
  walk(data, []);
  return findings;
}
