/**
 * What happens on the canvas, in words, for a screen reader's live region: `describeChanges(previous,
 * next, lang)` compares two view models and returns short sentences about what changed and can be seen —
 * the place ("Je staat nu aan de klasdeur."), what pupils start doing ("Noor en Rayan steken hun vinger
 * op."), postures and faces that change ("Lisa draait zich van je weg."), and the class's restlessness
 * crossing a threshold ("De klas wordt onrustig."). It never floods: only changes, never a state that did
 * not change; pupils who do the same are one sentence ("Vijf leerlingen komen binnen.", "De klas gaat aan
 * het werk."); at most MAX_SENTENCES about the class per update, the rest summarised in one sentence. The
 * story's text and lines are not repeated here: the play screen shows (and reads) those itself.
 * Pure: no DOM, no state between calls.
 */
import { PLACE_LABELS, type Language, type Place, type Pronoun, type PupilAction } from '../scenario/vocabulary.ts';
import type { Mood, Posture, PupilView, ViewModel } from './view.ts';

/** At most this many sentences about the class per update; the place comes on top, the rest is summarised. */
export const MAX_SENTENCES = 3;
/** Restlessness levels: from RESTLESS up the class is restless, from VERY_RESTLESS very restless. */
export const RESTLESS = 0.35;
export const VERY_RESTLESS = 0.6;
/** Groups of more pupils than this are counted, not named. */
const MAX_NAMES = 3;

/** The places where the whole class sits in view; elsewhere only pupils who do or say something are seen. */
const CLASSROOM_PLACES: ReadonlySet<Place> = new Set(['klasdeur', 'bureau', 'tussen-de-banken']);
/** Places where no pupil is seen at all. */
const NO_PUPILS: ReadonlySet<Place> = new Set(['lerarenkamer']);

/** Who is in view: the classroom draws exactly these (src/render/Classroom.ts), and the live region speaks of them. */
export function pupilsInSight(view: ViewModel): PupilView[] {
  if (NO_PUPILS.has(view.place)) return [];
  if (CLASSROOM_PLACES.has(view.place)) return view.pupils;
  return view.pupils.filter((pupil) => pupil.doing !== undefined || pupil.speaking);
}

type Change =
  | { kind: 'does'; action: PupilAction }
  | { kind: 'posture'; to: 'turned-away' | 'turned-back' | 'slumped' | 'looks-up' | 'sits-up' }
  | { kind: 'mood'; to: Exclude<Mood, 'neutral'> };

/** How a verb phrase reads for one pupil (may use the pronoun), for the class as a whole, and for several pupils. */
interface Forms {
  one: (pronoun: Pronoun | undefined) => string;
  collective: string;
  many: string;
}

const same = (one: string, many: string): Forms => ({ one: () => one, collective: one, many });

const POSSESSIVE: Readonly<Record<Language, Record<Pronoun, string> & { none: string }>> = {
  // Flemish usage for a pupil who is neither hij nor zij: *diens* (scenarios/README.md §12).
  nl: { hij: 'zijn', zij: 'haar', hen: 'diens', none: 'de' },
  en: { hij: 'his', zij: 'her', hen: 'their', none: 'a' },
};

function actionForms(action: PupilAction, lang: Language, inClass: boolean): Forms {
  if (lang === 'nl') {
    switch (action) {
      case 'binnenkomen': return inClass ? same('komt binnen', 'komen binnen') : same('komt aan', 'komen aan');
      case 'kletsen': return same('kletst', 'kletsen met elkaar');
      case 'roepen':
        return inClass
          ? { one: () => 'roept door de klas', collective: 'roept door elkaar', many: 'roepen door de klas' }
          : { one: () => 'roept iets', collective: 'roept door elkaar', many: 'roepen door elkaar' };
      case 'fluisteren': return same('fluistert', 'fluisteren');
      case 'wiebelen': return same('wiebelt', 'wiebelen');
      case 'vinger-op':
        return { one: (p) => `steekt ${POSSESSIVE.nl[p ?? 'none']} vinger op`, collective: 'steekt de vinger op', many: 'steken hun vinger op' };
      case 'werken': return same('gaat aan het werk', 'gaan aan het werk');
      case 'wegkijken': return same('kijkt weg', 'kijken weg');
      case 'terugtrekken': return same('trekt zich terug', 'trekken zich terug');
      case 'lachen': return same('lacht', 'lachen');
      case 'vertrekken': return same('vertrekt', 'vertrekken');
    }
  }
  switch (action) {
    case 'binnenkomen': return inClass ? same('comes in', 'come in') : same('arrives', 'arrive');
    case 'kletsen': return same('is chatting', 'are chatting');
    case 'roepen': return { one: () => 'calls out', collective: 'calls out all at once', many: 'call out' };
    case 'fluisteren': return same('is whispering', 'are whispering');
    case 'wiebelen': return same('is fidgeting', 'are fidgeting');
    case 'vinger-op':
      return { one: (p) => `puts ${POSSESSIVE.en[p ?? 'none']} hand up`, collective: 'puts their hands up', many: 'put their hands up' };
    case 'werken': return same('gets to work', 'get to work');
    case 'wegkijken': return same('looks away', 'look away');
    case 'terugtrekken': return same('withdraws', 'withdraw');
    case 'lachen': return same('laughs', 'laugh');
    case 'vertrekken': return same('leaves', 'leave');
  }
}

