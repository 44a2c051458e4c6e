/**
 * Projector mode: a whole group plays one situation and the lecturer counts the room's votes. The tallies
 * (majority, ties, skipping, the option followed, what a stored tally must look like), a real group run of
 * the engine's motor fixture through its debrief, its results file (passes the schema, each tally with the
 * keys of the options shown, majority as counted) and its CSV, files without tallies still valid, the
 * finished-run and group-run stores, and the dashboard with one group run among individual ones.
 */
import { describe, expect, it } from 'vitest';
import { aggregate, aggregateCsv } from '../../src/core/dashboard/index.ts';
import { resultOf, type ResultExtra } from '../../src/core/results/buildResult.ts';
import { parseResult } from '../../src/core/results/parseResult.ts';
import { resultCsv } from '../../src/core/results/resultCsv.ts';
import { ResultFile } from '../../src/core/results/resultFile.ts';
import { decisionSource } from '../../src/core/scenario/compile.ts';
import { groupDecisionsOf } from '../../src/core/session/groupDebrief.ts';
import {
  GROUP_RUN_OPTIONS,
  countOf,
  eventIndexOfDecision,
  followedMajority,
  followedOutcome,
  isGroupTallies,
  majorityOf,
  nextDecisionIndex,
  talliesBefore,
  tallyOf,
  withTally,
  type GroupTally,
} from '../../src/core/session/groupTallies.ts';
import { isFinished, startRun, step, type LoggedEvent, type Run } from '../../src/core/session/run.ts';
import { viewOf } from '../../src/core/session/view.ts';
import { createFinishedRunStore, type FinishedRun } from '../../src/persistence/finishedRuns.ts';
import { createGroupRunStore } from '../../src/persistence/groupRun.ts';
import { saveRun } from '../../src/core/session/run.ts';
import { memoryStorage } from '../../src/persistence/saves.ts';
import { compileFixture, compileShipped } from '../support/engineFixture.ts';

const motor = compileFixture('engine/motor.yaml');
const NOW = new Date(Date.UTC(2025, 9, 14, 9, 0));
const extra = (overrides: Partial<ResultExtra> = {}): ResultExtra => ({ lang: 'nl', reflections: [], whatIf: [], feedback: 'full', now: NOW, ...overrides });

