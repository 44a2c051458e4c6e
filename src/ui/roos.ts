/**
 * The Roos van Leary as an SVG: the eight octants of the interpersonal circle labelled in the current
 * language, agency (structure) up and communion (closeness) to the right, and one or more trajectories
 * of the teacher's position over a lesson's decisions, each ending in its mean position. Built with DOM
 * calls and textContent only. Draws what it is given.
 */
import type { CirclePosition } from '../core/model/types.ts';
import { OCTANT_LABELS, OCTANTS, type Language } from '../core/scenario/vocabulary.ts';

const SVG = 'http://www.w3.org/2000/svg';
const SIZE = 360;
const CENTRE = SIZE / 2;
const RADIUS = 120;
const MARGIN = 70;

export interface RoosTrajectory {
  /** Shown in the legend and the description. */
  label: string;
  points: readonly CirclePosition[];
  mean: CirclePosition;
  /** 'main' is drawn strong, 'other' (a what-if) dashed; 'chapter-1' … 'chapter-4' are a school year's chapters, each its own colour. */
  style: 'main' | 'other' | `chapter-${number}`;
  /** A short mark beside the mean (a chapter's number), so trajectories are told apart without colour. */
  marker?: string;
}

function node<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Circle coordinates → SVG: communion to the right, agency up. */
function toSvg(position: CirclePosition, radius = RADIUS): [number, number] {
  return [CENTRE + position.communion * radius, CENTRE - position.agency * radius];
}

/** The direction of octant i (sturend at i = 0), as an angle from the communion axis, counter-clockwise. */
function octantAngle(i: number): number {
  // sturend sits at (A, M) = (0.924, 0.383): 67.5° above the communion axis; vriendelijk, the next
  // octant in DESIGN's order, at (0.383, 0.924): 45° further clockwise, and so on round the circle.
  return ((67.5 - 45 * i) * Math.PI) / 180;
}

function pointAt(angle: number, radius: number): [number, number] {
  return [CENTRE + Math.cos(angle) * radius, CENTRE - Math.sin(angle) * radius];
}

/** A mean position's side in words, for a debrief that shows no numbers. */
function amount(value: number, lang: Language): string {
  const words = lang === 'nl' ? ['veel', 'wat', 'nauwelijks', 'het omgekeerde'] : ['much', 'some', 'hardly any', 'the opposite'];
  return words[value >= 0.5 ? 0 : value >= 0.15 ? 1 : value > -0.15 ? 2 : 3]!;
}

/** `numbers: false` describes the mean positions in words (the debrief's 'words' feedback). */
export function renderRoos(trajectories: readonly RoosTrajectory[], lang: Language, title: string, options: { numbers?: boolean } = {}): SVGSVGElement {
  // Room left and right for the longest octant names beside the circle.
  const svg = node('svg', { viewBox: `${-MARGIN} 0 ${SIZE + 2 * MARGIN} ${SIZE}`, role: 'img', class: 'roos', 'aria-labelledby': 'roos-title roos-desc' });
  svg.append(node('title', { id: 'roos-title' }, title));
  const value = (n: number) => (options.numbers === false ? amount(n, lang) : n.toFixed(2));
  const describe = trajectories
    .map((t) => `${t.label}: ${lang === 'nl' ? 'structuur' : 'structure'} ${value(t.mean.agency)}, ${lang === 'nl' ? 'nabijheid' : 'closeness'} ${value(t.mean.communion)}`)
    .join('; ');
  svg.append(node('desc', { id: 'roos-desc' }, describe));

  // Octant sectors, alternately shaded, with their names outside the circle.
  OCTANTS.forEach((octant, i) => {
    const centre = octantAngle(i);
    const [x1, y1] = pointAt(centre - Math.PI / 8, RADIUS);
    const [x2, y2] = pointAt(centre + Math.PI / 8, RADIUS);
    svg.append(node('path', { d: `M ${CENTRE} ${CENTRE} L ${x1} ${y1} A ${RADIUS} ${RADIUS} 0 0 0 ${x2} ${y2} Z`, class: `roos__sector roos__sector--${i % 2 ? 'odd' : 'even'}` }));
    const [lx, ly] = pointAt(centre, RADIUS + 22);
    const anchor = Math.abs(Math.cos(centre)) < 0.3 ? 'middle' : Math.cos(centre) > 0 ? 'start' : 'end';
    svg.append(node('text', { x: lx.toFixed(1), y: (ly + 4).toFixed(1), 'text-anchor': anchor, class: 'roos__label' }, OCTANT_LABELS[octant][lang]));
  });
  svg.append(node('circle', { cx: CENTRE, cy: CENTRE, r: RADIUS, class: 'roos__rim' }));
  svg.append(node('line', { x1: CENTRE - RADIUS, y1: CENTRE, x2: CENTRE + RADIUS, y2: CENTRE, class: 'roos__axis' }));
  svg.append(node('line', { x1: CENTRE, y1: CENTRE - RADIUS, x2: CENTRE, y2: CENTRE + RADIUS, class: 'roos__axis' }));

  for (const trajectory of trajectories) {
    const group = node('g', { class: `roos__trajectory roos__trajectory--${trajectory.style}` });
    const coordinates = trajectory.points.map((point) => toSvg(point).map((n) => n.toFixed(1)).join(','));
    if (coordinates.length > 1) group.append(node('polyline', { points: coordinates.join(' '), class: 'roos__path' }));
    trajectory.points.forEach((point, i) => {
      const [x, y] = toSvg(point);
      group.append(node('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 3, class: 'roos__step' }, undefined));
      if (i === 0) group.append(node('text', { x: (x + 6).toFixed(1), y: (y - 6).toFixed(1), class: 'roos__start' }, '1'));
    });
    const [mx, my] = toSvg(trajectory.mean);
    group.append(node('circle', { cx: mx.toFixed(1), cy: my.toFixed(1), r: 7, class: 'roos__mean' }));
    if (trajectory.marker) group.append(node('text', { x: (mx + 9).toFixed(1), y: (my + 4).toFixed(1), class: 'roos__marker' }, trajectory.marker));
    svg.append(group);
  }
  return svg;
}
