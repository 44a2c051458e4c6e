/**
 * The scenario lab's pure part: the graph of a shipped scenario (every beat a node, every choice an edge
 * with its decision key, time-ups and branches, endings marked, incidents hung on their beat), its layout
 * (finite, inside the drawing, no two boxes overlapping, every edge from its source to its target), the
 * check of a lecturer's text (errors placed on lines, a Dutch-only file accepted with a warning, a cast
 * refused, path checks), the problem list built from it, the group's choices over the graph, and a lab
 * scenario's name.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/core/dashboard/aggregate.ts';
import { checkLabPaths, checkLabText } from '../../src/core/lab/check.ts';
import { beatNode, endingNode, graphOf, incidentNode } from '../../src/core/lab/graph.ts';
import { layoutGraph, shorten, type Box } from '../../src/core/lab/layout.ts';
import { labNameOf } from '../../src/core/lab/name.ts';
import { overlayOf } from '../../src/core/lab/overlay.ts';
import { gatherProblems, markedLines, problemList, tallyOf } from '../../src/core/lab/problemList.ts';
import { resultOf } from '../../src/core/results/buildResult.ts';
import { choiceKey, timeUpKey } from '../../src/core/scenario/compile.ts';
import { loadFile } from '../../src/core/scenario/load.ts';
import type { Problem } from '../../src/core/scenario/problems.ts';
import type { Cast } from '../../src/core/scenario/schema.ts';
import { NEUTRAL_OPTIONS } from '../../src/core/paths/enumerate.ts';
import { possibleEvents, startRun, step, isFinished, type Run } from '../../src/core/session/run.ts';
import { compileShipped, shippedScenarios } from '../support/engineFixture.ts';

const maandag = compileShipped('maandag-eerste-uur');
const castOf = (path: string): Cast => loadFile(readFileSync(new URL(path, import.meta.url), 'utf8')).cast!;
const casts = new Map([['3a', castOf('../../scenarios/casts/3a.yaml')]]);

/** A small lab scenario in Dutch only, as a lecturer might write it. */
const DUTCH_ONLY = `# Alleen in het Nederlands.
id: lab-proef
title: { nl: Proef uit het lab }
summary: { nl: Lisa komt te laat binnen. }
myth: een-botsing
level: secundair
cast: 3a
lessonMinutes: 50
goals: [{ nl: Het lab testen. }]
evidence: [{ source: Klasdeur, note: { nl: Proef. } }]
beats:
  deur:
    place: klasdeur
    narration: { nl: Lisa komt te laat binnen. }
    choices:
      - id: knik
        text: { nl: Knik naar Lisa. }
        behaviour: { vriendelijk: 0.3 }
        next: bord
      - id: groet
        text: { nl: Groet Lisa bij naam. }
        behaviour: { vriendelijk: 0.6, sturend: 0.3 }
        target: { pupils: [lisa] }
        next: warm
  bord:
    place: bureau
    narration: { nl: Je begint aan de les. }
    next: koel
endings:
  warm:
    title: { nl: Lisa groet terug }
    narration: { nl: Lisa zwaait. }
    debrief: [{ nl: Een naam doet veel. }]
  koel:
    title: { nl: Lisa kijkt weg }
    narration: { nl: Lisa gaat zitten. }
    debrief: [{ nl: Er was nog geen band. }]
`;

/** The same with three mistakes: an unknown field (line 9), a misspelt octant (line 19), a `next` to nowhere (line 29). */
const BROKEN = DUTCH_ONLY.replace('lessonMinutes: 50\n', 'lessonMinutes: 50\nlessonMinute: 40\n')
  .replace('behaviour: { vriendelijk: 0.3 }', 'behaviour: { vriendlijk: 0.3 }')
  .replace('    next: koel', '    next: koell');

