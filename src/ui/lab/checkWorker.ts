/**
 * The scenario lab's checker, off the page's thread: the YAML parser, zod and the path walk run here, so
 * typing stays smooth while a large file is read (a few hundred ms) or its paths are walked (seconds).
 * It answers each request with what core/lab/check.ts says; the page decides which answer is still
 * wanted. Loaded from the page's own origin, as the Content Security Policy asks (worker-src falls back
 * to script-src 'self').
 */
import { checkLabPaths, checkLabText } from '../../core/lab/check.ts';
import type { CheckRequest, CheckResponse } from './checkMessages.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckResponse): void;
};

scope.onmessage = ({ data: request }) => {
  try {
    if (request.type === 'file') {
      const check = checkLabText(request.text, { lang: request.lang, casts: new Map(request.casts.map((cast) => [cast.id, cast])) });
      scope.postMessage({ type: 'file', version: request.version, check });
    } else {
      scope.postMessage({ type: 'paths', version: request.version, problems: checkLabPaths(request.text, request.compiled, request.lang) });
    }
  } catch (error) {
    scope.postMessage({ type: 'failed', version: request.version, detail: error instanceof Error ? error.message : String(error) });
  }
};
