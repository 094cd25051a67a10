/**
 * Runs the conversion for parsed CLI options: expand the inputs, keep this shard's, convert them
 * (in worker threads for big batches), and write the results in input order to standard output
 * or one file each under --out-dir. A bad input is reported and the batch goes on.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { createRenderer } from '../render/index.js';
import { chunkSizeFor, planTasks, runBatch, type BatchOutcome } from './batch.js';
import { describeFsError, errorLine } from './errors.js';
import { opensAsFeed } from './feed-shard.js';
import { createOutputFolder, errorsFileRefusal, refuseOutputs } from './guard.js';
import {
  absoluteOf,
  expandInputs,
  labelOf,
  NO_MATCH,
  relativeOf,
  type Expansion,
  type InputItem,
} from './inputs.js';
import type { CliOptions, Io, Output } from './options.js';
import { createLocalRunner, createWorkerPool, workerScript, type ChunkRunner } from './pool.js';
import { tooLarge } from './read-limited.js';
import { createProgress, monotonicMs, type Counts, type Progress } from './progress.js';
import { renderOptionsFor } from './render-setup.js';
import { shardOf } from './shard.js';
import { EXIT_FAILED, EXIT_OK, type RunEnd } from './exit.js';
import { outcomesOf, type ChunkOutput, type Failure, type TaskConfig } from './task.js';

// Starting a worker costs tens of milliseconds of a core; below this many inputs each, it
// would not pay for itself.
const MIN_INPUTS_PER_WORKER = 200;
// Chunks out at once per worker: enough to keep every worker busy while results wait in order.
const CHUNKS_PER_WORKER = 4;

/** Standard input, up to `maxBytes`: an endless one (`cat /dev/zero |`) is refused there. */
async function readAll(
  stream: NodeJS.ReadableStream,
  maxBytes: number,
): Promise<Uint8Array | Failure> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = Buffer.from(chunk as Uint8Array);
      total += bytes.length;
      if (total > maxBytes) return { reason: tooLarge(maxBytes), code: 'too-large' };
      chunks.push(bytes);
    }
  } catch (error) {
    return { reason: describeFsError(error), code: 'io' };
  }
  return Buffer.concat(chunks);
}

/** Waits until `stream` can take more, or has failed or closed (a closed pipe ends the run). */
function drained(stream: Output): Promise<void> {
  return new Promise((done) => {
    const finish = (): void => {
      stream.off('drain', finish);
      stream.off('error', finish);
      stream.off('close', finish);
      done();
    };
    stream.on('drain', finish);
    stream.on('error', finish);
    stream.on('close', finish);
  });
}

/** The first `count` results' share of a chunk's output. */
function outputOf(chunk: ChunkOutput, count: number): string | Uint8Array {
  let size = 0;
  for (let i = 0; i < count; i++) {
    const result = chunk.results[i];
    if (result?.status === 'ok' || result?.status === 'feed') size += result.size;
  }
  return typeof chunk.output === 'string'
    ? chunk.output.slice(0, size)
    : chunk.output.subarray(0, size);
}

function selectShard(items: InputItem[], shard: CliOptions['shard']): InputItem[] {
  if (!shard) return items;
  return items.filter((item) => {
    const rel = relativeOf(item);
    if (rel === null || shardOf(rel, shard.count) === shard.index) return true;
    // A feed's items are shared out one by one: every shard reads every feed.
    const path = absoluteOf(item);
    return path !== null && opensAsFeed(path);
  });
}

/**
 * --jobs, or one worker per core. More than twice the cores only makes workers wait for each
 * other while each holds its own compiled parser: clamped there, with a word.
 */
function workersFor(options: CliOptions, progress: Progress): number {
  const cores = availableParallelism();
  if (options.jobs <= cores * 2) return options.jobs || cores;
  if (!options.quiet) {
    progress.line(
      `parse-article: --jobs ${options.jobs}: using ${cores * 2} workers (twice this machine's ${cores} cores)`,
    );
  }
  return cores * 2;
}

/** This thread alone for small batches and --jobs 1; else up to `jobs` workers. */
function chooseRunner(tasks: number, jobs: number, config: TaskConfig): ChunkRunner {
  const workers = Math.min(jobs, Math.floor(tasks / MIN_INPUTS_PER_WORKER));
  const script = jobs > 1 && workers > 0 ? workerScript() : null;
  return script ? createWorkerPool(script, workers, config) : createLocalRunner(config);
}

