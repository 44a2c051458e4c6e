/**
 * The page's side of the lab's checker: two workers (checkWorker.ts), one for the quick check of the file
 * and one for the slow path walk. The quick one is asked about the latest text only (texts typed while
 * it works are skipped, all but the last); the slow one is stopped and started afresh when the text
 * changes under it, so it never walks the paths of a text that is gone. Answers come with the text's
 * version; the caller compares it with its own.
 */
import type { LabCheck } from '../../core/lab/check.ts';
import type { Problem } from '../../core/scenario/problems.ts';
import type { Cast } from '../../core/scenario/schema.ts';
import type { Language } from '../../core/scenario/vocabulary.ts';
import type { CheckRequest, CheckResponse } from './checkMessages.ts';

export interface CheckerEvents {
  file(version: number, check: LabCheck): void;
  paths(version: number, problems: Problem[]): void;
  /** The checker itself failed (a worker could not start, or threw): the detail is for the status line. */
  failed(version: number, detail: string): void;
}

export interface Checker {
  /** Checks this text (version must grow with every change); the path walk follows a text that compiles. */
  check(version: number, text: string): void;
  destroy(): void;
}

const spawn = () => new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module', name: 'klasdeur-lab-check' });

export function createChecker(lang: Language, casts: readonly Cast[], events: CheckerEvents): Checker {
  const castList = [...casts];
  let fileWorker: Worker | undefined;
  let pathsWorker: Worker | undefined;
  let fileBusy = false;
  let waiting: { version: number; text: string } | undefined;
  let latest = 0;

  function listen(worker: Worker) {
    worker.addEventListener('message', ({ data }: MessageEvent<CheckResponse>) => receive(worker, data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (worker === fileWorker) fileBusy = false;
      events.failed(latest, event.message || 'worker error');
    });
    return worker;
  }

  function startFile(version: number, text: string) {
    fileBusy = true;
    fileWorker ??= listen(spawn());
    const request: CheckRequest = { type: 'file', version, text, lang, casts: castList };
    fileWorker.postMessage(request);
  }

  function receive(worker: Worker, response: CheckResponse) {
    if (worker === fileWorker) {
      fileBusy = false;
      if (waiting) {
        const next = waiting;
        waiting = undefined;
        startFile(next.version, next.text);
      }
    }
    if (response.type === 'file') {
      events.file(response.version, response.check);
      if (response.check.compiled && response.version === latest && !waiting) walkPaths(response.version, response.check);
    } else if (response.type === 'paths') events.paths(response.version, response.problems);
    else events.failed(response.version, response.detail);
  }

  function walkPaths(version: number, check: LabCheck) {
    pathsWorker?.terminate();
    pathsWorker = listen(spawn());
    const request: CheckRequest = { type: 'paths', version, text: lastText, compiled: check.compiled!, lang };
    pathsWorker.postMessage(request);
  }

  let lastText = '';
  return {
    check(version, text) {
      latest = version;
      lastText = text;
      // A walk of an older text is no longer wanted.
      pathsWorker?.terminate();
      pathsWorker = undefined;
      try {
        if (fileBusy) waiting = { version, text };
        else startFile(version, text);
      } catch (error) {
        fileBusy = false;
        events.failed(version, error instanceof Error ? error.message : String(error));
      }
    },
    destroy() {
      fileWorker?.terminate();
      pathsWorker?.terminate();
      fileWorker = undefined;
      pathsWorker = undefined;
    },
  };
}

/** Checks one text once (to resume a lab playtest after a reload) and stops its worker. */
export function checkOnce(lang: Language, casts: readonly Cast[], text: string): Promise<LabCheck> {
  return new Promise((resolve, reject) => {
    const worker = spawn();
    worker.addEventListener('message', ({ data }: MessageEvent<CheckResponse>) => {
      worker.terminate();
      if (data.type === 'file') resolve(data.check);
      else reject(new Error(data.type === 'failed' ? data.detail : 'unexpected answer'));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'worker error'));
    });
    const request: CheckRequest = { type: 'file', version: 1, text, lang, casts: [...casts] };
    worker.postMessage(request);
  });
}
