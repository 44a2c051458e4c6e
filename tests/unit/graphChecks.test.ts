/**
 * The checks that walk every path of a compiled scenario: unreachable beats, endings nobody reaches,
 * dead ends, lessons that go round for ever, and conditions that never hold (a warning). One small
 * fixture per mistake, each asserting the line, column and message a lecturer sees.
 */
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/cli/check.ts';

const fixture = (name: string) => new URL(`../fixtures/graph/${name}.yaml`, import.meta.url).pathname;

function problems(name: string) {
  const report = checkPaths([fixture(name)], { graph: true });
  const [file] = report.files;
  const show = (p: { line: number; column: number; message: string }) => `${p.line}:${p.column}: ${p.message}`;
  return { errors: file!.errors.map(show), warnings: file!.warnings.map(show) };
}

describe('graph checks', () => {
  it('finds a beat no path reaches and an ending no path ends in', () => {
    expect(problems('losse-beat')).toEqual({
      errors: ["14:3: Geen enkel pad komt bij de beat 'vergeten'.", "19:3: Geen enkel pad eindigt in 'nooit'."],
      warnings: [],
    });
  });

  it('finds a dead end: a beat whose only choice is never possible', () => {
    expect(problems('vast')).toEqual({
      errors: ["11:3: In 'start' loopt het vast: er is geen keuze die kan, en geen weg verder.", "18:3: Geen enkel pad eindigt in 'einde'."],
      warnings: ['15:9: Deze voorwaarde klopt op geen enkel pad; deze weg wordt dus nooit genomen.'],
    });
  });

  it('finds a lesson that can go round for ever', () => {
    expect(problems('rondje')).toEqual({
      errors: ["18:3: Vanaf 'gang' kan de les eindeloos rondgaan zonder ooit een einde te bereiken."],
      warnings: [],
    });
  });

  it('warns about a condition that never holds, without failing the file', () => {
    const report = checkPaths([fixture('nooit-waar')], { graph: true });
    expect(report.ok).toBe(true);
    expect(problems('nooit-waar').warnings).toEqual(['17:9: Deze voorwaarde klopt op geen enkel pad; deze weg wordt dus nooit genomen.']);
  });

  it('passes the engine fixture, whose every beat, incident and ending is reached', () => {
    const report = checkPaths([new URL('../fixtures/engine/motor.yaml', import.meta.url).pathname], { graph: true });
    expect(report.files[0]?.errors).toEqual([]);
    expect(report.files[0]?.warnings).toEqual([]);
  });
});
