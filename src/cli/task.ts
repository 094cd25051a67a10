/**
 * One input's work in a batch, the same in a worker thread and in the main thread: read the
 * file, convert it, render it, and either hand the text back or write it under --out-dir.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Article } from '../article.js';
import { InputError, type InputErrorCode } from '../read/errors.js';
import { createRenderer, type RenderOptions, type Renderer } from '../render/index.js';
import { convertInput } from './convert.js';
import { describeFsError } from './errors.js';
import type { Format } from './options.js';
import { createOutDirWriter, type OutDirWriter } from './out-dir.js';
import { readLimited, TooLargeError } from './read-limited.js';
import { shardOf } from './shard.js';

/** Why an input failed, as written to the --errors file. */
export type FailureCode =
  InputErrorCode | 'io' | 'too-large' | 'warning' | 'not-found' | 'collision' | 'internal';

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
  /** "/"-separated path below the input's root, which names a feed's items for --shard. */
  relative?: string | null;
}

/** What became of one item of a feed; `label` names it ("news/feed.xml#3"). */
export type ItemOutcome = { label: string } & (
  { status: 'ok'; warnings: number } | { status: 'skipped' } | ({ status: 'failed' } & Failure)
);

export type TaskResult =
  | { index: number; status: 'ok'; warnings: number; text: string | null }
  /** A feed: many articles, each with its own outcome, their texts end to end. */
  | { index: number; status: 'feed'; items: ItemOutcome[]; text: string | null }
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
  /** --shard: a feed's items are shared out by "relative#N" as files are by path. */
  shard?: { index: number; count: number } | null;
  /** --max-bytes: the most read of one input. */
  maxBytes: number;
  /** --encoding, by its WHATWG name; null to tell each input's from its bytes. */
  encoding: string | null;
}

export type TaskRunner = (task: Task) => Promise<TaskResult>;

/** A result whose text has moved into its chunk's output; `size` is its share of it. */
export type PackedResult =
  | { index: number; status: 'ok'; warnings: number; size: number }
  | { index: number; status: 'feed'; items: ItemOutcome[]; size: number }
  | Exclude<TaskResult, { status: 'ok' | 'feed' }>;

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
  for (const r of results) if (hasText(r) && r.text) room += r.text.length * 3;
  const target = allocate && room > 0 ? allocate(room) : null;
  const bytes = target ? Buffer.from(target.buffer, target.byteOffset, target.byteLength) : null;
  const texts: string[] = [];
  let used = 0;
  const packed = results.map((r): PackedResult => {
    if (!hasText(r)) return r;
    const text = r.text ?? '';
    const size = bytes ? bytes.write(text, used) : text.length;
    if (!bytes) texts.push(text);
    used += size;
    return r.status === 'ok'
      ? { index: r.index, status: 'ok', warnings: r.warnings, size }
      : { index: r.index, status: 'feed', items: r.items, size };
  });
  return { results: packed, output: target ? target.subarray(0, used) : texts.join('') };
}

const hasText = (r: TaskResult): r is Extract<TaskResult, { status: 'ok' | 'feed' }> =>
  r.status === 'ok' || r.status === 'feed';

/** Whether a result failed, or (a feed) any of its items did: what --fail-fast stops at. */
export function hasFailure(r: PackedResult): boolean {
  return (
    r.status === 'failed' || (r.status === 'feed' && r.items.some((i) => i.status === 'failed'))
  );
}

/** A result as the outcomes of what it stands for: one input, or each item of a feed. */
export function outcomesOf(r: PackedResult, label: string): ItemOutcome[] {
  switch (r.status) {
    case 'feed':
      return r.items;
    case 'ok':
      return [{ label, status: 'ok', warnings: r.warnings }];
    case 'skipped':
      return [{ label, status: 'skipped' }];
    case 'failed':
      return [{ label, status: 'failed', reason: r.reason, code: r.code }];
  }
}

/** --strict: an article with warnings fails, named by its first warning. */
function strictFailure(article: Article): Failure | null {
  const [first, ...rest] = article.warnings;
  if (!first) return null;
  const more = rest.length ? ` (and ${rest.length} more)` : '';
  return { reason: `warning: ${first.message}${more}`, code: 'warning' };
}

