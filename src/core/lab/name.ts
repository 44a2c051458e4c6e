/**
 * What a lab scenario is called in the lab's list, read from its text without parsing it (the list is
 * drawn before the checker has loaded): the Dutch title, else the id, else the first words. Pure.
 */
const MAX = 80;

export function labNameOf(text: string): string {
  const title = /^title:\s*\{[^}\n]*?\bnl:\s*["']?([^"',}\n]+)/m.exec(text) ?? /^title:\s*\n\s+nl:\s*["']?([^"'\n]+)/m.exec(text);
  const id = /^id:\s*["']?([a-z0-9][a-z0-9-]*)/m.exec(text);
  const found = title?.[1]?.trim() || id?.[1] || text.trim().split('\n')[0]?.trim() || '';
  return found.length > MAX ? `${found.slice(0, MAX - 1)}…` : found;
}
