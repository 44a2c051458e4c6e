/**
 * What the lab's page and its checker worker (checkWorker.ts) say to each other. Every request carries the
 * version of the text it is about, and every answer repeats it, so an answer about an older text is
 * recognised and dropped.
 */
import type { LabCheck } from '../../core/lab/check.ts';
import type { CompiledScenario } from '../../core/scenario/compile.ts';
import type { Problem } from '../../core/scenario/problems.ts';
import type { Cast } from '../../core/scenario/schema.ts';
import type { Language } from '../../core/scenario/vocabulary.ts';

export type CheckRequest =
  | { type: 'file'; version: number; text: string; lang: Language; casts: Cast[] }
  | { type: 'paths'; version: number; text: string; compiled: CompiledScenario; lang: Language };

export type CheckResponse =
  | { type: 'file'; version: number; check: LabCheck }
  | { type: 'paths'; version: number; problems: Problem[] }
  | { type: 'failed'; version: number; detail: string };
