/**
 * The debrief's sentences on the engine fixture: the repair sentence for one clash reads as one clash,
 * in Dutch and English.
 */
import { describe, expect, it } from 'vitest';
import { NEUTRAL_OPTIONS } from '../../src/core/paths/enumerate.ts';
import { debriefOf } from '../../src/core/session/debrief.ts';
import { startRun, step, type Run } from '../../src/core/session/run.ts';
import type { PlayerEvent } from '../../src/core/scenario/machine.ts';
import { compileFixture } from '../support/engineFixture.ts';

const compiled = compileFixture('engine/motor.yaml');
const play = (...events: PlayerEvent[]): Run => events.reduce((run, event) => step(run, event)!, startRun(compiled, NEUTRAL_OPTIONS));

describe('the repair sentence', () => {
  it('speaks of one clash, not of "1 clashes"', () => {
    // Greet Lisa, answer the phone incident, then call Samir to order in front of the class: one clash, never repaired.
    const run = play({ type: 'choice.select', index: 0 }, { type: 'incident.select', incident: 'gsm', index: 0 }, { type: 'continue' }, { type: 'choice.select', index: 0 });
    expect(run.snapshot.context.classroom.clashes).toHaveLength(1);
    expect(debriefOf(run, 'nl').why.repair).toBe('Er was één botsing, en je herstelde ze niet op tijd.');
    expect(debriefOf(run, 'en').why.repair).toBe('There was one clash, and you did not repair it in time.');
  });
});
