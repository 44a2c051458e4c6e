/**
 * The frame-of-reference question (DESIGN §4; Lento & Stinckens: you bond faster with pupils in whom you
 * recognise yourself). It earns no points and blames nobody: once there are enough individual contacts,
 * it compares how often the player reached pupils like themselves (similarity σᵢ, hidden while playing)
 * with how often they reached the others, and if the balance leans toward the similar ones, asks about
 * the others by name.
 */
import { PARAMS } from '../model/params.ts';
import type { ClassroomState } from '../model/types.ts';

export interface FrameOfReferenceQuestion {
  nl: string;
  en: string;
  /** Ids of the less-similar pupils with the fewest contacts, fewest first. */
  lessApproached: string[];
  /** Individual contacts per pupil like the player, and per other pupil. */
  contactsPerSimilarPupil: number;
  contactsPerOtherPupil: number;
}

/**
 * The question, or undefined when there were too few contacts, when the class has no similar or no
 * other pupils, or when the player did not lean toward pupils like themselves.
 * `names` maps ids to the names shown; an id without a name is shown as it is.
 */
export function frameOfReferenceQuestion(
  state: ClassroomState,
  names: Readonly<Record<string, string>> = {},
): FrameOfReferenceQuestion | undefined {
  const { minContacts, similarFrom, biasRatio, namesShown } = PARAMS.frameOfReference;
  const taking = Object.entries(state.pupils).filter(([, pupil]) => pupil.takesPart);
  const totalContacts = taking.reduce((sum, [, pupil]) => sum + pupil.contacts, 0);
  if (totalContacts < minContacts) return undefined;

  const similar = taking.filter(([, pupil]) => pupil.similarity >= similarFrom);
  const others = taking.filter(([, pupil]) => pupil.similarity < similarFrom);
  if (similar.length === 0 || others.length === 0) return undefined;

  const contactsPerSimilarPupil = similar.reduce((sum, [, pupil]) => sum + pupil.contacts, 0) / similar.length;
  const contactsPerOtherPupil = others.reduce((sum, [, pupil]) => sum + pupil.contacts, 0) / others.length;
  if (contactsPerSimilarPupil === 0 || contactsPerSimilarPupil < biasRatio * contactsPerOtherPupil) return undefined;

  const lessApproached = others
    .sort(([idA, a], [idB, b]) => a.contacts - b.contacts || idA.localeCompare(idB))
    .slice(0, namesShown)
    .map(([id]) => id);
  const shown = lessApproached.map((id) => names[id] ?? id);
  return {
    nl:
      'Je sprak vooral met leerlingen die jouw interesses of jouw temperament delen. ' +
      `${listOf(shown, 'en')} hoorde je minder. Wat weet je al over hen, en waar zou een gesprek kunnen beginnen?`,
    en:
      'You spoke mostly with pupils who share your interests or your temperament. ' +
      `You heard less from ${listOf(shown, 'and')}. What do you already know about them, and where could a conversation start?`,
    lessApproached,
    contactsPerSimilarPupil,
    contactsPerOtherPupil,
  };
}

/** "Noor", "Noor en Samir", "Noor, Samir en Ilias". */
function listOf(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
