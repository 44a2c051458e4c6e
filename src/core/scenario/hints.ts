/**
 * "Did you mean …?": the closest known word to a mistyped one, when it is close enough to be a likely typo.
 */
import { distance } from 'fastest-levenshtein';

export function closestWord(word: string, candidates: Iterable<string>): string | undefined {
  const typed = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(typed, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // A typo changes a few letters; beyond a third of the word it is another word.
  const allowed = Math.max(2, Math.floor(word.length / 3));
  return bestDistance > 0 && bestDistance <= allowed ? best : undefined;
}