describe('the graph of a scenario', () => {
  const { scenario } = maandag;
  const graph = graphOf(scenario);

  it('has every beat as a node, the first beat marked as the start, and every ending marked as an ending', () => {
    const beats = graph.nodes.filter((node) => node.kind === 'beat');
    expect(beats.map((node) => node.name)).toEqual(Object.keys(scenario.beats));
    expect(beats.filter((node) => node.start).map((node) => node.name)).toEqual(['lerarenkamer']);
    const endings = graph.nodes.filter((node) => node.kind === 'ending');
    expect(endings.map((node) => node.name)).toEqual(Object.keys(scenario.endings));
    for (const ending of endings) expect(ending.text).toEqual(scenario.endings[ending.name]!.title);
    expect(graph.nodes.filter((node) => node.kind === 'missing')).toEqual([]);
    expect(new Set(graph.nodes.map((node) => node.id)).size).toBe(graph.nodes.length);
  });

  it('has every choice as an edge from its beat to where it leads, with its decision key, number and text', () => {
    const choices = Object.entries(scenario.beats).flatMap(([beatId, beat]) => (beat.choices ?? []).map((choice, index) => ({ beatId, choice, index })));
    const choiceEdges = graph.edges.filter((edge) => edge.kind === 'choice');
    expect(choiceEdges).toHaveLength(choices.length);
    for (const { beatId, choice, index } of choices) {
      const edge = choiceEdges.find((candidate) => candidate.key === choiceKey(beatId, choice, index));
      expect(edge, `${beatId}/${index}`).toBeDefined();
      expect(edge!.from).toBe(beatNode(beatId));
      expect(edge!.to).toBe(choice.next in scenario.beats ? beatNode(choice.next) : endingNode(choice.next));
      expect(edge!.number).toBe(index + 1);
      expect(edge!.text).toEqual(choice.text);
    }
  });

  it('draws each time limit, branch, otherwise and incident as an edge of its own kind', () => {
    const timed = Object.entries(scenario.beats).filter(([, beat]) => beat.timeLimit);
    expect(timed.length).toBeGreaterThan(0);
    expect(graph.edges.filter((edge) => edge.kind === 'time-up').map((edge) => edge.key)).toEqual(timed.map(([id]) => timeUpKey(id)));
    const branches = Object.values(scenario.beats).reduce((sum, beat) => sum + (beat.branches?.length ?? 0), 0);
    expect(graph.edges.filter((edge) => edge.kind === 'branch')).toHaveLength(branches);
    expect(graph.edges.filter((edge) => edge.kind === 'otherwise')).toHaveLength(Object.values(scenario.beats).filter((beat) => beat.otherwise).length);
    for (const [id, incident] of Object.entries(scenario.incidents ?? {})) {
      expect(graph.edges).toContainEqual({ id: `incident:${id}`, from: beatNode(incident.at), to: incidentNode(id), kind: 'incident' });
    }
  });

  it('shows a `next` that names nothing as a node of its own kind, so the mistake is visible', () => {
    const beats = { ...scenario.beats, lerarenkamer: { ...scenario.beats.lerarenkamer!, choices: undefined, next: 'nergens' } };
    const broken = graphOf({ ...scenario, beats });
    expect(broken.nodes.find((node) => node.kind === 'missing')).toEqual({ id: 'missing:nergens', kind: 'missing', name: 'nergens' });
    expect(broken.edges).toContainEqual({ id: 'next:lerarenkamer', from: beatNode('lerarenkamer'), to: 'missing:nergens', kind: 'next' });
  });
});

describe('the layout of the graph', () => {
  const overlaps = (a: Box, b: Box) => Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < (a.height + b.height) / 2;
  const inside = (box: Box, width: number, height: number) =>
    box.x - box.width / 2 >= 0 && box.x + box.width / 2 <= width + 0.5 && box.y - box.height / 2 >= 0 && box.y + box.height / 2 <= height + 0.5;

  for (const compiled of shippedScenarios()) {
    it(`places ${compiled.scenario.id} with finite positions, inside the drawing, no boxes or labels overlapping`, () => {
      const graph = graphOf(compiled.scenario);
      const laid = layoutGraph(graph, (edge) => (edge.kind === 'choice' ? `${edge.number}. ${edge.text!.nl}` : edge.kind === 'next' ? '' : edge.kind));
      expect(Number.isFinite(laid.width) && laid.width > 0).toBe(true);
      expect(Number.isFinite(laid.height) && laid.height > 0).toBe(true);
      expect(laid.nodes).toHaveLength(graph.nodes.length);
      const boxes = [...laid.nodes.map((node) => node.box), ...laid.edges.flatMap((edge) => (edge.label ? [edge.label.box] : []))];
      for (const box of boxes) {
        expect([box.x, box.y, box.width, box.height].every(Number.isFinite)).toBe(true);
        expect(inside(box, laid.width, laid.height)).toBe(true);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!), `boxes ${i} and ${j}`).toBe(false);
      }
      // Each edge leaves its source's box and arrives at its target's, going down the page unless it loops back.
      const boxOf = new Map(laid.nodes.map((node) => [node.id, node.box]));
      for (const edge of laid.edges) {
        expect(edge.points.length).toBeGreaterThanOrEqual(2);
        expect(edge.points.every((point) => Number.isFinite(point.x) && Number.isFinite(point.y))).toBe(true);
        const near = (point: { x: number; y: number }, box: Box) =>
          Math.abs(point.x - box.x) <= box.width / 2 + 1 && Math.abs(point.y - box.y) <= box.height / 2 + 1;
        expect(near(edge.points[0]!, boxOf.get(edge.from)!), `${edge.id} starts at ${edge.from}`).toBe(true);
        expect(near(edge.points.at(-1)!, boxOf.get(edge.to)!), `${edge.id} ends at ${edge.to}`).toBe(true);
      }
      // The start is in the first row.
      const start = laid.nodes.find((node) => node.start)!;
      expect(start.box.y).toBe(Math.min(...laid.nodes.map((node) => node.box.y)));
    });
  }

  it('cuts labels on a word, with an ellipsis', () => {
    expect(shorten('Groet Lisa bij naam en vraag naar haar boek.', 16)).toBe('Groet Lisa bij…');
    expect(shorten('  Kort.  ', 16)).toBe('Kort.');
    expect(shorten('Onafgebrokenwoordzonderspaties', 10)).toBe('Onafgebro…');
  });
});

