/**
 * `klasdeur play` with a school-year file: the chapters in turn, each after its interlude, the second
 * starting from the pupils the first left, and the year looked back on at the end.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../bin/klasdeur.mjs', import.meta.url).pathname;
const year = new URL('../fixtures/engine/jaar.yaml', import.meta.url).pathname;

function play(input: string): { code: number | null; out: string } {
  const result = spawnSync(process.execPath, [bin, 'play', year], { encoding: 'utf8', input });
  return { code: result.status, out: result.stdout };
}

describe('klasdeur play with a school year', () => {
  // Two CLI processes, each checking the fixtures and the shipped scenarios: slower than a unit test.
  it('plays the chapters in order and carries the bond from the first to the second', { timeout: 60_000 }, () => {
    // motor: greet Lisa (1), the phone incident (1), speak calmly (2); vervolg: nod (1).
    const warm = play('1\n1\n\n2\n1\n');
    expect(warm.code).toBe(0);
    expect(warm.out).toContain('##### 1. September: Motorproef #####\nHet jaar begint.');
    expect(warm.out).toContain('##### 2. Oktober: Vervolg #####\nEen week later.');
    expect(warm.out).toContain('=== Lisa groet terug ===');
    expect(warm.out).toContain('=== Het jaar in terugblik ===');
    expect(warm.out).toMatch(/Dichterbij: Lisa 30% → \d+%/);
    // Walking to the desk in September: Lisa has no reason to greet you in October.
    const cold = play('2\n1\n\n2\n1\n');
    expect(cold.code).toBe(0);
    expect(cold.out).toContain('=== Lisa kijkt weg ===');
  });

  it('stops with exit 1 when the input runs out halfway', { timeout: 30_000 }, () => {
    expect(play('1\n').code).toBe(1);
  });
});
