/**
 * Conditions on the teacher's position: `agency`/`communion` look at the class's picture now,
 * `meanAgency`/`meanCommunion` at its mean over the lesson so far, as the score does. A warm lesson
 * that ends on one cold decision differs between the two. And `chose` naming an incident's option.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/cli/check.ts';
import { NEUTRAL_OPTIONS } from '../../src/core/paths/enumerate.ts';
import { compileScenario } from '../../src/core/scenario/compile.ts';
import { startRun, step } from '../../src/core/session/run.ts';
import { createClassroom } from '../../src/core/model/classroom.ts';
import type { ClassroomState } from '../../src/core/model/types.ts';
import { conditionHolds } from '../../src/core/scenario/conditions.ts';
import { loadFile } from '../../src/core/scenario/load.ts';

function classroomWith(trajectory: { agency: number; communion: number }[]): ClassroomState {
  const start = createClassroom({ lessonMinutes: 50, pupils: [], participants: [], profile: { interests: [], temperament: 'rustig' } });
  return { ...start, trajectory, teacher: trajectory.at(-1) ?? start.teacher };
}

describe('conditions on the mean position', () => {
  const warmThenCold = classroomWith([
    { agency: 0.4, communion: 0.5 },
    { agency: 0.45, communion: 0.55 },
    { agency: 0.5, communion: 0.5 },
    { agency: 0.6, communion: -0.2 },
  ]);
  const context = { classroom: warmThenCold, chosen: [] };

  it('reads the mean over the lesson, where agency and communion read the last position', () => {
    expect(conditionHolds({ communion: { atLeast: 0.3 } }, context)).toBe(false);
    expect(conditionHolds({ meanCommunion: { atLeast: 0.3 } }, context)).toBe(true); // (0.5 + 0.55 + 0.5 − 0.2) / 4 = 0.34
    expect(conditionHolds({ meanAgency: { atLeast: 0.5 } }, context)).toBe(false); // 0.4875
    expect(conditionHolds({ meanAgency: { atLeast: 0.48, below: 0.49 } }, context)).toBe(true);
  });

  it('is 0 before any decision with behaviour', () => {
    const empty = { classroom: classroomWith([]), chosen: [] };
    expect(conditionHolds({ meanAgency: { below: 0.01, atLeast: 0 } }, empty)).toBe(true);
    expect(conditionHolds({ meanCommunion: { atLeast: 0.01 } }, empty)).toBe(false);
  });

  it('is accepted by the checker in a scenario file, with its range checked', () => {
    const yaml = (range: string) => `
id: proef
title: { nl: Proef }
summary: { nl: Proef }
myth: autoriteit
level: lager
cast: x
lessonMinutes: 50
goals: [{ nl: Proef }]
evidence: [{ source: Klasdeur, note: { nl: Proef } }]
beats:
  begin:
    place: klasdeur
    branches:
      - if: { meanCommunion: ${range} }
        next: goed
    otherwise: goed
endings:
  goed:
    title: { nl: Goed }
    narration: { nl: Goed }
    debrief: [{ nl: Goed }]
`;
    const good = loadFile(yaml('{ atLeast: 0.3 }'), { lenient: true });
    expect(good.errors.filter((problem) => problem.path.includes('meanCommunion'))).toEqual([]);
    const typo = loadFile(yaml('{ atleast: 0.3 }'), { lenient: true });
    expect(typo.errors.map((problem) => problem.path)).toContain('beats.begin.branches[0].if.meanCommunion.atleast');
  });
});

describe('a chose condition on an incident', () => {
  it('names the incident in `beat`, passes the checker, and holds once that incident option was taken', () => {
    const motor = readFileSync(new URL('../fixtures/engine/motor.yaml', import.meta.url), 'utf8');
    const withIncidentCondition = motor
      .replace('if: { chose: { beat: botsing, choice: rustig } }', 'if: { chose: { beat: gsm, choice: wijzen } }')
      .replace('      - text: { nl: Wijs even naar de gsm', '      - id: wijzen\n        text: { nl: Wijs even naar de gsm');
    expect(withIncidentCondition).not.toBe(motor);
    const mistyped = withIncidentCondition.replace('beat: gsm', 'beat: gms');
    const folder = mkdtempSync(`${tmpdir()}/klasdeur-chose-`);
    copyFileSync(new URL('../fixtures/engine/mini.cast.yaml', import.meta.url), `${folder}/mini.cast.yaml`);
    writeFileSync(`${folder}/goed.yaml`, withIncidentCondition);
    writeFileSync(`${folder}/fout.yaml`, mistyped.replace('id: motor', 'id: motor-fout'));
    const report = checkPaths([`${folder}/goed.yaml`, `${folder}/fout.yaml`]);
    expect(report.files.find((file) => file.file.endsWith('goed.yaml'))?.errors).toEqual([]);
    expect(report.files.find((file) => file.file.endsWith('fout.yaml'))?.errors.map((problem) => problem.message)).toEqual([
      "De beat 'gms' bestaat niet. Bedoel je 'gsm'?",
    ]);

    const good = report.files.find((file) => file.file.endsWith('goed.yaml'))!.scenario!;
    const compiled = compileScenario(good, report.casts.get('mini')!);
    const afterIncident = step(step(startRun(compiled, NEUTRAL_OPTIONS), { type: 'choice.select', index: 0 })!, { type: 'incident.select', incident: 'gsm', index: 0 })!;
    const context = afterIncident.snapshot.context;
    expect(conditionHolds({ chose: { beat: 'gsm', choice: 'wijzen' } }, context)).toBe(true);
    expect(conditionHolds({ chose: { beat: 'gsm', choice: '1' } }, context)).toBe(false);
  });
});
