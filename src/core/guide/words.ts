/**
 * Says the parts of a choice in words for the guide: its behaviour on the circle ("sturend 0.5,
 * vriendelijk 0.4"), whom it is aimed at, the lesson time it costs, its direct effects, and stage
 * directions. Numbers are printed as the scenario file has them (0.5, not 0,5), so a lecturer finds them
 * back in the YAML. Conditions are in conditionWords.ts.
 */
import type { Adult, Behaviour, Effect, Scenario, StageDirection, Target, Text } from '../scenario/schema.ts';
import { OCTANT_LABELS, OCTANTS, type Language } from '../scenario/vocabulary.ts';
import { ACTION_LABELS, ROLE_LABELS } from './labels.ts';
import type { GuideLink } from './model.ts';

/** The pupils an effect or stage direction names: the class, or pupils by id. */
type Pupils = Effect['pupils'];

/** What the word functions need to know beyond the part they describe. */
export interface WordContext {
  lang: Language;
  scenario: Scenario;
  /** Pupils' and adults' names by id. */
  names: ReadonlyMap<string, string>;
  adults: ReadonlyMap<string, Adult>;
  /** Where a beat or ending id leads, with its label and number. */
  link(id: string): GuideLink;
  /** "moment 4 (kobe)": a beat named inside a sentence. */
  beatInSentence(id: string): string;
}

/** The text in the guide's language; Dutch when a lecturer's own file has no English. */
export const say = (text: Text, lang: Language): string => text[lang] ?? text.nl;

/** A number as written in a scenario file, without float noise (0.30000000000000004 → 0.3). */
export const numberWords = (value: number): string => String(Math.round(value * 1000) / 1000);

export const signed = (value: number): string => (value < 0 ? `−${numberWords(-value)}` : `+${numberWords(value)}`);

/** "A, B en C" / "A, B and C". */
export function listWords(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${items.at(-1)}`;
}

/** A choice's text inside a sentence, in single quotes unless it is one quotation from start to end. */
export function quoted(text: string): string {
  return /^“[^“”]*”$/.test(text) ? text : `‘${text}’`;
}

export const nameOf = (id: string, context: WordContext): string => context.names.get(id) ?? id;

export function behaviourWords(behaviour: Behaviour | undefined, lang: Language): string {
  const weights = OCTANTS.map((octant) => [octant, behaviour?.[octant] ?? 0] as const)
    .filter(([, weight]) => weight > 0)
    // Heaviest first; equal weights keep the circle's order.
    .sort((a, b) => b[1] - a[1]);
  if (weights.length === 0) {
    return lang === 'nl' ? 'geen gedrag tegenover leerlingen (telt niet mee op de Roos)' : 'no behaviour towards pupils (does not count on the circle)';
  }
  return weights.map(([octant, weight]) => `${OCTANT_LABELS[octant][lang]} ${numberWords(weight)}`).join(', ');
}

export function targetWords(target: Target | undefined, context: WordContext): string {
  const { lang } = context;
  if (target === undefined || target === 'klas') return lang === 'nl' ? 'de klas' : 'the class';
  if (target === 'iedereen') return lang === 'nl' ? 'elke leerling apart' : 'every pupil in turn';
  if (target === 'niemand') return lang === 'nl' ? 'niemand' : 'nobody';
  if ('pupils' in target) return listWords(target.pupils.map((id) => nameOf(id, context)), lang);
  return adultWords(target.adult, context);
}

/** "klastitularis", "ouder van Kobe" / "form teacher", "Kobe’s parent". */
export function roleWords(adult: Adult, context: WordContext): string {
  const { lang } = context;
  if (adult.role === 'ouder' && adult.parentOf) {
    const child = nameOf(adult.parentOf, context);
    return lang === 'nl' ? `ouder van ${child}` : `${child}’s parent`;
  }
  return ROLE_LABELS[adult.role][lang];
}

/** "Mevrouw Janssens (klastitularis)". */
export function adultWords(id: string, context: WordContext): string {
  const adult = context.adults.get(id);
  return adult ? `${adult.name} (${roleWords(adult, context)})` : nameOf(id, context);
}

export function minutesWords(minutes: number | undefined, lang: Language): string {
  if (!minutes) return lang === 'nl' ? 'geen lestijd' : 'no lesson time';
  return `${numberWords(minutes)} min`;
}

export function pupilsWords(pupils: Pupils, context: WordContext): string {
  if (pupils === 'klas') return context.lang === 'nl' ? 'de klas' : 'the class';
  return listWords(pupils.map((id) => nameOf(id, context)), context.lang);
}

/** "Kobe: nabijheid +0.1, conflict −0.05, begin van een botsing". */
export function effectWords(effect: Effect, context: WordContext): string {
  const nl = context.lang === 'nl';
  const parts: string[] = [];
  if (effect.closeness !== undefined) parts.push(`${nl ? 'nabijheid' : 'closeness'} ${signed(effect.closeness)}`);
  if (effect.conflict !== undefined) parts.push(`conflict ${signed(effect.conflict)}`);
  if (effect.engagement !== undefined) parts.push(`${nl ? 'betrokkenheid' : 'engagement'} ${signed(effect.engagement)}`);
  if (effect.noted) parts.push(nl ? 'genoteerd om morgen aan te spreken' : 'noted to talk to tomorrow');
  if (effect.clash) parts.push(nl ? 'begin van een botsing' : 'starts a clash');
  if (effect.repair) parts.push(nl ? 'herstelt een eerdere botsing' : 'repairs an earlier clash');
  return `${pupilsWords(effect.pupils, context)}: ${parts.join(', ')}`;
}

/** "Kobe: roepen", "de klas: lachen". */
export function stageWords(directions: readonly StageDirection[] | undefined, context: WordContext): string[] {
  return (directions ?? []).map((direction) => `${pupilsWords(direction.who, context)}: ${ACTION_LABELS[direction.does][context.lang]}`);
}