const POSTURE_FORMS: Readonly<Record<Language, Record<Exclude<Extract<Change, { kind: 'posture' }>['to'], 'sits-up'>, Forms>>> = {
  nl: {
    'turned-away': same('draait zich van je weg', 'draaien zich van je weg'),
    'turned-back': same('draait zich weer naar je toe', 'draaien zich weer naar je toe'),
    slumped: same('zakt onderuit', 'zakken onderuit'),
    'looks-up': same('kijkt weer op', 'kijken weer op'),
  },
  en: {
    'turned-away': same('turns away from you', 'turn away from you'),
    'turned-back': same('turns back to you', 'turn back to you'),
    slumped: same('slumps', 'slump'),
    'looks-up': same('looks up again', 'look up again'),
  },
};

const SITS_UP: Readonly<Record<Language, { inClass: Forms; standing: Forms }>> = {
  nl: { inClass: same('gaat rechtop zitten', 'gaan rechtop zitten'), standing: same('richt zich op', 'richten zich op') },
  en: { inClass: same('sits up', 'sit up'), standing: same('straightens up', 'straighten up') },
};

const MOOD_FORMS: Readonly<Record<Language, Record<Exclude<Mood, 'neutral'>, Forms>>> = {
  nl: { upset: same('kijkt boos', 'kijken boos'), bored: same('verveelt zich', 'vervelen zich'), happy: same('glimlacht', 'glimlachen') },
  en: { upset: same('looks upset', 'look upset'), bored: same('looks bored', 'look bored'), happy: same('smiles', 'smile') },
};

function formsOf(change: Change, lang: Language, inClass: boolean): Forms {
  if (change.kind === 'does') return actionForms(change.action, lang, inClass);
  if (change.kind === 'mood') return MOOD_FORMS[lang][change.to];
  if (change.to === 'sits-up') return SITS_UP[lang][inClass ? 'inClass' : 'standing'];
  return POSTURE_FORMS[lang][change.to];
}

/** The order sentences come in, most telling first: a teacher answers a raised hand before a smile. */
const ORDER: readonly string[] = [
  'does:vinger-op',
  'does:roepen',
  'does:terugtrekken',
  'does:wegkijken',
  'posture:turned-away',
  'does:vertrekken',
  'does:binnenkomen',
  'mood:upset',
  'posture:slumped',
  'does:lachen',
  'does:kletsen',
  'does:fluisteren',
  'does:wiebelen',
  'posture:turned-back',
  'posture:looks-up',
  'mood:bored',
  'posture:sits-up',
  'mood:happy',
  'does:werken',
];

const keyOf = (change: Change) => (change.kind === 'does' ? `does:${change.action}` : `${change.kind}:${change.to}`);

const NUMBERS: Readonly<Record<Language, readonly string[]>> = {
  nl: ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'twintig'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'],
};

const numberWord = (n: number, lang: Language) => NUMBERS[lang][n] ?? String(n);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Lisa", "Lisa en Bilal", "Noor, Rayan en Wout". */
function nameList(names: readonly string[], lang: Language): string {
  const and = lang === 'nl' ? ' en ' : ' and ';
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')}${and}${names.at(-1)}`;
}

const WORDS = {
  nl: {
    placeFirst: (label: string) => `Je staat ${label}.`,
    placeNow: (label: string) => `Je staat nu ${label}.`,
    isRestless: 'De klas is onrustig.',
    isVeryRestless: 'De klas is erg onrustig.',
    getsRestless: 'De klas wordt onrustig.',
    getsVeryRestless: 'De klas wordt erg onrustig.',
    calmer: 'De klas wordt rustiger.',
    theClass: 'De klas',
    theRest: 'De rest van de klas',
    pupils: (n: string) => `${n} leerlingen`,
    more: (who: string) => `Er gebeurt ook iets bij ${who}.`,
    morePupils: (n: string) => `nog ${n} leerlingen`,
  },
  en: {
    placeFirst: (label: string) => `You are ${label}.`,
    placeNow: (label: string) => `You are now ${label}.`,
    isRestless: 'The class is restless.',
    isVeryRestless: 'The class is very restless.',
    getsRestless: 'The class is getting restless.',
    getsVeryRestless: 'The class is getting very restless.',
    calmer: 'The class is calming down.',
    theClass: 'The class',
    theRest: 'The rest of the class',
    pupils: (n: string) => `${n} pupils`,
    more: (who: string) => `Something is happening with ${who} too.`,
    morePupils: (n: string) => `${n} more pupils`,
  },
} as const;

