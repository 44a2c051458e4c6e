/**
 * The checks that need the compiled machine: from an enumeration of every path, which beats, incidents
 * and endings nobody reaches, where a path gets stuck (a dead end) or never ends, and which conditions
 * never hold (a warning: the lecturer may have meant it, but usually it is a mistake).
 */
import { choiceKey, routeKey, type CompiledScenario } from '../scenario/compile.ts';
import { conditionHolds, notesThatHold } from '../scenario/conditions.ts';
import type { Finding } from '../scenario/problems.ts';
import { currentBeat } from '../session/run.ts';
import type { Enumeration } from './enumerate.ts';

export function graphFindings(compiled: CompiledScenario, enumeration: Enumeration): Finding[] {
  const { scenario } = compiled;
  const { reached, decisionsTaken } = enumeration;
  const findings: Finding[] = [];
  // With the cap hit, "never reached" may only mean "not explored": such findings are warnings, and the
  // first of them says why.
  const missing = enumeration.capped ? 'warning' : 'error';

  for (const beatId of Object.keys(scenario.beats)) {
    if (!reached.beats.has(beatId)) findings.push({ code: 'unreachable-beat', path: ['beats', beatId], atKey: true, severity: missing, params: { beat: beatId } });
  }
  for (const endingId of Object.keys(scenario.endings)) {
    if (!reached.endings.has(endingId)) findings.push({ code: 'unreached-ending', path: ['endings', endingId], atKey: true, severity: missing, params: { ending: endingId } });
  }
  for (const [incidentId, incident] of Object.entries(scenario.incidents ?? {})) {
    if (reached.beats.has(incident.at) && !reached.incidents.has(incidentId)) {
      findings.push({ code: 'unreached-incident', path: ['incidents', incidentId], atKey: true, severity: 'warning', params: { incident: incidentId } });
    }
  }

  const stuckAt = (runs: Enumeration['deadEnds']) => new Set(runs.map((run) => run.snapshot.context.incidentAsking ?? currentBeat(run) ?? ''));
  for (const place of stuckAt(enumeration.deadEnds)) {
    const path = place in scenario.beats ? ['beats', place] : ['incidents', place];
    findings.push({ code: 'dead-end', path, atKey: true, params: { beat: place } });
  }
  for (const place of stuckAt(enumeration.endless)) {
    findings.push({ code: 'never-ends', path: ['beats', place], atKey: true, params: { beat: place } });
  }

  // A condition never holds when its beat was reached but the choice or branch was never taken.
  for (const [beatId, beat] of Object.entries(scenario.beats)) {
    if (!reached.beats.has(beatId)) continue;
    beat.choices?.forEach((choice, index) => {
      if (choice.if && !decisionsTaken.has(choiceKey(beatId, choice, index))) {
        findings.push({ code: 'condition-never-holds', path: ['beats', beatId, 'choices', index, 'if'], atKey: true, severity: 'warning' });
      }
    });
    beat.branches?.forEach((_, index) => {
      if (!decisionsTaken.has(routeKey(beatId, index))) {
        findings.push({ code: 'condition-never-holds', path: ['beats', beatId, 'branches', index, 'if'], atKey: true, severity: 'warning' });
      }
    });
  }
  // Debrief notes: every path that ends somewhere should read at least one note there, and a conditional
  // note that no path ever shows is probably a mistake.
  const notesShown = new Map<string, Set<number>>();
  const endingsWithoutNote = new Set<string>();
  for (const run of [...enumeration.finished, ...enumeration.sampled]) {
    const endingId = run.snapshot.context.ending;
    const ending = endingId ? scenario.endings[endingId] : undefined;
    if (!endingId || !ending) continue;
    const shown = notesShown.get(endingId) ?? new Set<number>();
    ending.debrief.forEach((note, index) => {
      if (!('text' in note) || conditionHolds(note.if, run.snapshot.context)) shown.add(index);
    });
    notesShown.set(endingId, shown);
    if (notesThatHold(ending.debrief, run.snapshot.context).length === 0) endingsWithoutNote.add(endingId);
  }
  for (const endingId of endingsWithoutNote) {
    findings.push({ code: 'ending-without-note', path: ['endings', endingId, 'debrief'], atKey: true, severity: 'warning', params: { ending: endingId } });
  }
  for (const [endingId, shown] of notesShown) {
    scenario.endings[endingId]?.debrief.forEach((note, index) => {
      if ('text' in note && !shown.has(index)) {
        findings.push({ code: 'condition-never-holds', path: ['endings', endingId, 'debrief', index, 'if'], atKey: true, severity: 'warning' });
      }
    });
  }

  const unexplored = enumeration.capped && findings.some((finding) => finding.code.startsWith('unrea'));
  if (unexplored) {
    findings.unshift({ code: 'paths-capped', path: ['beats'], atKey: true, severity: 'warning', params: { count: enumeration.finished.length } });
  }
  return findings;
}
