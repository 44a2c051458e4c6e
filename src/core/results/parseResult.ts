/**
 * Reads a results file a student handed in, for the lecturer's dashboard (a lazily loaded chunk: this
 * module uses zod). Checks the size before reading anything, then that it is JSON, a Klasdeur result,
 * of a version this build knows, and of the exact shape with all its bounds; a situation this build does
 * not know, or knows with another content hash, is read with a warning. Never throws: a hostile file
 * gives a problem, not an exception. Pure.
 */
import { MAX_RESULT_BYTES, RESULT_FORMAT, RESULT_VERSION, ResultFile } from './resultFile.ts';
import type { ResultProblem, ResultWarning } from './resultMessages.ts';

export type ParsedResult =
  | { ok: true; result: ResultFile; warnings: ResultWarning[] }
  | { ok: false; problem: ResultProblem; detail?: string };

const DETAIL_MAX = 300;

export function parseResult(bytesOrText: Uint8Array | ArrayBuffer | string, knownScenarios: readonly { id: string; hash: string }[]): ParsedResult {
  try {
    const text = textOf(bytesOrText);
    if (typeof text !== 'string') return text;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { ok: false, problem: 'not-json', detail: cut(String(error instanceof Error ? error.message : error)) };
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data) || (data as { format?: unknown }).format !== RESULT_FORMAT) {
      return { ok: false, problem: 'not-a-result' };
    }
    const version = (data as { version?: unknown }).version;
    if (typeof version === 'number' && version > RESULT_VERSION) {
      return { ok: false, problem: 'newer-version', detail: `${version} > ${RESULT_VERSION}` };
    }
    const parsed = ResultFile.safeParse(data);
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      return { ok: false, problem: 'wrong-shape', ...(issue ? { detail: cut(`${issue.path.join('.') || '(root)'}: ${issue.message}`) } : {}) };
    }
    const result = parsed.data;
    const known = knownScenarios.find((scenario) => scenario.id === result.scenario.id);
    const warnings: ResultWarning[] = !known ? ['unknown-situation'] : known.hash !== result.scenario.contentHash ? ['changed-situation'] : [];
    return { ok: true, result, warnings };
  } catch (error) {
    // Nothing above should throw; if something does (a runtime limit), the file is still refused calmly.
    return { ok: false, problem: 'wrong-shape', detail: cut(String(error instanceof Error ? error.message : error)) };
  }
}

/** The file as text, or the problem with it: too large (checked before decoding) or not UTF-8. */
function textOf(input: Uint8Array | ArrayBuffer | string): string | { ok: false; problem: ResultProblem; detail?: string } {
  const tooLarge = { ok: false as const, problem: 'too-large' as const, detail: `> ${MAX_RESULT_BYTES} bytes` };
  let text: string;
  if (typeof input === 'string') {
    // A UTF-8 byte count is at least the string's length: a long string is refused without encoding it.
    if (input.length > MAX_RESULT_BYTES || new TextEncoder().encode(input).byteLength > MAX_RESULT_BYTES) return tooLarge;
    text = input;
  } else {
    if (input.byteLength > MAX_RESULT_BYTES) return tooLarge;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return { ok: false, problem: 'not-json', detail: 'not UTF-8 text' };
    }
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function cut(text: string): string {
  return text.length > DETAIL_MAX ? `${text.slice(0, DETAIL_MAX)}…` : text;
}