/** SIGINT/SIGTERM abort the batch (which removes its temporary files), then end the process. */
function onSignals(): { signal: AbortSignal; dispose(): void; raised(): NodeJS.Signals } {
  const controller = new AbortController();
  let raised: NodeJS.Signals = 'SIGTERM';
  const handler = (signal: NodeJS.Signals): void => {
    raised = signal;
    controller.abort();
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
    raised: () => raised,
  };
}

/**
 * Why the arguments gave nothing to convert, or null when they gave something (or named a
 * missing file, reported as such). A pattern that matches nothing and a folder that holds no
 * input are the same case.
 */
function noInputs(expanded: Expansion, extensions: readonly string[] | null): string | null {
  const { items, emptyFolders } = expanded;
  if (items.some((item) => item.kind !== 'error' || item.reason !== NO_MATCH)) return null;
  const which =
    extensions === null
      ? 'no file'
      : `no ${extensions.join(', ')} file (--ext chooses others, '*' takes every file)`;
  return (
    [
      ...items.map((item) => `no file matches ${labelOf(item)}`),
      ...emptyFolders.map((folder) => `${folder} holds ${which}`),
    ].join('; ') || 'nothing to convert'
  );
}

/** The inputs of this run (this shard's), their tasks, and whether they make a batch. */
async function plan(options: CliOptions, io: Io, outDir: string | null, extension: string) {
  const args = options.inputs.length ? options.inputs : ['-'];
  const expanded = await expandInputs(args, { cwd: io.cwd, extensions: options.extensions });
  const items = selectShard(expanded.items, options.shard);
  const stdin = items.some((item) => item.kind === 'stdin')
    ? await readAll(io.stdin, options.maxBytes)
    : null;
  const taskAt = planTasks(items, { outDir, extension, stdin });
  // One input is not a batch: no bar and no summary, just the article or the error.
  return { expanded, items, taskAt, batch: expanded.several || items.length > 1 };
}

interface Reporter {
  progress: Progress;
  counts: Counts;
  /** The --errors file and its name, or null; fd becomes null once a write to it fails. */
  errors: { fd: number | null; label: string; failed: boolean } | null;
}

/** Takes each chunk in input order: counts it, reports its failures, writes its articles. */
function createEmitter(items: readonly InputItem[], io: Io, reporter: Reporter) {
  const { progress, counts, errors } = reporter;
  return async (chunk: ChunkOutput, count: number): Promise<void> => {
    for (const result of chunk.results.slice(0, count)) {
      const item = items[result.index];
      const outcomes = outcomesOf(result, item ? labelOf(item) : '');
      // A feed stands for as many articles as it has items (in this shard).
      counts.total += outcomes.length - 1;
      for (const outcome of outcomes) {
        if (outcome.status === 'ok') {
          counts.parsed++;
          if (outcome.warnings) counts.warned++;
        } else if (outcome.status === 'skipped') {
          counts.skipped++;
        } else {
          counts.failed++;
          progress.line(errorLine(outcome.label, outcome.reason));
          if (errors?.fd != null) {
            const record = { path: outcome.label, reason: outcome.reason, code: outcome.code };
            try {
              writeSync(errors.fd, `${JSON.stringify(record)}\n`);
            } catch (error) {
              // The batch goes on; the run ends with status 1 and says why once.
              progress.line(
                `parse-article: cannot write to ${errors.label}: ${describeFsError(error)}`,
              );
              errors.failed = true;
              errors.fd = null;
            }
          }
        }
      }
    }
    // A chunk's articles go out in one write; a full pipe holds the batch back.
    const output = outputOf(chunk, count);
    let more = true;
    if (output.length > 0 && io.stdout.isTTY) {
      progress.aside(() => (more = io.stdout.write(output)));
    } else if (output.length > 0) {
      more = io.stdout.write(output);
    }
    progress.update(counts);
    if (!more) await drained(io.stdout);
  };
}