describe('tallies', () => {
  it('finds the option with the most votes, the first of them on a tie, none when nobody was counted', () => {
    expect(majorityOf([12, 9, 3])).toBe(0);
    expect(majorityOf([3, 9, 12])).toBe(2);
    expect(majorityOf([5, 8, 8, 2])).toBe(1);
    expect(majorityOf([7, 7])).toBe(0);
    expect(majorityOf([0, 0, 0])).toBeUndefined();
    expect(majorityOf([])).toBeUndefined();
  });

  it('says whether the option followed had the most votes, alone or tied, or fewer', () => {
    expect(followedOutcome({ counts: [12, 9, 3], followed: 0 })).toBe('majority');
    expect(followedOutcome({ counts: [12, 9, 3], followed: 1 })).toBe('minority');
    expect(followedOutcome({ counts: [12, 9, 3], followed: 2 })).toBe('minority');
    expect(followedOutcome({ counts: [7, 7, 1], followed: 1 })).toBe('tied');
    expect(followedMajority({ counts: [7, 7, 1], followed: 1 })).toBe(true);
    expect(followedMajority({ counts: [7, 7, 1], followed: 2 })).toBe(false);
    expect(followedMajority({ counts: [0, 15], followed: 1 })).toBe(true);
  });

  it('reads a typed count as a whole number up to the maximum, and nothing else', () => {
    expect(countOf('12')).toBe(12);
    expect(countOf(' 7 ')).toBe(7);
    expect(countOf('0')).toBe(0);
    expect(countOf('')).toBeUndefined();
    expect(countOf('-3')).toBeUndefined();
    expect(countOf('2.5')).toBeUndefined();
    expect(countOf('1e3')).toBeUndefined();
    expect(countOf('123456')).toBe(9999);
  });

  it('makes a tally of what was typed (empty as 0), and none when nothing was counted: the same as skipping', () => {
    expect(tallyOf(3, [12, undefined, 3], 0)).toEqual({ decision: 3, counts: [12, 0, 3], followed: 0 });
    expect(tallyOf(0, [undefined, undefined], 1)).toBeUndefined();
    expect(tallyOf(0, [0, 0, 0], 0)).toBeUndefined();
    expect(tallyOf(0, [4, 5], 2)).toBeUndefined();
    expect(tallyOf(0, [4, 5], -1)).toBeUndefined();
  });

  it('keeps one tally per decision, in decision order, and the ones before a branch', () => {
    const first: GroupTally = { decision: 2, counts: [1, 2], followed: 1 };
    const second: GroupTally = { decision: 0, counts: [5, 0], followed: 0 };
    const again: GroupTally = { decision: 2, counts: [3, 3], followed: 0 };
    const tallies = withTally(withTally(withTally([], first), second), again);
    expect(tallies).toEqual([second, again]);
    expect(talliesBefore(tallies, 2)).toEqual([second]);
    expect(talliesBefore(tallies, 0)).toEqual([]);
  });

  it('checks tallies read back from storage', () => {
    expect(isGroupTallies([])).toBe(true);
    expect(isGroupTallies([{ decision: 0, counts: [12, 9, 3], followed: 2 }])).toBe(true);
    expect(isGroupTallies([{ decision: 0, counts: [12, 9, 3], followed: 3 }])).toBe(false);
    expect(isGroupTallies([{ decision: -1, counts: [1], followed: 0 }])).toBe(false);
    expect(isGroupTallies([{ decision: 0, counts: [1.5, 2], followed: 0 }])).toBe(false);
    expect(isGroupTallies([{ decision: 0, counts: [], followed: 0 }])).toBe(false);
    expect(isGroupTallies({ decision: 0 })).toBe(false);
    expect(isGroupTallies(null)).toBe(false);
  });
});

/**
 * The group at the motor fixture: greets Lisa (12 against 9), lets the phone go although the room was
 * split 7 / 7, continues, and calls Samir to order although 20 of 23 wanted calm. Each vote is counted
 * the way main.ts does: the decision's index before the step, the tally after it.
 */
function groupRun(): { run: Run; tallies: GroupTally[] } {
  const steps: { event: LoggedEvent; vote?: { counts: (number | undefined)[]; followed: number } }[] = [
    { event: { type: 'choice.select', index: 0, at: 30_000 }, vote: { counts: [12, 9], followed: 0 } },
    { event: { type: 'incident.select', incident: 'gsm', index: 1, at: 60_000 }, vote: { counts: [7, 7], followed: 1 } },
    { event: { type: 'continue', at: 70_000 } },
    { event: { type: 'choice.select', index: 0, at: 100_000 }, vote: { counts: [3, 20], followed: 0 } },
  ];
  let run = startRun(motor, GROUP_RUN_OPTIONS);
  let tallies: GroupTally[] = [];
  for (const { event, vote } of steps) {
    const decision = nextDecisionIndex(run.events);
    const next = step(run, event);
    if (!next) throw new Error(`${JSON.stringify(event)} is not possible here`);
    run = next;
    const tally = vote ? tallyOf(decision, vote.counts, vote.followed) : undefined;
    if (tally) tallies = withTally(tallies, tally);
  }
  return { run, tallies };
}

