/**
 * What the checker says about a file: problem codes with their parameters, and the Dutch and English
 * sentence for each. Owns the wording of every scenario error and warning, so the CLI, the build and the
 * scenario lab all say the same thing. A problem is found as a `Finding` (code, path, params) and becomes a
 * `Problem` once load.ts has placed it on a line and column.
 */
import type { Language } from './vocabulary.ts';

export type Severity = 'error' | 'warning';
export type PathPart = string | number;

/** A parameter of a message: a value shown as it is, or a phrase given in each language. */
export type ParamValue = string | number | { nl: string; en: string };
export type FindingParams = Record<string, ParamValue>;

export interface Finding {
  code: ProblemCode;
  path: PathPart[];
  params?: FindingParams;
  /** Point at the key of the last path part rather than at its value (unknown keys, duplicate keys). */
  atKey?: boolean;
  severity?: Severity;
}

export interface Problem {
  line: number;
  column: number;
  /** The field path as a lecturer reads it: `beats.deur.choices[0].next`. */
  path: string;
  message: string;
  code: ProblemCode;
  severity: Severity;
}

type Params = Record<string, string | number>;
type Say = (p: Params) => string;

/** Appends " Did you mean 'x'?" when a hint was found. */
const hint = (p: Params, nl: boolean) =>
  p.hint === undefined ? '' : nl ? ` Bedoel je '${p.hint}'?` : ` Did you mean '${p.hint}'?`;

