/**
 * Lays the lab's graph out from top to bottom with dagre (a layered layout: the start at the top, each way
 * on going down, edges routed around the nodes, and every edge label given room of its own so none sits
 * on a node). Sizes are estimated from the number of characters, so the layout is pure and the same in
 * Node and in any browser; the drawing (src/ui/lab/graphView.ts) uses the same sizes.
 */
import dagre from '@dagrejs/dagre';
import type { LabEdge, LabGraph, LabNode } from './graph.ts';

export const NODE_WIDTH = 184;
export const NODE_HEIGHT = 54;
/** Edge labels are cut to this many characters (the full text is in the drawing's tooltip). */
export const LABEL_MAX_CHARS = 16;
/** An estimate for a 12 px sans-serif: wide enough for most Dutch text. */
const CHAR_WIDTH = 6.6;
const LABEL_HEIGHT = 18;
const MARGIN = 16;

export interface Box {
  /** The centre. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedNode extends LabNode {
  box: Box;
}

export interface PlacedEdge extends LabEdge {
  /** From the source node's border to the target's, through dagre's bends. */
  points: { x: number; y: number }[];
  /** The edge label as drawn (cut to LABEL_MAX_CHARS) and where; absent for an edge without words. */
  label?: { text: string; box: Box };
}

export interface LaidOutGraph {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** Cuts a text to `max` characters on a word where it can, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export const labelWidth = (text: string) => Math.ceil(text.length * CHAR_WIDTH) + 10;

/** `labelOf` gives each edge's words (empty for none); they are cut to LABEL_MAX_CHARS here. */
export function layoutGraph(graph: LabGraph, labelOf: (edge: LabEdge) => string): LaidOutGraph {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, edgesep: 14, ranksep: 46, marginx: MARGIN, marginy: MARGIN });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) g.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  const labels = new Map<string, string>();
  for (const edge of graph.edges) {
    const text = shorten(labelOf(edge), LABEL_MAX_CHARS);
    labels.set(edge.id, text);
    g.setEdge(edge.from, edge.to, text ? { width: labelWidth(text), height: LABEL_HEIGHT, labelpos: 'c' } : { width: 0, height: 0 }, edge.id);
  }
  dagre.layout(g);

  const nodes = graph.nodes.map((node): PlacedNode => {
    const placed = g.node(node.id);
    return { ...node, box: { x: placed.x ?? 0, y: placed.y ?? 0, width: NODE_WIDTH, height: NODE_HEIGHT } };
  });
  const edges = graph.edges.map((edge): PlacedEdge => {
    const placed = g.edge({ v: edge.from, w: edge.to, name: edge.id });
    const text = labels.get(edge.id) ?? '';
    return {
      ...edge,
      points: ((placed?.points ?? []) as { x: number; y: number }[]).map((point) => ({ x: point.x, y: point.y })),
      ...(text && placed?.x !== undefined && placed.y !== undefined
        ? { label: { text, box: { x: placed.x, y: placed.y, width: labelWidth(text), height: LABEL_HEIGHT } } }
        : {}),
    };
  });
  const size = g.graph();
  return { width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0), nodes, edges };
}
