/**
 * Draws the lab's laid-out graph (core/lab/layout.ts) as SVG: beats as boxes (the start with a thick
 * border), endings as dark rounded boxes marked "einde", incidents dashed beside the beat they start at;
 * choices as arrows with their number and first words, a time-up dashed, branches dotted. With a group's
 * results laid over it, each choice shows how many took it (and its arrow thickens with that share) and
 * each ending how many ended there. Every node and arrow carries its full text as a tooltip. Beside the
 * picture, the same graph as a list, for a screen reader and for anyone who would rather read.
 * Built with createElementNS and textContent only; looks come from classes in lab.css (no style
 * attributes: the Content Security Policy refuses them).
 */
import type { LabEdge, LabNode } from '../../core/lab/graph.ts';
import { shorten, type LaidOutGraph, type PlacedEdge, type PlacedNode } from '../../core/lab/layout.ts';
import type { GroupOverlay } from '../../core/lab/overlay.ts';
import type { Language } from '../../core/scenario/vocabulary.ts';
import { el } from '../dom.ts';
import type { Strings } from '../strings.ts';

const SVG = 'http://www.w3.org/2000/svg';
const NODE_TEXT_CHARS = 27;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, className = '', attributes: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  if (className) node.setAttribute('class', className);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

const say = (text: { nl: string; en?: string } | undefined, lang: Language) => (text ? (text[lang] ?? text.nl) : '');

/** The words on an edge, as the layout measures them. */
export function edgeLabel(edge: LabEdge, lang: Language, strings: Strings): string {
  switch (edge.kind) {
    case 'choice':
      return `${edge.number}. ${say(edge.text, lang)}`;
    case 'time-up':
      return strings.labEdgeTimeUp;
    case 'branch':
      return strings.labEdgeBranch(edge.number ?? 0);
    case 'otherwise':
      return strings.labEdgeOtherwise;
    case 'incident':
      return strings.labEdgeIncident;
    case 'next':
      return '';
  }
}

function nodeKindWords(node: LabNode, strings: Strings): string {
  if (node.kind === 'ending') return strings.labNodeEnding;
  if (node.kind === 'incident') return strings.labNodeIncident;
  if (node.kind === 'missing') return strings.labNodeMissing;
  return node.start ? strings.labNodeStart : strings.labNodeBeat;
}

function pathOf(points: readonly { x: number; y: number }[]): string {
  return points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' ');
}

function drawNode(node: PlacedNode, lang: Language, strings: Strings, overlay: GroupOverlay | undefined): SVGGElement {
  const { x, y, width, height } = node.box;
  const group = svg('g', `lab-graph__node lab-graph__node--${node.kind}${node.start ? ' lab-graph__node--start' : ''}`, { 'data-node': node.id });
  const text = say(node.text, lang);
  const ended = node.kind === 'ending' ? overlay?.endings.get(node.name) : undefined;
  group.append(
    svg('title', '', {}, `${nodeKindWords(node, strings)} '${node.name}'${text ? `: ${text}` : ''}${ended !== undefined ? ` — ${strings.labEndedHere(ended)}` : ''}`),
    svg('rect', 'lab-graph__box', { x: x - width / 2, y: y - height / 2, width, height, rx: node.kind === 'ending' ? 18 : 6 }),
    svg('text', 'lab-graph__kind', { x: x - width / 2 + 8, y: y - height / 2 + 14 }, nodeKindWords(node, strings)),
    svg('text', 'lab-graph__name', { x: x - width / 2 + 8, y: y - height / 2 + 30 }, shorten(node.name, NODE_TEXT_CHARS)),
  );
  if (text) group.append(svg('text', 'lab-graph__text', { x: x - width / 2 + 8, y: y - height / 2 + 46 }, shorten(text, NODE_TEXT_CHARS + 3)));
  if (ended !== undefined) {
    group.append(svg('text', 'lab-graph__count lab-graph__count--ending', { x: x + width / 2 - 8, y: y - height / 2 + 14, 'text-anchor': 'end' }, `${ended}×`));
  }
  return group;
}