const nl = {
  'file-too-large': (p) => `Het bestand is ${p.size} groot; een scenario mag hoogstens 1 MB zijn.`,
  'not-text': () => `Dit is geen tekstbestand (er staan binaire gegevens in). Bewaar het scenario als platte tekst in UTF-8.`,
  'empty-file': () => `Het bestand is leeg. Een scenario begint met velden zoals 'id:' en 'title:'.`,
  'yaml-syntax': (p) => `Dit is geen geldige YAML: ${p.detail}`,
  'duplicate-key': (p) => `'${p.key}' staat twee keer in dezelfde map; elke sleutel mag maar één keer voorkomen.`,
  'alias-bomb': () =>
    `Te veel verwijzingen (*alias) naar ankers (&): uitgeklapt zou het bestand gigantisch worden. Schrijf de tekst gewoon uit.`,
  'too-deep': () => `Het bestand is te diep genest om te lezen.`,
  'not-a-map': () => `Het bestand moet een map van velden zijn (zoals 'id: ...' op elke regel), geen lijst of losse tekst.`,
  'missing-field': (p) => `Het veld '${p.key}' ontbreekt.${p.shallower ? ` Er staat wel een '${p.key}' minder diep ingesprongen: hoort die hier?` : ''}`,
  'unknown-field': (p) =>
    `Onbekend veld '${p.key}'.${p.deeperOf ? ` '${p.key}' is een veld van ${p.deeperOf}: staat het te ver ingesprongen?` : hint(p, true)}`,
  'field-as-entry': (p) =>
    `'${p.key}' staat hier als id in '${p.record}', maar het is een veld van ${p.owner}: staat het te weinig ingesprongen?`,
  'comma-in-text': (p) =>
    `'${p.key}' lijkt een stuk tekst na een komma. Staat er een komma in een tekst tussen { }? Zet die tekst dan tussen aanhalingstekens: nl: "Allez, meneer!"`,
  'unknown-octant': (p) => `'${p.key}' is geen octant van de Roos van Leary.${hint(p, true)} Kies uit: ${p.allowed}.`,
  'wrong-type': (p) => `Verwacht ${p.expected}, maar hier staat ${p.received}.`,
  'bad-value': (p) => `'${p.value}' kan hier niet.${hint(p, true)} Kies uit: ${p.allowed}.`,
  'bad-id': (p) =>
    `'${p.value}' is geen geldige id: gebruik kleine letters, cijfers en koppeltekens (zoals 'aan-de-deur').`,
  'too-small': (p) => `Moet minstens ${p.minimum} zijn.`,
  'too-big': (p) => `Mag hoogstens ${p.maximum} zijn.`,
  'not-whole': () => `Moet een geheel getal zijn.`,
  'list-too-short': (p) => `Deze lijst moet minstens ${p.minimum} ${Number(p.minimum) === 1 ? 'element' : 'elementen'} hebben.`,
  'list-too-long': (p) => `Deze lijst mag hoogstens ${p.maximum} elementen hebben.`,
  'empty-text': () => `Deze tekst is leeg.`,
  'union-mismatch': (p) => `Verwacht ${p.expected}.`,
  'union-unknown-field': (p) => `Onbekend veld '${p.key}'.${hint(p, true)} Hier kan: ${p.allowed}.`,
  'unknown-next': (p) => `'${p.from}' stuurt naar '${p.target}', maar die beat of dat einde bestaat niet.${hint(p, true)}`,
  'unknown-start': (p) => `De startbeat '${p.target}' bestaat niet.${hint(p, true)}`,
  'unknown-beat': (p) => `De beat '${p.target}' bestaat niet.${hint(p, true)}`,
  'unknown-choice': (p) => `De beat '${p.beat}' heeft geen keuze met id '${p.target}'.${hint(p, true)}`,
  'unknown-cast': (p) => `De cast '${p.target}' bestaat niet.${hint(p, true)} Casts staan in scenarios/casts/.`,
  'unknown-pupil': (p) => `'${p.target}' is geen leerling van de cast '${p.cast}'.${hint(p, true)}`,
  'unknown-adult': (p) => `'${p.target}' is geen volwassene van de cast '${p.cast}'.${hint(p, true)}`,
  'unknown-speaker': (p) => `'${p.target}' is geen leerling of volwassene van de cast '${p.cast}'.${hint(p, true)}`,
  'missing-english': () => `De Engelse tekst (en) ontbreekt.`,
  'beat-kind': () =>
    `Een beat heeft ofwel 'choices', ofwel 'branches' met 'otherwise', ofwel alleen 'next' — precies één daarvan.`,
  'branches-without-otherwise': () => `Bij 'branches' hoort een 'otherwise': waarheen als geen enkele voorwaarde klopt?`,
  'otherwise-without-branches': () => `'otherwise' hoort bij 'branches', en die ontbreken hier.`,
  'router-shows-nothing': (p) =>
    `Een beat met 'branches' gaat meteen verder, dus '${p.key}' zou nooit getoond worden. Zet de tekst in de beat ervoor of erna.`,
  'time-limit-without-choices': () => `Een tijdslimiet hoort bij een beat met keuzes.`,
  'duplicate-id': (p) => `De id '${p.id}' komt twee keer voor.`,
  'behaviour-empty': () => `Dit gedrag heeft geen enkel gewicht; laat 'behaviour' weg als de keuze geen gedrag naar leerlingen is.`,
  'behaviour-too-heavy': (p) => `De gewichten tellen op tot ${p.sum}; samen mogen ze hoogstens 1 zijn.`,
  'empty-range': () => `Geef 'atLeast', 'below' of beide.`,
  'empty-range-order': () => `'atLeast' moet kleiner zijn dan 'below', anders kan de voorwaarde nooit kloppen.`,
  'level-mismatch': (p) => `Het scenario is voor het ${p.level} onderwijs, maar de cast '${p.cast}' is een klas van het ${p.castLevel}.`,
  'unknown-scenario': (p) => `Het scenario '${p.target}' bestaat niet (of heeft fouten).${hint(p, true)}`,
  'chapter-cast-mismatch': (p) =>
    `Het scenario '${p.scenario}' speelt in de cast '${p.scenarioCast}', maar dit schooljaar volgt de cast '${p.cast}'. Elk hoofdstuk van een schooljaar speelt in dezelfde klas.`,
  'no-beats': () => `Een scenario heeft minstens één beat nodig.`,
  'no-endings': () => `Een scenario heeft minstens één einde nodig.`,
  'paths-capped': (p) =>
    `Na ${p.count} paden is het verkennen gestopt; wat hieronder 'nooit bereikt' heet, is misschien alleen niet verkend.`,
  'unreachable-beat': (p) => `Geen enkel pad komt bij de beat '${p.beat}'.`,
  'unreached-ending': (p) => `Geen enkel pad eindigt in '${p.ending}'.`,
  'unreached-incident': (p) => `Het incident '${p.incident}' gebeurt op geen enkel pad.`,
  'dead-end': (p) => `In '${p.beat}' loopt het vast: er is geen keuze die kan, en geen weg verder.`,
  'never-ends': (p) => `Vanaf '${p.beat}' kan de les eindeloos rondgaan zonder ooit een einde te bereiken.`,
  'condition-never-holds': () => `Deze voorwaarde klopt op geen enkel pad; deze weg wordt dus nooit genomen.`,
  'ending-without-note': (p) => `Er zijn paden die in '${p.ending}' eindigen zonder dat één nabesprekingsnotitie geldt; geef minstens één notitie zonder voorwaarde.`,
  'file-not-found': () => `Dit bestand of deze map bestaat niet.`,
  'unreadable': (p) => `Dit bestand kon niet gelezen worden: ${p.detail}.`,
  'no-yaml-files': () => `In deze map staan geen .yaml-bestanden.`,
  'not-a-scenario': (p) => `Dit is ${p.kind === 'cast' ? 'een cast' : 'een schooljaar'}, geen scenario. Het scenariolab speelt alleen scenario's (met 'beats:').`,
  'internal': (p) => `Het bestand kon niet gecontroleerd worden: ${p.detail}. Meld dit aan de makers van Klasdeur.`,
} satisfies Record<string, Say>;