describe("checking a lecturer's text", () => {
  it('accepts a Dutch-only scenario with warnings (no errors) and compiles it', () => {
    const check = checkLabText(DUTCH_ONLY, { lang: 'nl', casts });
    expect(check.kind).toBe('scenario');
    expect(check.errors).toEqual([]);
    expect(check.warnings.length).toBe(14);
    expect(new Set(check.warnings.map((warning) => warning.code))).toEqual(new Set(['missing-english']));
    expect(check.compiled?.scenario.id).toBe('lab-proef');
    expect(check.compiled?.cast.id).toBe('3a');
  });

  it('places each mistake on its line and column, and compiles nothing', () => {
    const check = checkLabText(BROKEN, { lang: 'nl', casts });
    expect(check.compiled).toBeUndefined();
    expect(check.errors.map(({ line, column, code, path }) => ({ line, column, code, path }))).toEqual([
      { line: 9, column: 1, code: 'unknown-field', path: 'lessonMinute' },
      { line: 19, column: 22, code: 'unknown-octant', path: 'beats.deur.choices[0].behaviour.vriendlijk' },
      { line: 29, column: 11, code: 'unknown-next', path: 'beats.bord.next' },
    ]);
    expect(check.errors[2]!.message).toBe("'bord' stuurt naar 'koell', maar die beat of dat einde bestaat niet. Bedoel je 'koel'?");
  });

  it('refuses a cast with one error: the lab plays scenarios', () => {
    const check = checkLabText(readFileSync(new URL('../../scenarios/casts/3a.yaml', import.meta.url), 'utf8'), { lang: 'en', casts });
    expect(check.kind).toBe('cast');
    expect(check.errors.map(({ line, code, message }) => ({ line, code, message }))).toEqual([
      { line: 1, code: 'not-a-scenario', message: "This is a cast, not a scenario. The scenario lab plays scenarios only (with 'beats:')." },
    ]);
    expect(check.compiled).toBeUndefined();
  });

  it('walks the paths of a scenario that compiles and places what it finds', () => {
    const text = readFileSync(new URL('../fixtures/graph/vast.yaml', import.meta.url), 'utf8');
    const mini = new Map([['mini', castOf('../fixtures/graph/mini.cast.yaml')]]);
    const check = checkLabText(text, { lang: 'nl', casts: mini });
    expect(check.errors).toEqual([]);
    const problems = checkLabPaths(text, check.compiled!, 'nl');
    expect(problems.find((problem) => problem.code === 'dead-end')).toMatchObject({ line: 11, severity: 'error', path: 'beats.start' });
  });
});

describe('the problem list', () => {
  const problem = (line: number, severity: Problem['severity'], code: Problem['code'] = 'wrong-type', column = 3): Problem => ({
    line,
    column,
    severity,
    code,
    path: `p${line}`,
    message: `${code} on ${line}`,
  });

  it('lists the errors first, then the warnings, each in file order, once, and on a line the editor has', () => {
    const items = problemList(
      { errors: [problem(12, 'error'), problem(4, 'error'), problem(4, 'error'), problem(99, 'error', 'empty-file')], warnings: [problem(2, 'warning', 'missing-english')] },
      [problem(0, 'warning', 'condition-never-holds'), problem(7, 'error', 'dead-end')],
      20,
    );
    expect(items.map(({ line, severity, from, code }) => `${severity} ${line} ${code} ${from}`)).toEqual([
      'error 4 wrong-type file',
      'error 7 dead-end paths',
      'error 12 wrong-type file',
      'error 20 empty-file file',
      'warning 1 condition-never-holds paths',
      'warning 2 missing-english file',
    ]);
    expect(tallyOf(items)).toEqual({ errors: 4, warnings: 2 });
  });

  it('marks each line once, an error winning over a warning', () => {
    const items = problemList({ errors: [problem(5, 'error')], warnings: [problem(5, 'warning', 'missing-english'), problem(8, 'warning', 'missing-english')] }, undefined, 10);
    expect([...markedLines(items)].sort()).toEqual([
      [5, 'error'],
      [8, 'warning'],
    ]);
  });

  it('gathers the missing English of a Dutch-only file into one entry naming the other lines', () => {
    const check = checkLabText(DUTCH_ONLY, { lang: 'nl', casts });
    const shown = gatherProblems(problemList(check, undefined, DUTCH_ONLY.split('\n').length));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ severity: 'warning', code: 'missing-english', line: 3, message: 'De Engelse tekst (en) ontbreekt.' });
    expect(shown[0]!.alsoAt).toEqual([4, 9, 10, 14, 17, 21, 27, 31, 32, 33, 35, 36, 37]);
  });

  it('keeps the broken file’s three errors, each with where it is', () => {
    const check = checkLabText(BROKEN, { lang: 'en', casts });
    const shown = gatherProblems(problemList(check, undefined, BROKEN.split('\n').length));
    expect(shown.filter((item) => item.severity === 'error').map(({ line, column, path }) => [line, column, path])).toEqual([
      [9, 1, 'lessonMinute'],
      [19, 22, 'beats.deur.choices[0].behaviour.vriendlijk'],
      [29, 11, 'beats.bord.next'],
    ]);
    expect(shown.at(-1)).toMatchObject({ code: 'missing-english', alsoAt: expect.arrayContaining([4, 10]) });
  });
});

