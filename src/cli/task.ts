/**
 * One input's work in a batch, the same in a worker thread and in the main thread: read the
 * file, convert it, render it, and either hand the text back or write it under --out-dir.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Article } from '../article.js';
import { InputError } from '../read/errors.js';
import { createRenderer, type RenderOptions, type Renderer } from '../render/index.js';
import { convertBytes } from './convert.js';
import { describeFsError } from './errors.js';
import type { Format } from './options.js';
import { createOutDirWriter, type OutDirWriter } from './out-dir.js';

/** Why an input failed, as written to the --errors file. */
export type FailureCode =
  | 'empty'
  | 'not-text'
  | 'not-article'
  | 'no-layout'
  | 'io'
  | 'warning'
  | 'not-found'
  | 'collision'
  | 'internal';

export interface Failure {
  reason: string;
  code: FailureCode;
}

export interface Task {
  /** Position in the batch; results are emitted in this order. */
  index: number;
  /** Path as the user sees it, used in messages and as the article's input.path. */
  label: string;
  /** Absolute path to read, or null when `bytes` holds the input (standard input). */
  source: string | null;
  bytes?: Uint8Array;
  /** Absolute path of the --out-dir file, or null to hand the text back. */
  output: string | null;
  /** Known before any work (a missing input, an output collision): nothing is read. */
  failure?: Failure;
}

export type TaskResult =
  | { index: number; status: 'ok'; warnings: number; text: string | null }
  | { index: number; status: 'skipped' }
  | ({ index: number; status: 'failed' } & Failure);

/** Everything a runner needs to process tasks; plain data, so it can cross to a worker. */
export interface TaskConfig {
  format: Format;
  render: RenderOptions;
  strict: boolean;
  skipExisting: boolean;
  /** Absolute --out-dir, or null when rendering to standard output. */
  outDir: string | null;
  /** --encoding, by its WHATWG name; null to tell each input's from its bytes. */
  encoding: string | null;
}

export type TaskRunner = (task: Task) => Promise<TaskResult>;

/** A result whose text has moved into its chunk's output; `size` is its share of it. */
export type PackedResult =
  | { index: number; status: 'ok'; warnings: number; size: number }
  | Exclude<TaskResult, { status: 'ok' }>;

/**
 * A chunk's results with their texts end to end: one string in this thread, or UTF-8 bytes
 * from a worker, encoded there and moved (not copied) to the main thread, which writes them as
 * they are.
 */
export interface ChunkOutput {
  results: PackedResult[];
  output: string | Uint8Array;
}

/**
 * Moves the texts of `results` into one output: a string, or with `allocate` (which must
 * give at least the bytes asked for) UTF-8 bytes.
 */
export function packResults(
  results: readonly TaskResult[],
  allocate?: (bytes: number) => Uint8Array,
): ChunkOutput {
  let room = 0;
  for (const r of results) if (r.status === 'ok' && r.text) room += r.text.length * 3;
  const target = allocate && room > 0 ? allocate(room) : null;
  const bytes = target ? Buffer.from(target.buffer, target.byteOffset, target.byteLength) : null;
  const texts: string[] = [];
  let used = 0;
  const packed = results.map((r): PackedResult => {
    if (r.status !== 'ok') return r;
    const text = r.text ?? '';
    const size = bytes ? bytes.write(text, used) : text.length;
    if (!bytes) texts.push(text);
    used += size;
    return { index: r.index, status: 'ok', warnings: r.warnings, size };
  });
  return { results: packed, output: target ? target.subarray(0, used) : texts.join('') };
}

/** Reads InputError's reason for the --errors record; its wording is the contract. */
export function failureCode(reason: string): FailureCode {
  if (reason.startsWith('empty') || reason.startsWith('no text')) return 'empty';
  if (reason.startsWith('not text')) return 'not-text';
  if (reason.startsWith('not an article')) return 'not-article';
  if (reason.startsWith('no layout')) return 'no-layout';
  return 'io';
}

/** --strict: an article with warnings fails, named by its first warning. */
function strictFailure(article: Article): Failure | null {
  const [first, ...rest] = article.warnings;
  if (!first) return null;
  const more = rest.length ? ` (and ${rest.length} more)` : '';
  return { reason: `warning: ${first.message}${more}`, code: 'warning' };
}

export async function createTaskRunner(config: TaskConfig): Promise<TaskRunner> {
  const renderer: Renderer = await createRenderer(config.format, config.render);
  const writer: OutDirWriter | null = config.outDir ? createOutDirWriter(config.outDir) : null;

  return async (task) => {
    const { index } = task;
    if (task.failure) return { index, status: 'failed', ...task.failure };
    if (task.output && config.skipExisting && existsSync(task.output)) {
      return { index, status: 'skipped' };
    }
    let bytes: Uint8Array;
    try {
      bytes = task.bytes ?? readFileSync(task.source ?? '');
    } catch (error) {
      return { index, status: 'failed', reason: describeFsError(error), code: 'io' };
    }
    let article: Article;
    let text: string;
    try {
      article = await convertBytes(
        bytes,
        task.source === null ? null : task.label,
        config.encoding,
      );
      text = renderer.article(article);
    } catch (error) {
      if (error instanceof InputError) {
        return { index, status: 'failed', reason: error.message, code: failureCode(error.message) };
      }
      // A bug met on one input must not cost the batch its other inputs.
      const message = error instanceof Error ? error.message : String(error);
      return { index, status: 'failed', reason: `internal error: ${message}`, code: 'internal' };
    }
    const strict = config.strict ? strictFailure(article) : null;
    if (strict) return { index, status: 'failed', ...strict };
    const warnings = article.warnings.length;
    if (!task.output || !writer) return { index, status: 'ok', warnings, text };
    try {
      writer.write(task.output, renderer.start() + text + renderer.end());
    } catch (error) {
      return { index, status: 'failed', reason: describeFsError(error), code: 'io' };
    }
    return { index, status: 'ok', warnings, text: null };
  };
}
