/**
 * Takes in the files a lecturer drops on the dashboard, without the DOM (tests run it in Node): loose
 * results files and .zip files of them. Every limit is checked before the work it guards: a file's size
 * before it is read, a zip's entry count and each entry's declared size before anything is inflated, and
 * the zip's declared total before each next entry. Only .json entries are read, by their file name alone
 * (folders in the zip are never used for anything). Each file ends in one outcome for the list the
 * lecturer sees: accepted (perhaps with a warning), a duplicate of one taken before, or refused with its
 * reason. Nothing here throws on a hostile file, and one bad file never stops the others.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { resultIdentity } from '../../core/dashboard/identity.ts';
import { parseResult } from '../../core/results/parseResult.ts';
import { MAX_RESULT_BYTES, type ResultFile } from '../../core/results/resultFile.ts';
import type { ResultProblem, ResultWarning } from '../../core/results/resultMessages.ts';

const MB = 1024 * 1024;

export interface IntakeLimits {
  /** Files taken from one drop or one pick; the rest are named as left out. */
  maxFiles: number;
  /** Entries a zip may list at all (folders and other files included). */
  maxEntries: number;
  /** A results file, loose or in a zip (declared size, packed or unpacked, whichever is larger). */
  maxEntryBytes: number;
  /** A .zip file as it is dropped. */
  maxZipBytes: number;
  /** What one zip may unpack to, summed over the declared sizes of the entries read. */
  maxTotalBytes: number;
}

export const INTAKE_LIMITS: Readonly<IntakeLimits> = {
  maxFiles: 500,
  maxEntries: 500,
  maxEntryBytes: MAX_RESULT_BYTES,
  maxZipBytes: 50 * MB,
  maxTotalBytes: 50 * MB,
};

/** A dropped or picked file: its name and size are known up front, its bytes only when asked for. */
export interface DroppedFile {
  name: string;
  size: number;
  read(): Promise<Uint8Array>;
}

/** Why a file or a zip was not taken: the results file's own problems, or the zip's. */
export type IntakeProblem = ResultProblem | 'unreadable' | 'not-a-zip' | 'zip-too-many-entries' | 'zip-empty';

/** Where a result came from: a file's name, and the zip it was in. Names only, never folders. */
export interface Source {
  name: string;
  inZip?: string;
}

export type IntakeOutcome =
  | ({ status: 'accepted'; result: ResultFile; warnings: ResultWarning[] } & Source)
  | ({ status: 'duplicate'; firstSeen: Source } & Source)
  | ({ status: 'refused'; problem: IntakeProblem; detail?: string } & Source)
  /** Entries of a zip not read because they are no .json file (or are folders, hidden files, repeated names). */
  | { status: 'skipped'; name: string; count: number }
  /** .json entries of a zip not read because the zip would unpack to more than maxTotalBytes. */
  | { status: 'stopped'; name: string; notRead: number }
  /** Files of one drop beyond maxFiles, not looked at. */
  | { status: 'left-out'; count: number };

export interface ZipContents {
  problem?: 'not-a-zip' | 'zip-too-many-entries';
  /** The .json entries read, by file name, in the zip's order. */
  entries: { name: string; bytes: Uint8Array }[];
  /** .json entries refused unread: they declare more than maxEntryBytes. */
  tooLarge: string[];
  /** .json entries that could not be unpacked (damaged data, a compression fflate does not know). */
  unreadable: string[];
  /** Entries not read because they are not .json files, folders, hidden files or a repeated path. */
  skipped: number;
  /** .json entries not read because the declared total passed maxTotalBytes. */
  notRead: number;
}

class TooManyEntries extends Error {}

/** The last part of a path, with either slash: the only part of a name the dashboard ever uses. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).at(-1) ?? '';
}

const isZipName = (name: string) => /\.zip$/i.test(name);

/**
 * Lists a zip's entries from its central directory and unpacks the .json ones within the limits. The
 * listing inflates nothing (the filter refuses every entry) and stops at the first entry past maxEntries.
 * fflate sizes each entry's output buffer from its declared size, so an entry that lies about its size
 * gives at most that many bytes (and then fails as JSON); the declared sizes are checked before that
 * buffer is made.
 */