describe('a group run', () => {
  it('has no countdown and no time-up: time pressure is off for the whole run', () => {
    const start = startRun(motor, GROUP_RUN_OPTIONS);
    const prompt = viewOf(start, 'nl').prompt;
    expect(prompt.kind).toBe('choices');
    if (prompt.kind === 'choices') expect(prompt.timeLimit).toBeUndefined();
    expect(step(start, { type: 'time.up' })).toBeUndefined();
  });

  it('numbers decisions as the results file does, skipping the continues', () => {
    const { run, tallies } = groupRun();
    expect(isFinished(run)).toBe(true);
    expect(tallies.map((tally) => tally.decision)).toEqual([0, 1, 2]);
    expect(eventIndexOfDecision(run, 0)).toBe(0);
    expect(eventIndexOfDecision(run, 1)).toBe(1);
    expect(eventIndexOfDecision(run, 2)).toBe(3);
    expect(eventIndexOfDecision(run, 3)).toBeUndefined();
  });

  it('tells the debrief per decision the options shown with their votes, the one followed and whether it had the most', () => {
    const { run, tallies } = groupRun();
    const decisions = groupDecisionsOf(run, tallies, 'nl');
    expect(decisions).toEqual([
      {
        decision: 0,
        situation: 'Lisa en Samir komen binnen.',
        options: [
          { text: 'Groet Lisa bij naam.', count: 12 },
          { text: 'Loop naar je bureau.', count: 9 },
        ],
        followed: 0,
        outcome: 'majority',
      },
      {
        decision: 1,
        situation: 'Samir kijkt onder zijn bank naar zijn gsm.',
        options: [
          { text: 'Wijs even naar de gsm en knik naar zijn boekentas.', count: 7 },
          { text: 'Laat het gaan.', count: 7 },
        ],
        followed: 1,
        outcome: 'tied',
      },
      {
        decision: 2,
        situation: 'Samir: Allez, meneer!',
        options: [
          { text: 'Roep Samir voor de klas tot de orde.', count: 3 },
          { text: 'Zeg rustig wat je ziet en wat wel kan.', count: 20 },
        ],
        followed: 0,
        outcome: 'minority',
      },
    ]);
    expect(groupDecisionsOf(run, [], 'en')).toEqual([]);
    // A tally that no longer fits its decision (three counts for two options) is left out.
    expect(groupDecisionsOf(run, [{ decision: 0, counts: [1, 2, 3], followed: 0 }], 'nl')).toEqual([]);
  });

  it('goes into the results file with the keys of the options shown, and the file passes the schema', () => {
    const { run, tallies } = groupRun();
    const result = resultOf(run, extra({ group: { tallies } }));
    expect(() => ResultFile.parse(result)).not.toThrow();
    expect(result.settings.timePressure).toBe(false);
    expect(result.run.decisions.map((decision) => decision.key)).toEqual(['deur/groet', 'gsm/1', 'botsing/roepen']);
    expect(result.group).toEqual({
      tallies: [
        { decision: 0, options: ['deur/groet', 'deur/bureau'], counts: [12, 9], followed: 0, majority: true },
        { decision: 1, options: ['gsm/0', 'gsm/1'], counts: [7, 7], followed: 1, majority: true },
        { decision: 2, options: ['botsing/roepen', 'botsing/rustig'], counts: [3, 20], followed: 0, majority: false },
      ],
    });
    // The option followed is the one the run's log took.
    for (const tally of result.group!.tallies) expect(tally.options[tally.followed]).toBe(result.run.decisions[tally.decision]!.key);
    const parsed = parseResult(JSON.stringify(result), [{ id: 'motor', hash: motor.hash }]);
    expect(parsed.ok && parsed.result.group?.tallies[0]?.counts).toEqual([12, 9]);
  });

  it('marks a group run whose decisions were all skipped, with no tallies', () => {
    const { run } = groupRun();
    const result = resultOf(run, extra({ group: { tallies: [] } }));
    expect(result.group).toEqual({ tallies: [] });
    expect(() => ResultFile.parse(result)).not.toThrow();
  });

  it('writes the counts per decision row in the CSV, and whether the most votes were followed', () => {
    const { run, tallies } = groupRun();
    const lines = resultCsv(resultOf(run, extra({ group: { tallies: tallies.filter((tally) => tally.decision !== 1) } }))).slice(1).split('\r\n');
    expect(lines).toContain('Gespeeld met de groep (projector),ja');
    expect(lines).toContain('nr,waar,sleutel,gekozen optie,seconden sinds de start,stemmen van de groep per optie,meeste stemmen gevolgd');
    expect(lines).toContain('1,deur,deur/groet,Groet Lisa bij naam.,30,12 / 9,ja');
    expect(lines).toContain('2,gsm,gsm/1,Laat het gaan.,60,,');
    expect(lines).toContain('3,botsing,botsing/roepen,Roep Samir voor de klas tot de orde.,100,3 / 20,nee');
    const english = resultCsv(resultOf(run, extra({ lang: 'en', group: { tallies } })));
    expect(english).toContain('1,deur,deur/groet,Greet Lisa by name.,30,12 / 9,yes');
  });

  it('leaves the field out of a file played alone, which stays valid, and refuses a tally whose counts do not match its options', () => {
    const { run } = groupRun();
    const alone = resultOf(run, extra());
    expect('group' in alone).toBe(false);
    expect(parseResult(JSON.stringify(alone), [{ id: 'motor', hash: motor.hash }])).toMatchObject({ ok: true, warnings: [] });
    expect(resultCsv(alone)).not.toContain('projector');
    const broken = { ...alone, group: { tallies: [{ decision: 0, options: ['deur/groet', 'deur/bureau'], counts: [12, 9, 3], followed: 0, majority: true }] } };
    expect(parseResult(JSON.stringify(broken), [{ id: 'motor', hash: motor.hash }])).toMatchObject({ ok: false, problem: 'wrong-shape' });
    const negative = { ...alone, group: { tallies: [{ decision: 0, options: ['deur/groet'], counts: [-1], followed: 0, majority: true }] } };
    expect(parseResult(JSON.stringify(negative), [{ id: 'motor', hash: motor.hash }])).toMatchObject({ ok: false, problem: 'wrong-shape' });
  });
});