export type ProblemCode = keyof typeof nl;

const en: Record<ProblemCode, Say> = {
  'file-too-large': (p) => `The file is ${p.size}; a scenario may be at most 1 MB.`,
  'not-text': () => `This is not a text file (it holds binary data). Save the scenario as plain UTF-8 text.`,
  'empty-file': () => `The file is empty. A scenario starts with fields such as 'id:' and 'title:'.`,
  'yaml-syntax': (p) => `This is not valid YAML: ${p.detail}`,
  'duplicate-key': (p) => `'${p.key}' appears twice in the same map; each key may appear only once.`,
  'alias-bomb': () => `Too many references (*alias) to anchors (&): expanded, the file would be enormous. Write the text out.`,
  'too-deep': () => `The file is nested too deeply to read.`,
  'not-a-map': () => `The file must be a map of fields (like 'id: ...' on each line), not a list or loose text.`,
  'missing-field': (p) =>
    `The field '${p.key}' is missing.${p.shallower ? ` There is a '${p.key}' indented less deeply: does it belong here?` : ''}`,
  'unknown-field': (p) =>
    `Unknown field '${p.key}'.${p.deeperOf ? ` '${p.key}' is a field of ${p.deeperOf}: is it indented too far?` : hint(p, false)}`,
  'field-as-entry': (p) =>
    `'${p.key}' stands here as an id in '${p.record}', but it is a field of ${p.owner}: is it indented too little?`,
  'comma-in-text': (p) =>
    `'${p.key}' looks like a piece of text after a comma. Is there a comma in a text between { }? Then put that text in quotes: en: "Come on, sir!"`,
  'unknown-octant': (p) => `'${p.key}' is not an octant of the interpersonal circle.${hint(p, false)} Choose from: ${p.allowed}.`,
  'wrong-type': (p) => `Expected ${p.expected}, but found ${p.received}.`,
  'bad-value': (p) => `'${p.value}' is not allowed here.${hint(p, false)} Choose from: ${p.allowed}.`,
  'bad-id': (p) => `'${p.value}' is not a valid id: use lowercase letters, digits and hyphens (like 'at-the-door').`,
  'too-small': (p) => `Must be at least ${p.minimum}.`,
  'too-big': (p) => `Must be at most ${p.maximum}.`,
  'not-whole': () => `Must be a whole number.`,
  'list-too-short': (p) => `This list needs at least ${p.minimum} ${Number(p.minimum) === 1 ? 'item' : 'items'}.`,
  'list-too-long': (p) => `This list may have at most ${p.maximum} items.`,
  'empty-text': () => `This text is empty.`,
  'union-mismatch': (p) => `Expected ${p.expected}.`,
  'union-unknown-field': (p) => `Unknown field '${p.key}'.${hint(p, false)} Possible here: ${p.allowed}.`,
  'unknown-next': (p) => `'${p.from}' leads to '${p.target}', but no beat or ending has that id.${hint(p, false)}`,
  'unknown-start': (p) => `The start beat '${p.target}' does not exist.${hint(p, false)}`,
  'unknown-beat': (p) => `The beat '${p.target}' does not exist.${hint(p, false)}`,
  'unknown-choice': (p) => `The beat '${p.beat}' has no choice with id '${p.target}'.${hint(p, false)}`,
  'unknown-cast': (p) => `The cast '${p.target}' does not exist.${hint(p, false)} Casts live in scenarios/casts/.`,
  'unknown-pupil': (p) => `'${p.target}' is not a pupil of the cast '${p.cast}'.${hint(p, false)}`,
  'unknown-adult': (p) => `'${p.target}' is not an adult of the cast '${p.cast}'.${hint(p, false)}`,
  'unknown-speaker': (p) => `'${p.target}' is not a pupil or adult of the cast '${p.cast}'.${hint(p, false)}`,
  'missing-english': () => `The English text (en) is missing.`,
  'beat-kind': () => `A beat has either 'choices', or 'branches' with 'otherwise', or only 'next' — exactly one of these.`,
  'branches-without-otherwise': () => `'branches' needs an 'otherwise': where to go when no condition holds?`,
  'otherwise-without-branches': () => `'otherwise' belongs with 'branches', which are missing here.`,
  'router-shows-nothing': (p) =>
    `A beat with 'branches' moves on at once, so '${p.key}' would never be shown. Put the text in the beat before or after.`,
  'time-limit-without-choices': () => `A time limit belongs to a beat with choices.`,
  'duplicate-id': (p) => `The id '${p.id}' appears twice.`,
  'behaviour-empty': () => `This behaviour has no weight at all; leave 'behaviour' out if the choice is no behaviour towards pupils.`,
  'behaviour-too-heavy': (p) => `The weights add up to ${p.sum}; together they may be at most 1.`,
  'empty-range': () => `Give 'atLeast', 'below' or both.`,
  'empty-range-order': () => `'atLeast' must be smaller than 'below', or the condition can never hold.`,
  'level-mismatch': (p) => `The scenario is for ${p.level} school, but the cast '${p.cast}' is a ${p.castLevel} class.`,
  'unknown-scenario': (p) => `The scenario '${p.target}' does not exist (or has errors).${hint(p, false)}`,
  'chapter-cast-mismatch': (p) =>
    `The scenario '${p.scenario}' is played by the cast '${p.scenarioCast}', but this school year follows the cast '${p.cast}'. Every chapter of a school year is played by the same class.`,
  'no-beats': () => `A scenario needs at least one beat.`,
  'no-endings': () => `A scenario needs at least one ending.`,
  'paths-capped': (p) => `Exploring stopped after ${p.count} paths; what is called 'never reached' below may only be unexplored.`,
  'unreachable-beat': (p) => `No path reaches the beat '${p.beat}'.`,
  'unreached-ending': (p) => `No path ends in '${p.ending}'.`,
  'unreached-incident': (p) => `The incident '${p.incident}' happens on no path.`,
  'dead-end': (p) => `'${p.beat}' is a dead end: no choice is possible and there is no way on.`,
  'never-ends': (p) => `From '${p.beat}' the lesson can go round for ever without reaching an ending.`,
  'condition-never-holds': () => `This condition holds on no path, so this way is never taken.`,
  'ending-without-note': (p) => `Some paths end in '${p.ending}' without any debrief note holding; give at least one note without a condition.`,
  'file-not-found': () => `This file or folder does not exist.`,
  'unreadable': (p) => `This file could not be read: ${p.detail}.`,
  'no-yaml-files': () => `This folder holds no .yaml files.`,
  'not-a-scenario': (p) => `This is ${p.kind === 'cast' ? 'a cast' : 'a school year'}, not a scenario. The scenario lab plays scenarios only (with 'beats:').`,
  'internal': (p) => `The file could not be checked: ${p.detail}. Please report this to the makers of Klasdeur.`,
};

const catalogue: Record<Language, Record<ProblemCode, Say>> = { nl, en };

export function describe(code: ProblemCode, params: FindingParams = {}, lang: Language = 'nl'): string {
  const inLanguage: Params = {};
  for (const [key, value] of Object.entries(params)) inLanguage[key] = typeof value === 'object' ? value[lang] : value;
  return catalogue[lang][code](inLanguage);
}

/** A problem with the file as a whole (too large, not text, not found), placed at its first line. */
export function fileProblem(code: ProblemCode, lang: Language, params: FindingParams = {}): Problem {
  return { line: 1, column: 1, path: '', message: describe(code, params, lang), code, severity: 'error' };
}

/** `['beats', 'deur', 'choices', 0, 'next']` → `beats.deur.choices[0].next` */
export function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}