const restLevel = (restlessness: number) => (restlessness >= VERY_RESTLESS ? 2 : restlessness >= RESTLESS ? 1 : 0);

/** What changed for one pupil in view; at most one change each (what they do, else posture, else face). */
function changeOf(before: PupilView | undefined, now: PupilView): Change | undefined {
  if (now.doing !== undefined && now.doing !== before?.doing) return { kind: 'does', action: now.doing };
  const posture = postureChange(before?.posture, now.posture);
  if (posture) return { kind: 'posture', to: posture };
  if (now.mood !== 'neutral' && now.mood !== before?.mood) return { kind: 'mood', to: now.mood };
  return undefined;
}

/** `before` undefined: the pupil just came into view; only a posture worth mentioning is said then. */
function postureChange(before: Posture | undefined, now: Posture): Extract<Change, { kind: 'posture' }>['to'] | undefined {
  if (before === now) return undefined;
  if (now === 'turned-away') return 'turned-away';
  if (now === 'slumped') return 'slumped';
  if (before === 'turned-away') return 'turned-back';
  if (before === 'slumped') return 'looks-up';
  if (before === 'leaning' && now === 'upright') return 'sits-up';
  return undefined;
}

/**
 * Sentences about what changed on the canvas from `previous` to `next` (`previous` undefined: the first
 * view, said as it is). Empty when nothing visible changed.
 */
export function describeChanges(previous: ViewModel | undefined, next: ViewModel, lang: Language): string[] {
  const words = WORDS[lang];
  const sentences: string[] = [];

  if (previous === undefined || previous.place !== next.place) {
    const label = PLACE_LABELS[next.place][lang];
    sentences.push(previous === undefined ? words.placeFirst(label) : words.placeNow(label));
  }

  const about: string[] = [];
  const inClass = CLASSROOM_PLACES.has(next.place);
  if (inClass) {
    const level = restLevel(next.restlessness);
    const sawClass = previous !== undefined && CLASSROOM_PLACES.has(previous.place);
    const before = sawClass ? restLevel(previous.restlessness) : 0;
    if (level > before) about.push(sawClass ? (level === 2 ? words.getsVeryRestless : words.getsRestless) : level === 2 ? words.isVeryRestless : words.isRestless);
    else if (level < before) about.push(words.calmer);
  }

  const seenBefore = new Map((previous ? pupilsInSight(previous) : []).map((pupil) => [pupil.id, pupil]));
  const inSight = pupilsInSight(next);
  const groups = new Map<string, { change: Change; pupils: PupilView[] }>();
  for (const pupil of inSight) {
    const change = changeOf(seenBefore.get(pupil.id), pupil);
    if (!change) continue;
    const key = keyOf(change);
    const group = groups.get(key) ?? { change, pupils: [] };
    group.pupils.push(pupil);
    groups.set(key, group);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b)).map(([, group]) => group);

  const room = Math.max(0, MAX_SENTENCES - about.length);
  const told = ordered.length > room ? ordered.slice(0, room - 1) : ordered;
  const untold = ordered.slice(told.length);
  const mentioned = new Set<string>();
  for (const { change, pupils } of told) {
    const forms = formsOf(change, lang, inClass);
    const everyone = pupils.length === next.pupils.length && pupils.length > MAX_NAMES;
    const theRest = inClass && pupils.length > MAX_NAMES && pupils.length + mentioned.size === next.pupils.length;
    let sentence: string;
    if (everyone) sentence = `${words.theClass} ${forms.collective}`;
    else if (theRest) sentence = `${words.theRest} ${forms.collective}`;
    else if (pupils.length > MAX_NAMES) sentence = `${capitalise(words.pupils(numberWord(pupils.length, lang)))} ${forms.many}`;
    else if (pupils.length === 1) sentence = `${pupils[0]!.name} ${forms.one(pupils[0]!.pronoun)}`;
    else sentence = `${nameList(pupils.map((pupil) => pupil.name), lang)} ${forms.many}`;
    about.push(`${sentence}.`);
    for (const pupil of pupils) mentioned.add(pupil.id);
  }
  if (untold.length > 0) {
    const rest = [...new Set(untold.flatMap((group) => group.pupils))];
    const who = rest.length <= MAX_NAMES ? nameList(rest.map((pupil) => pupil.name), lang) : words.morePupils(numberWord(rest.length, lang));
    about.push(words.more(who));
  }
  return [...sentences, ...about];
}