describe('stores', () => {
  it('keeps a finished group run with its tallies, and skips an entry whose tallies are damaged', () => {
    const storage = memoryStorage();
    const store = createFinishedRunStore(storage);
    const { run, tallies } = groupRun();
    const record: FinishedRun = {
      id: '1-motor',
      finishedAt: NOW.toISOString(),
      scenarioId: 'motor',
      title: 'Motorproef',
      score: 50,
      classProfile: 'gezagvol',
      save: saveRun(run),
      reflections: {},
      group: { tallies },
    };
    store.put(record);
    expect(store.get('1-motor')?.group?.tallies).toEqual(tallies);
    storage.setItem('klasdeur:finished-runs', JSON.stringify([{ ...record, id: '2-motor', group: { tallies: [{ decision: 0, counts: [1], followed: 4 }] } }, record]));
    expect(store.list().map((kept) => kept.id)).toEqual(['1-motor']);
  });

  it('keeps the group run in progress apart from the player’s own saves, and reads a damaged one as none', () => {
    const storage = memoryStorage();
    const store = createGroupRunStore(storage);
    const { run, tallies } = groupRun();
    expect(store.read()).toBeUndefined();
    expect(store.write({ save: saveRun(run), tallies })).toBe(true);
    expect(store.read()).toEqual({ save: saveRun(run), tallies });
    expect(storage.getItem('klasdeur:save:motor')).toBeNull();
    storage.setItem('klasdeur:group-run', JSON.stringify({ save: saveRun(run), tallies: 'veel' }));
    expect(store.read()).toBeUndefined();
    store.clear();
    expect(store.read()).toBeUndefined();
  });
});