export function unpackZip(bytes: Uint8Array, limits: IntakeLimits = INTAKE_LIMITS): ZipContents {
  const contents: ZipContents = { entries: [], tooLarge: [], unreadable: [], skipped: 0, notRead: 0 };
  const listed: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter(info) {
        if (listed.length >= limits.maxEntries) throw new TooManyEntries();
        listed.push({ ...info });
        return false;
      },
    });
  } catch (error) {
    return { ...contents, problem: error instanceof TooManyEntries ? 'zip-too-many-entries' : 'not-a-zip' };
  }

  const paths = new Set<string>();
  let total = 0;
  let stopped = false;
  listed.forEach((info, index) => {
    const name = fileNameOf(info.name);
    const hidden = name.startsWith('.') || /(^|[\\/])__MACOSX[\\/]/.test(info.name);
    if (/[\\/]$/.test(info.name) || !/\.json$/i.test(name) || hidden || paths.has(info.name)) {
      contents.skipped++;
      return;
    }
    paths.add(info.name);
    const declared = Math.max(info.size, info.originalSize);
    if (declared > limits.maxEntryBytes) {
      contents.tooLarge.push(name);
      return;
    }
    if (stopped || total + declared > limits.maxTotalBytes) {
      stopped = true;
      contents.notRead++;
      return;
    }
    total += declared;
    // One entry per pass: damaged data in one entry then costs only that entry.
    try {
      let at = 0;
      const unpacked = unzipSync(bytes, { filter: () => at++ === index });
      const data = unpacked[info.name];
      if (data) contents.entries.push({ name, bytes: data });
      else contents.unreadable.push(name);
    } catch {
      contents.unreadable.push(name);
    }
  });
  return contents;
}

export interface Intake {
  /** Reads the files in order and says what became of each. */
  take(files: readonly DroppedFile[]): Promise<IntakeOutcome[]>;
  /** Forgets the results taken so far, so they count as new when dropped again. */
  reset(): void;
}

/**
 * An intake for one dashboard: it remembers every run it accepted (across drops), so the same file or
 * the same run dropped again is reported as a duplicate and not counted twice.
 */
export function createIntake(knownScenarios: readonly { id: string; hash: string }[], limits: IntakeLimits = INTAKE_LIMITS): Intake {
  const seen = new Map<string, Source>();

  function judge(bytes: Uint8Array, source: Source): IntakeOutcome {
    const parsed = parseResult(bytes, knownScenarios);
    if (!parsed.ok) return { status: 'refused', ...source, problem: parsed.problem, ...(parsed.detail ? { detail: parsed.detail } : {}) };
    const identity = resultIdentity(parsed.result);
    const firstSeen = seen.get(identity);
    if (firstSeen) return { status: 'duplicate', ...source, firstSeen };
    seen.set(identity, source);
    return { status: 'accepted', ...source, result: parsed.result, warnings: parsed.warnings };
  }

  async function readBytes(file: DroppedFile): Promise<Uint8Array | undefined> {
    try {
      return await file.read();
    } catch {
      return undefined;
    }
  }

  async function takeZip(file: DroppedFile, name: string): Promise<IntakeOutcome[]> {
    if (file.size > limits.maxZipBytes) return [{ status: 'refused', name, problem: 'too-large' }];
    const bytes = await readBytes(file);
    if (!bytes) return [{ status: 'refused', name, problem: 'unreadable' }];
    if (bytes.byteLength > limits.maxZipBytes) return [{ status: 'refused', name, problem: 'too-large' }];
    const zip = unpackZip(bytes, limits);
    if (zip.problem) return [{ status: 'refused', name, problem: zip.problem }];
    const outcomes: IntakeOutcome[] = [
      ...zip.entries.map((entry) => judge(entry.bytes, { name: entry.name, inZip: name })),
      ...zip.tooLarge.map((entry): IntakeOutcome => ({ status: 'refused', name: entry, inZip: name, problem: 'too-large' })),
      ...zip.unreadable.map((entry): IntakeOutcome => ({ status: 'refused', name: entry, inZip: name, problem: 'unreadable' })),
    ];
    if (zip.notRead > 0) outcomes.push({ status: 'stopped', name, notRead: zip.notRead });
    if (zip.skipped > 0) outcomes.push({ status: 'skipped', name, count: zip.skipped });
    if (zip.entries.length + zip.tooLarge.length + zip.unreadable.length + zip.notRead === 0) {
      outcomes.unshift({ status: 'refused', name, problem: 'zip-empty' });
    }
    return outcomes;
  }

  return {
    async take(files) {
      const outcomes: IntakeOutcome[] = [];
      for (const file of files.slice(0, limits.maxFiles)) {
        const name = fileNameOf(file.name) || '?';
        if (isZipName(name)) {
          outcomes.push(...(await takeZip(file, name)));
          continue;
        }
        // Refused on its declared size alone: a 50 MB file is never read into memory.
        if (file.size > limits.maxEntryBytes) {
          outcomes.push({ status: 'refused', name, problem: 'too-large' });
          continue;
        }
        const bytes = await readBytes(file);
        outcomes.push(bytes ? judge(bytes, { name }) : { status: 'refused', name, problem: 'unreadable' });
      }
      if (files.length > limits.maxFiles) outcomes.push({ status: 'left-out', count: files.length - limits.maxFiles });
      return outcomes;
    },
    reset() {
      seen.clear();
    },
  };
}