function drawEdge(edge: PlacedEdge, lang: Language, strings: Strings, overlay: GroupOverlay | undefined): SVGGElement {
  const group = svg('g', `lab-graph__edge lab-graph__edge--${edge.kind}`, { 'data-edge': edge.id, ...(edge.key ? { 'data-key': edge.key } : {}) });
  const count = edge.key ? (overlay?.choices.get(edge.key) ?? (overlay ? 0 : undefined)) : undefined;
  const full = edgeLabel(edge, lang, strings);
  group.append(svg('title', '', {}, `${full || strings.labEdgeNext}${count !== undefined ? ` — ${strings.labChosenBy(count)}` : ''}`));
  // Thicker as more of the group took it: 1.5 px for none, up to 7 px for everyone.
  const share = count !== undefined && overlay && overlay.results > 0 ? count / overlay.results : 0;
  const weight = count !== undefined ? `lab-graph__line--w${Math.round(share * 5)}` : '';
  group.append(svg('path', `lab-graph__line ${weight}`, { d: pathOf(edge.points), 'marker-end': 'url(#lab-arrow)' }));
  if (edge.label) {
    const { x, y, width, height } = edge.label.box;
    group.append(
      svg('rect', 'lab-graph__label-box', { x: x - width / 2, y: y - height / 2, width, height, rx: 3 }),
      svg('text', 'lab-graph__label', { x, y: y + 4, 'text-anchor': 'middle' }, edge.label.text),
    );
    if (count !== undefined) {
      group.append(svg('text', `lab-graph__count${count === 0 ? ' lab-graph__count--none' : ''}`, { x: x + width / 2 + 3, y: y + 4 }, `${count}×`));
    }
  }
  return group;
}

/** The graph as a picture (SVG at its own size, in a scrolling frame). */
export function renderGraph(graph: LaidOutGraph, lang: Language, strings: Strings, overlay?: GroupOverlay): SVGSVGElement {
  const counts = { beats: 0, endings: 0, choices: 0 };
  for (const node of graph.nodes) if (node.kind === 'beat') counts.beats++;
  else if (node.kind === 'ending') counts.endings++;
  for (const edge of graph.edges) if (edge.kind === 'choice') counts.choices++;
  // Room on the right for the counts beside the rightmost labels.
  const width = graph.width + (overlay ? 28 : 0);
  const picture = svg('svg', 'lab-graph__svg', {
    viewBox: `0 0 ${width} ${graph.height}`,
    width,
    height: graph.height,
    role: 'img',
    'aria-label': strings.labGraphSummary(counts.beats, counts.endings, counts.choices),
  });
  const defs = svg('defs');
  // In the drawing's own units, so a thick (much chosen) arrow keeps a head of the usual size.
  const marker = svg('marker', '', { id: 'lab-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' });
  marker.append(svg('path', 'lab-graph__arrow', { d: 'M0,0 L10,5 L0,10 z' }));
  defs.append(marker);
  const edges = svg('g', 'lab-graph__edges');
  edges.append(...graph.edges.map((edge) => drawEdge(edge, lang, strings, overlay)));
  const nodes = svg('g', 'lab-graph__nodes');
  nodes.append(...graph.nodes.map((node) => drawNode(node, lang, strings, overlay)));
  picture.append(defs, edges, nodes);
  return picture;
}

/** The same graph as a list: each beat with where its choices lead (and how many took each). */
export function renderGraphList(graph: LaidOutGraph, lang: Language, strings: Strings, overlay?: GroupOverlay): HTMLElement {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const list = el('ul', 'lab-graph__list');
  for (const node of graph.nodes) {
    const text = say(node.text, lang);
    const item = el('li', `lab-graph__list-node lab-graph__list-node--${node.kind}`);
    const ended = node.kind === 'ending' ? overlay?.endings.get(node.name) : undefined;
    item.append(el('strong', '', `${nodeKindWords(node, strings)} '${node.name}'`), text ? `: ${shorten(text, 120)}` : '', ended !== undefined ? ` (${strings.labEndedHere(ended)})` : '');
    const ways = graph.edges.filter((edge) => edge.from === node.id);
    if (ways.length > 0) {
      const sub = el('ul');
      for (const edge of ways) {
        const to = byId.get(edge.to);
        const count = edge.key && overlay ? (overlay.choices.get(edge.key) ?? 0) : undefined;
        const words = edgeLabel(edge, lang, strings) || strings.labEdgeNext;
        sub.append(el('li', '', `${words} → ${to ? `${nodeKindWords(to, strings)} '${to.name}'` : edge.to}${count !== undefined ? ` (${strings.labChosenBy(count)})` : ''}`));
      }
      item.append(sub);
    }
    list.append(item);
  }
  return list;
}