describe('the dashboard with a group run', () => {
  const september = compileShipped('september-eerste-les');
  let made = 0;

  /** A september result choosing the given keys; with `tallies`, a group run. */
  function septemberResult(keys: string[], tallies?: { key: string; options: string[]; counts: number[] }[]): ResultFile {
    const run = made++;
    const decisions = keys.map((key, index) => {
      const source = decisionSource(september, key);
      return { where: key.split('/')[0]!, key, text: source && 'text' in source ? source.text.nl : '', atMs: run * 100_000 + index * 1000 };
    });
    const file = {
      format: 'klasdeur-result',
      version: 1,
      exportedAt: NOW.toISOString(),
      lang: 'nl',
      scenario: { id: september.scenario.id, title: september.scenario.title.nl, contentHash: september.hash, myth: september.scenario.myth },
      profile: { interests: [], temperament: 'rustig' },
      settings: { timePressure: !tallies, feedback: 'full' },
      run: {
        events: decisions.map((decision) => ({ type: 'choice.select', index: 0, at: decision.atMs })),
        decisions,
        ending: null,
        score: { total: 40 + run, parts: { profile: 0.5, relationship: 0.5, equity: 0.5, engagement: 0.5, repair: 1 }, overlookedPenalty: 0 },
        meanPosition: { agency: 0.2, communion: 0.3 },
        trajectory: [],
        classProfile: 'gezagvol',
        pupils: {},
      },
      whatIf: [],
      reflections: [],
      ...(tallies
        ? {
            group: {
              tallies: tallies.map((tally) => {
                const followed = tally.options.indexOf(tally.key);
                return { decision: keys.indexOf(tally.key), options: tally.options, counts: tally.counts, followed, majority: followedMajority({ counts: tally.counts, followed }) };
              }),
            },
          }
        : {}),
    };
    return ResultFile.parse(file);
  }

  const LERARENKAMER = ['lerarenkamer/raad-volgen', 'lerarenkamer/zelf-kennen', 'lerarenkamer/kobe-vragen'];

  it('adds a group’s votes to the option bars as that many students, and counts the group run once everywhere else', () => {
    const results = [
      septemberResult(['lerarenkamer/zelf-kennen', 'klasdeur/namen-aan-de-deur']),
      septemberResult(['lerarenkamer/kobe-vragen', 'klasdeur/babbelen']),
      // The group split 12 / 9 / 3 at the staff room and followed the majority; at the door it was not counted.
      septemberResult(['lerarenkamer/raad-volgen', 'klasdeur/namen-aan-de-deur'], [{ key: 'lerarenkamer/raad-volgen', options: LERARENKAMER, counts: [12, 9, 3] }]),
    ];
    const model = aggregate(results, [september]);
    const summary = model.situations[0]!;
    expect(summary.results).toBe(3);
    expect(summary.groupRuns).toBe(1);

    const staffRoom = summary.decisionPoints.find((point) => point.id === 'lerarenkamer')!;
    expect(staffRoom.reached).toBe(3);
    expect(staffRoom.groupVotes).toBe(24);
    expect(staffRoom.voters).toBe(26);
    expect(staffRoom.options.map((option) => [option.key, option.count, option.votes, option.groupVotes])).toEqual([
      ['lerarenkamer/raad-volgen', 1, 12, 12],
      ['lerarenkamer/zelf-kennen', 1, 10, 9],
      ['lerarenkamer/kobe-vragen', 1, 4, 3],
    ]);

    // Not counted at the door: there the group run is one result, like any other.
    const door = summary.decisionPoints.find((point) => point.id === 'klasdeur')!;
    expect(door.groupVotes).toBe(0);
    expect(door.voters).toBe(door.reached);
    expect(door.options.find((option) => option.key === 'klasdeur/namen-aan-de-deur')).toMatchObject({ count: 2, votes: 2, groupVotes: 0 });

    expect(summary.roos.map((entry) => [entry.label, entry.group ?? false])).toEqual([
      ['Student 1', false],
      ['Student 2', false],
      ['Student 3', true],
    ]);
    expect(summary.scores?.bins.reduce((sum, count) => sum + count, 0)).toBe(3);

    const csv = aggregateCsv(model, 'nl');
    expect(csv).toContain('"waarvan groepslessen (projector)";;;;1');
    expect(csv).toContain(';"lerarenkamer";');
    expect(csv).toContain('"waarvan 12 stemmen uit een groepsles";12');
    expect(csv).toContain('"Student 3 (groep)"');
  });

  it('counts nothing extra without group runs: votes equal counts', () => {
    const summary = aggregate([septemberResult(['lerarenkamer/zelf-kennen']), septemberResult(['lerarenkamer/zelf-kennen'])], [september]).situations[0]!;
    expect(summary.groupRuns).toBe(0);
    const staffRoom = summary.decisionPoints.find((point) => point.id === 'lerarenkamer')!;
    expect(staffRoom.voters).toBe(2);
    expect(staffRoom.options.map((option) => option.votes)).toEqual(staffRoom.options.map((option) => option.count));
    expect(staffRoom.options.map((option) => option.votes)).toEqual([0, 2, 0]);
  });
});
