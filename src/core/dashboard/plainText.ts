/**
 * Cleans text a student typed (a nickname, a reflection) before the dashboard shows it: it always reaches
 * the page as text, but control characters and bidirectional overrides could still garble or disguise
 * what stands next to it. Line breaks stay in answers; a nickname becomes one line.
 */

// C0 and C1 controls (except tab and line feed), DEL, and the bidi marks, embeddings, overrides and isolates.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function plainAnswer(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROLS, '').trim();
}

export function plainName(text: string): string {
  return plainAnswer(text).replace(/\s+/g, ' ');
}