/** InputError, also from a bundle of its own (the feed reader's), which has its own class. */
const isInputError = (error: unknown): error is InputError =>
  error instanceof InputError || (error instanceof Error && error.name === 'InputError');

function failed(index: number, error: unknown): TaskResult {
  if (isInputError(error)) {
    return { index, status: 'failed', reason: error.message, code: error.code };
  }
  // A bug met on one input must not cost the batch its other inputs.
  const message = error instanceof Error ? error.message : String(error);
  return { index, status: 'failed', reason: `internal error: ${message}`, code: 'internal' };
}

/** "Ferry crews vote…" → "ferry-crews-vote": a file name anyone can type. */
export function slugOf(headline: string): string {
  const words = headline
    .normalize('NFKD')
    // Accents go with the letters NFKD set them apart from: "grève" → "greve".
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ');
  let slug = '';
  for (const word of words) {
    if (slug !== '' && slug.length + word.length >= SLUG_LENGTH) break;
    slug = slug === '' ? word.slice(0, SLUG_LENGTH) : `${slug}-${word}`;
  }
  return slug === '' ? 'item' : slug;
}

const SLUG_LENGTH = 60;

/**
 * Where a feed's item goes under --out-dir: beside where the feed's own file would go, in a
 * folder named after it, numbered in feed order: DIR/news/feed/001-ferry-crews-vote.json.
 */
export function itemPathFor(
  feedOutput: string,
  number: number,
  count: number,
  headline: string,
): string {
  const extension = extname(feedOutput);
  const folder = join(dirname(feedOutput), basename(feedOutput, extension));
  const digits = Math.max(3, String(count).length);
  return join(folder, `${String(number).padStart(digits, '0')}-${slugOf(headline)}${extension}`);
}

export async function createTaskRunner(config: TaskConfig): Promise<TaskRunner> {
  const renderer: Renderer = await createRenderer(config.format, config.render);
  const writer: OutDirWriter | null = config.outDir ? createOutDirWriter(config.outDir) : null;
  const shard = config.shard ?? null;

  /** Each of a feed's articles, as an input of its own would be. */
  function runFeed(task: Task, articles: readonly Article[]): TaskResult {
    const items: ItemOutcome[] = [];
    const texts: string[] = [];
    articles.forEach((article, i) => {
      const number = i + 1;
      const label = `${task.label}#${number}`;
      if (shard && shardOf(`${task.relative ?? ''}#${number}`, shard.count) !== shard.index) return;
      const output =
        task.output && itemPathFor(task.output, number, articles.length, article.headline);
      if (output && config.skipExisting && existsSync(output)) {
        items.push({ label, status: 'skipped' });
        return;
      }
      const strict = config.strict ? strictFailure(article) : null;
      if (strict) {
        items.push({ label, status: 'failed', ...strict });
        return;
      }
      try {
        const text = renderer.article(article);
        if (output && writer) writer.write(output, renderer.start() + text + renderer.end());
        else texts.push(text);
      } catch (error) {
        const reason = output ? describeFsError(error) : String(error);
        items.push({ label, status: 'failed', reason, code: output ? 'io' : 'internal' });
        return;
      }
      items.push({ label, status: 'ok', warnings: article.warnings.length });
    });
    return { index: task.index, status: 'feed', items, text: texts.length ? texts.join('') : null };
  }

  return async (task) => {
    const { index } = task;
    if (task.failure) return { index, status: 'failed', ...task.failure };
    if (task.output && config.skipExisting && existsSync(task.output)) {
      return { index, status: 'skipped' };
    }
    let bytes: Uint8Array;
    try {
      bytes = task.bytes ?? readLimited(task.source ?? '', config.maxBytes);
    } catch (error) {
      if (error instanceof TooLargeError) {
        return { index, status: 'failed', reason: error.message, code: 'too-large' };
      }
      return { index, status: 'failed', reason: describeFsError(error), code: 'io' };
    }
    let converted: Article | Article[];
    try {
      converted = await convertInput(
        bytes,
        task.source === null ? null : task.label,
        config.encoding,
      );
    } catch (error) {
      return failed(index, error);
    }
    if (Array.isArray(converted)) return runFeed(task, converted);
    const article = converted;
    let text: string;
    try {
      text = renderer.article(article);
    } catch (error) {
      return failed(index, error);
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
