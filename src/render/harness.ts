/**
 * Test and development page for the classroom alone (served by the dev server only, never built): mounts the
 * classroom with a hand-made view model of class 3A (24 secondary pupils in varied states) and
 * exposes `window.harness` so the e2e spec (tests/e2e/render.spec.ts) and a person at the dev server can change
 * the view. Query: `?place=bureau&level=lager&restless=0.8&reduced=1&lang=en&pupils=12&state=calm`.
 */
import type { Language, Level, Place, PupilAction } from '../core/scenario/vocabulary.ts';
import { lookOf } from '../core/session/looks.ts';
import type { Mood, Posture, PupilView, ViewModel } from '../core/session/view.ts';
import { mountClassroom, type ClassroomView } from './index.ts';
import './harness.css';

const params = new URLSearchParams(location.search);
const lang = (params.get('lang') ?? 'nl') as Language;
/** The class 3A of the shipped cast (scenarios/casts/3a.yaml), copied so the page does not depend on scenario edits. */
const CLASS_3A = 'Noor Samir Lisa Wout Yasmina Jonas Elif Senne Amber Mohamed Lotte Kobe Fatima Arne Zoë Bilal Febe Ruben Imane Tibo Kacper Rayan Mila Robin'
  .split(' ')
  .map((name) => ({ id: name.toLowerCase().replace('ë', 'e'), name }));
const count = Math.min(30, Number(params.get('pupils') ?? CLASS_3A.length));

/** Varied states, so every part shows at least once: [mood, posture, doing?, speaking?]. */
const VARIED: [Mood, Posture, PupilAction?, boolean?][] = [
  ['happy', 'upright', 'vinger-op'],
  ['neutral', 'upright'],
  ['upset', 'upright', 'roepen', true],
  ['bored', 'leaning'],
  ['happy', 'upright', 'lachen'],
  ['neutral', 'upright', 'fluisteren'],
  ['neutral', 'upright', 'werken'],
  ['bored', 'slumped'],
  ['happy', 'upright', 'kletsen'],
  ['neutral', 'leaning', 'wegkijken'],
  ['upset', 'turned-away'],
  ['neutral', 'upright', 'wiebelen'],
  ['bored', 'upright', 'terugtrekken'],
  ['happy', 'upright'],
  ['neutral', 'upright', 'werken'],
  ['neutral', 'leaning'],
  ['happy', 'upright', 'vinger-op'],
  ['bored', 'upright'],
  ['neutral', 'upright'],
  ['upset', 'upright'],
  ['happy', 'upright', undefined, true],
  ['neutral', 'upright', 'werken'],
  ['bored', 'leaning'],
  ['neutral', 'upright'],
];

/** The harness sets a headscarf for two pupils (the cast never derives one: it is a person's own choice). */
const SCARVES = new Set(['yasmina', 'elif']);

function pupils(state: string): PupilView[] {
  return Array.from({ length: count }, (_, i) => CLASS_3A[i % CLASS_3A.length]!).map((pupil, i) => {
    const [mood, posture, doing, speaking] = state === 'calm' ? (['neutral', 'upright'] as const) : state === 'leaning' ? (['neutral', 'leaning'] as const) : VARIED[i % VARIED.length]!;
    const look = lookOf({ id: pupil.id, look: SCARVES.has(pupil.id) ? { hair: 'hoofddoek' } : undefined });
    const all = params.get('all') as PupilAction | null;
    if (all) return { id: i < CLASS_3A.length ? pupil.id : `${pupil.id}-${i}`, name: pupil.name, look, mood, posture, doing: all, speaking: false };
    const id = i < CLASS_3A.length ? pupil.id : `${pupil.id}-${i}`;
    return { id, name: pupil.name, look, mood, posture, ...(doing ? { doing } : {}), speaking: !!speaking };
  });
}

function makeView(): ViewModel {
  return {
    scenarioId: 'harness',
    title: lang === 'en' ? 'Monday, first period in 3A' : 'Maandag, eerste uur in 3A',
    lang,
    level: (params.get('level') ?? 'secundair') as Level,
    finished: false,
    place: (params.get('place') ?? 'bureau') as Place,
    lines: [],
    prompt: { kind: 'continue' },
    pupils: pupils(params.get('state') ?? 'varied'),
    clock: { lessonMinutes: 50, minutesUsed: 12, minutesLeft: 38, startsAt: 505 },
    decisions: 3,
    restlessness: Number(params.get('restless') ?? 0.45),
    meters: { structure: 0, closeness: 0 },
  };
}

export interface Harness {
  classroom: ClassroomView;
  view: ViewModel;
  /** Shows the view with `patch` applied (shallow). */
  update(patch: Partial<ViewModel>): void;
  /** Shows the view with one pupil changed. */
  setPupil(id: string, patch: Partial<PupilView>): void;
}

const host = document.querySelector<HTMLElement>('#stage')!;
let view = makeView();
const classroom = await mountClassroom(host, view, { reducedMotion: params.get('reduced') === '1', lang });
const harness: Harness = {
  classroom,
  get view() {
    return view;
  },
  update(patch) {
    view = { ...view, ...patch };
    classroom.update(view);
  },
  setPupil(id, patch) {
    view = { ...view, pupils: view.pupils.map((pupil) => (pupil.id === id ? { ...pupil, ...patch } : pupil)) };
    classroom.update(view);
  },
};
(window as unknown as { harness: Harness }).harness = harness;
document.body.dataset.ready = 'true';