describe("the group's choices over the graph", () => {
  /** Plays the last option at the first step and the first at every later one, to the end. */
  function play(first: 'first' | 'last'): Run {
    let run = startRun(maandag, NEUTRAL_OPTIONS);
    for (let steps = 0; !isFinished(run) && steps < 200; steps++) {
      const events = possibleEvents(run);
      run = step(run, { ...(steps === 0 && first === 'last' ? events.at(-1)! : events[0]!), at: steps * 1000 })!;
    }
    return run;
  }
  const resultOfRun = (run: Run) => resultOf(run, { lang: 'nl', nickname: '', reflections: [], whatIf: [], feedback: 'full', now: new Date('2026-11-20T10:00:00Z') });
  const run = play('first');
  const result = resultOfRun(run);
  const other = resultOfRun(play('last'));

  it('counts each choice taken by its decision key, and each ending reached', () => {
    const overlay = overlayOf(aggregate([result, other], [maandag]), 'maandag-eerste-uur');
    expect(overlay.results).toBe(2);
    expect(overlay.otherVersion).toBe(0);
    const mine = new Set(result.run.decisions.map((decision) => decision.key));
    const theirs = new Set(other.run.decisions.map((decision) => decision.key));
    const keys = [...new Set([...mine, ...theirs])];
    expect(mine.size).toBeGreaterThan(3);
    expect(mine).not.toEqual(theirs);
    expect([...overlay.choices.keys()].sort()).toEqual([...keys].sort());
    for (const key of keys) expect(overlay.choices.get(key), key).toBe((mine.has(key) ? 1 : 0) + (theirs.has(key) ? 1 : 0));
    const endings = new Map<string, number>();
    for (const ended of [result.run.ending!.id, other.run.ending!.id]) endings.set(ended, (endings.get(ended) ?? 0) + 1);
    expect(overlay.endings).toEqual(endings);
    // Every counted key is on an edge of the graph.
    const edgeKeys = new Set(graphOf(maandag.scenario).edges.flatMap((edge) => (edge.key ? [edge.key] : [])));
    const beatKeys = keys.filter((key) => key.split('/')[0]! in maandag.scenario.beats);
    expect(beatKeys.length).toBeGreaterThan(3);
    for (const key of beatKeys) expect(edgeKeys.has(key), key).toBe(true);
  });

  it('still counts results of another version by key, and says how many there were', () => {
    const edited = { ...maandag, hash: 'lab-version' };
    const overlay = overlayOf(aggregate([result], [edited]), 'maandag-eerste-uur');
    expect(overlay.results).toBe(1);
    expect(overlay.otherVersion).toBe(1);
    expect(overlay.choices.get(result.run.decisions[0]!.key)).toBe(1);
  });

  it('counts nothing for results of another situation', () => {
    const overlay = overlayOf(aggregate([result], [maandag]), 'lab-proef');
    expect(overlay).toEqual({ results: 0, otherVersion: 0, choices: new Map(), endings: new Map() });
  });
});

describe("a lab scenario's name", () => {
  it('is the Dutch title, else the id, else the first line', () => {
    expect(labNameOf(DUTCH_ONLY)).toBe('Proef uit het lab');
    expect(labNameOf(readFileSync(new URL('../../scenarios/maandag-eerste-uur.yaml', import.meta.url), 'utf8'))).toBe('Maandag, eerste uur in 3A');
    expect(labNameOf('id: mijn-scenario\nbeats: {}\n')).toBe('mijn-scenario');
    expect(labNameOf('   \n')).toBe('');
  });
});
