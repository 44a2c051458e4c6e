/**
 * The scenario lab's picture of a scenario as a graph, as plain data: every beat a node (the start
 * marked), every ending a node marked as an ending, every incident a node hung on the beat it starts at;
 * every way on an edge: each choice (with the compiler's decision key, so a group's choices can be counted
 * on it), the time-up of a timed beat, each conditional branch and its `otherwise`, and a plain `next`.
 * A `next` naming nothing known (a file with errors) gets a node of kind 'missing', so the drawing still
 * shows where the mistake points. Pure; the words for kinds are the UI's, the scenario's texts are kept
 * in both languages.
 */
import { choiceKey, timeUpKey } from '../scenario/compile.ts';
import type { Scenario, Text } from '../scenario/schema.ts';
import { startBeatOf } from '../guide/order.ts';

export type LabNodeKind = 'beat' | 'ending' | 'incident' | 'missing';
export type LabEdgeKind = 'choice' | 'time-up' | 'branch' | 'otherwise' | 'next' | 'incident';

export interface LabNode {
  /** Unique in the graph: `beat:deur`, `ending:warm`, `incident:gsm`, `missing:afsluitng`. */
  id: string;
  kind: LabNodeKind;
  /** The id the lecturer wrote in the file. */
  name: string;
  /** The lesson's first beat. */
  start?: boolean;
  /** The ending's title, or the start of the beat's or incident's narration. */
  text?: Text;
  /** The beat's lesson phase, when it has one. */
  phase?: string;
}

export interface LabEdge {
  /** Unique in the graph. */
  id: string;
  from: string;
  to: string;
  kind: LabEdgeKind;
  /** The decision key of a choice or time-up (`beat/choice-id`, `beat/2`, `beat/tijd-om`). */
  key?: string;
  /** The choice's text. */
  text?: Text;
  /** 1-based: the choice's place in its beat, or the branch's. */
  number?: number;
}

export interface LabGraph {
  nodes: LabNode[];
  edges: LabEdge[];
}

export const beatNode = (id: string) => `beat:${id}`;
export const endingNode = (id: string) => `ending:${id}`;
export const incidentNode = (id: string) => `incident:${id}`;

export function graphOf(scenario: Scenario): LabGraph {
  const nodes: LabNode[] = [];
  const edges: LabEdge[] = [];
  const start = startBeatOf(scenario);
  const missing = new Set<string>();
  /** A `next` may name a beat or an ending; anything else is drawn as missing. */
  const target = (id: string) => {
    if (id in scenario.beats) return beatNode(id);
    if (id in scenario.endings) return endingNode(id);
    missing.add(id);
    return `missing:${id}`;
  };

  for (const [id, beat] of Object.entries(scenario.beats)) {
    nodes.push({
      id: beatNode(id),
      kind: 'beat',
      name: id,
      ...(id === start ? { start: true } : {}),
      ...(beat.narration ? { text: beat.narration } : {}),
      ...(beat.phase ? { phase: beat.phase } : {}),
    });
    const from = beatNode(id);
    beat.choices?.forEach((choice, index) => {
      const key = choiceKey(id, choice, index);
      edges.push({ id: `choice:${key}`, from, to: target(choice.next), kind: 'choice', key, text: choice.text, number: index + 1 });
    });
    if (beat.timeLimit) {
      const key = timeUpKey(id);
      edges.push({ id: `time-up:${key}`, from, to: target(beat.timeLimit.next), kind: 'time-up', key });
    }
    beat.branches?.forEach((branch, index) => {
      edges.push({ id: `branch:${id}/${index}`, from, to: target(branch.next), kind: 'branch', number: index + 1 });
    });
    if (beat.otherwise !== undefined) edges.push({ id: `otherwise:${id}`, from, to: target(beat.otherwise), kind: 'otherwise' });
    if (beat.next !== undefined) edges.push({ id: `next:${id}`, from, to: target(beat.next), kind: 'next' });
  }
  for (const [id, ending] of Object.entries(scenario.endings)) {
    nodes.push({ id: endingNode(id), kind: 'ending', name: id, text: ending.title });
  }
  for (const [id, incident] of Object.entries(scenario.incidents ?? {})) {
    nodes.push({ id: incidentNode(id), kind: 'incident', name: id, ...(incident.narration ? { text: incident.narration } : {}) });
    edges.push({ id: `incident:${id}`, from: target(incident.at), to: incidentNode(id), kind: 'incident' });
  }
  for (const id of missing) nodes.push({ id: `missing:${id}`, kind: 'missing', name: id });
  return { nodes, edges };
}
