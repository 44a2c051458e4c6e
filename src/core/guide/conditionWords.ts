/**
 * Says a scenario's structured condition as a clause that follows "als" / "if": "de nabijheid met Kobe
 * minstens 0.45 is" / "closeness with Kobe is at least 0.45"; an earlier choice by its text; `all`, `any`
 * and `not` as "en", "of" and a negation, with parentheses where they nest; several choices at one beat
 * joined by `any` as one clause. The words mirror what
 * conditions.ts evaluates: atLeast is ≥, below is <.
 */
import type { Condition, Range } from '../scenario/schema.ts';
import type { Language } from '../scenario/vocabulary.ts';
import { nameOf, numberWords, quoted, say, type WordContext } from './words.ts';

/** "minstens 0.2 en lager dan 0.5 is" / "is at least 0.2 and below 0.5". */
function rangeWords(range: Range, lang: Language): string {
  const parts: string[] = [];
  if (range.atLeast !== undefined) parts.push(`${lang === 'nl' ? 'minstens' : 'at least'} ${numberWords(range.atLeast)}`);
  if (range.below !== undefined) parts.push(`${lang === 'nl' ? 'lager dan' : 'below'} ${numberWords(range.below)}`);
  const bound = parts.join(lang === 'nl' ? ' en ' : ' and ');
  return lang === 'nl' ? `${bound} is` : `is ${bound}`;
}

function minutesLeftWords(range: Range, lang: Language): string {
  const parts: string[] = [];
  if (range.atLeast !== undefined) parts.push(`${lang === 'nl' ? 'minstens' : 'at least'} ${numberWords(range.atLeast)}`);
  if (range.below !== undefined) parts.push(`${lang === 'nl' ? 'minder dan' : 'fewer than'} ${numberWords(range.below)}`);
  const bound = parts.join(lang === 'nl' ? ' en ' : ' and ');
  return lang === 'nl' ? `er nog ${bound} minuten les over zijn` : `${bound} minutes of the lesson are left`;
}

/** A single bound turned round (not at least 0.4 = below 0.4); a range with both bounds has no one-bound opposite. */
function invert(range: Range): Range | undefined {
  if (range.atLeast !== undefined && range.below === undefined) return { below: range.atLeast };
  if (range.below !== undefined && range.atLeast === undefined) return { atLeast: range.below };
  return undefined;
}

/** The text of the choice a `chose` condition names, or its id when the file has no such choice. */
function choiceText(beat: string, choice: string, context: WordContext): string {
  const owner = context.scenario.beats[beat] ?? context.scenario.incidents?.[beat];
  const found = owner?.choices?.find((option, index) => (option.id ?? String(index)) === choice);
  return found ? quoted(say(found.text, context.lang)) : `'${choice}'`;
}

/** One choice, or one of several at the same beat: "je bij moment 3 (kennismaking) koos voor ‘A’ of ‘B’". */
function choseWords(beat: string, choices: readonly string[], context: WordContext, negated: boolean): string {
  const { lang } = context;
  const where = context.beatInSentence(beat);
  const texts = choices.map((choice) => choiceText(beat, choice, context));
  const text = texts.length === 1 ? texts[0]! : `${texts.slice(0, -1).join(', ')} ${lang === 'nl' ? 'of' : 'or'} ${texts.at(-1)}`;
  if (lang === 'nl') return `je bij ${where} ${negated ? 'niet ' : ''}koos voor ${text}`;
  return `you ${negated ? 'did not choose' : 'chose'} ${text} at ${where}`;
}

/** The beat all parts of an `any` choose at, when every part is a `chose` there. */
function commonChoseBeat(parts: readonly Condition[]): string | undefined {
  const beats = new Set(parts.map((part) => ('chose' in part ? part.chose.beat : undefined)));
  const [beat] = beats;
  return beats.size === 1 && beat !== undefined && parts.length > 1 ? beat : undefined;
}

const isCompound = (condition: Condition) => 'all' in condition || 'any' in condition;

function measureWords(condition: Condition, context: WordContext, range: (r: Range) => Range | undefined): string | undefined {
  const { lang } = context;
  const nl = lang === 'nl';
  if ('closeness' in condition) {
    const r = range(condition.closeness);
    const name = nameOf(condition.closeness.pupil, context);
    return r && `${nl ? `de nabijheid met ${name}` : `closeness with ${name}`} ${rangeWords(r, lang)}`;
  }
  if ('conflict' in condition) {
    const r = range(condition.conflict);
    const name = nameOf(condition.conflict.pupil, context);
    return r && `${nl ? `het conflict met ${name}` : `conflict with ${name}`} ${rangeWords(r, lang)}`;
  }
  if ('engagement' in condition) {
    const r = range(condition.engagement);
    const name = nameOf(condition.engagement.pupil, context);
    return r && `${nl ? `de betrokkenheid van ${name}` : `${name}’s engagement`} ${rangeWords(r, lang)}`;
  }
  if ('agency' in condition) {
    const r = range(condition.agency);
    return r && `${nl ? 'de sturing die de klas in je ziet' : 'the agency the class sees in you'} ${rangeWords(r, lang)}`;
  }
  if ('communion' in condition) {
    const r = range(condition.communion);
    return r && `${nl ? 'de nabijheid die de klas in je ziet' : 'the closeness the class sees in you'} ${rangeWords(r, lang)}`;
  }
  if ('meanAgency' in condition) {
    const r = range(condition.meanAgency);
    return r && `${nl ? 'de sturing die de klas gemiddeld over de les in je zag' : 'the agency the class saw in you on average over the lesson'} ${rangeWords(r, lang)}`;
  }
  if ('meanCommunion' in condition) {
    const r = range(condition.meanCommunion);
    return r && `${nl ? 'de nabijheid die de klas gemiddeld over de les in je zag' : 'the closeness the class saw in you on average over the lesson'} ${rangeWords(r, lang)}`;
  }
  if ('minutesLeft' in condition) {
    const r = range(condition.minutesLeft);
    return r && minutesLeftWords(r, lang);
  }
  return undefined;
}

export function conditionWords(condition: Condition, context: WordContext): string {
  const { lang } = context;
  const inner = (part: Condition) => (isCompound(part) ? `(${conditionWords(part, context)})` : conditionWords(part, context));
  if ('chose' in condition) return choseWords(condition.chose.beat, [condition.chose.choice], context, false);
  if ('all' in condition) return condition.all.map(inner).join(lang === 'nl' ? ' en ' : ' and ');
  if ('any' in condition) {
    const beat = commonChoseBeat(condition.any);
    if (beat !== undefined) return choseWords(beat, condition.any.map((part) => ('chose' in part ? part.chose.choice : '')), context, false);
    return condition.any.map(inner).join(lang === 'nl' ? ' of ' : ' or ');
  }
  if ('not' in condition) {
    const negated = condition.not;
    if ('chose' in negated) return choseWords(negated.chose.beat, [negated.chose.choice], context, true);
    const turned = measureWords(negated, context, invert);
    if (turned) return turned;
    return `${lang === 'nl' ? 'het niet zo is dat' : 'it is not the case that'} ${inner(negated)}`;
  }
  return measureWords(condition, context, (range) => range) ?? '';
}