export async function run(options: CliOptions, io: Io): Promise<RunEnd> {
  const startedAt = monotonicMs();
  const render = renderOptionsFor(options, io);
  const renderer = await createRenderer(options.format, render);
  const outDir = options.outDir === null ? null : resolve(io.cwd, options.outDir);
  const errorsPath = options.errorsFile === null ? null : resolve(io.cwd, options.errorsFile);
  const { expanded, items, taskAt, batch } = await plan(options, io, outDir, renderer.extension);
  const nothing = noInputs(expanded, options.extensions);
  if (nothing !== null) {
    io.stderr.write(`parse-article: no inputs: ${nothing}\n`);
    return EXIT_FAILED;
  }
  // Nothing is written before every output is known not to replace or feed an input.
  const refusal =
    refuseOutputs({
      items: expanded.items,
      walked: expanded.walked,
      extensions: options.extensions,
      outDir,
      outExtension: renderer.extension,
      errorsFile: errorsPath,
      labels: { outDir: options.outDir ?? '', errorsFile: options.errorsFile ?? '' },
    }) ?? (outDir ? createOutputFolder(outDir, options.outDir ?? outDir) : null);
  if (refusal) {
    io.stderr.write(`parse-article: ${refusal.message}\n`);
    return refusal.status;
  }
  let errorsFd: number | null = null;
  if (errorsPath !== null) {
    try {
      errorsFd = openSync(errorsPath, 'w');
    } catch (error) {
      const problem = errorsFileRefusal(options.errorsFile ?? errorsPath, error);
      io.stderr.write(`parse-article: ${problem.message}\n`);
      return problem.status;
    }
  }
  // Standard error is opened only when something is written to it.
  const stderr = { write: (text: string) => io.stderr.write(text), columns: undefined };
  const progress = createProgress(batch ? io.stderr : stderr, {
    live: batch && !options.quiet && io.stderr.isTTY === true,
    summary: batch && !options.quiet,
    startedAt,
  });
  const total = items.length;
  const counts: Counts = { total, parsed: 0, failed: 0, warned: 0, skipped: 0 };
  const errors =
    errorsFd === null ? null : { fd: errorsFd, label: options.errorsFile ?? '', failed: false };
  const emit = createEmitter(items, io, { progress, counts, errors });

  const config: TaskConfig = {
    format: options.format,
    render,
    strict: options.strict,
    skipExisting: options.skipExisting,
    outDir,
    shard: options.shard,
    maxBytes: options.maxBytes,
    encoding: options.encoding,
  };
  // Below one worker's worth of inputs the batch stays on this thread whatever --jobs says.
  const jobs = total < MIN_INPUTS_PER_WORKER ? 1 : Math.max(1, workersFor(options, progress));
  const runner = chooseRunner(total, jobs, config);
  // Only --out-dir leaves files behind that an interruption must tidy up (and an AbortController
  // costs a third of a millisecond of a one-file run).
  const signals = outDir ? onSignals() : null;
  let outcome: BatchOutcome;
  let broken: string | null = null;
  try {
    if (!outDir) io.stdout.write(renderer.start());
    outcome = await runBatch(
      total,
      taskAt,
      runner,
      {
        chunkSize: chunkSizeFor(total, jobs),
        window: jobs * CHUNKS_PER_WORKER,
        failFast: options.failFast,
        ...(signals && { signal: signals.signal }),
      },
      emit,
    );
    if (!outDir && outcome !== 'interrupted') io.stdout.write(renderer.end());
  } catch (error) {
    // A worker that died (killed, out of memory outside any one input): the batch cannot go on.
    broken = error instanceof Error ? error.message : String(error);
    outcome = 'halted';
  } finally {
    signals?.dispose();
    await runner.close();
    if (errorsFd !== null) closeSync(errorsFd);
  }
  if (outcome === 'interrupted') {
    progress.clear();
    // The process edge ends the process as the signal would have, now that no temporary file is left.
    return signals?.raised() ?? 'SIGTERM';
  }
  if (broken !== null) {
    progress.clear();
    io.stderr.write(`parse-article: the batch stopped: ${broken.split('\n')[0] ?? ''}\n`);
    return EXIT_FAILED;
  }
  progress.finish(counts);
  return counts.failed || errors?.failed ? EXIT_FAILED : EXIT_OK;
}
