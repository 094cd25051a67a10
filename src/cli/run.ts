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
import { expandInputs, labelOf, relativeOf, type InputItem } from './inputs.js';
import type { CliOptions, Io, Output } from './options.js';
import { createLocalRunner, createWorkerPool, workerScript, type ChunkRunner } from './pool.js';
import { createProgress, monotonicMs, type Counts, type Progress } from './progress.js';
import { renderOptionsFor } from './render-setup.js';
import { shardOf } from './shard.js';
import type { ChunkOutput, Failure, TaskConfig } from './task.js';

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

// Starting a worker costs tens of milliseconds of a core; below this many inputs each, it
// would not pay for itself.
const MIN_INPUTS_PER_WORKER = 200;
// Chunks out at once per worker: enough to keep every worker busy while results wait in order.
const CHUNKS_PER_WORKER = 4;

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array | Failure> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
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
    if (result?.status === 'ok') size += result.size;
  }
  return typeof chunk.output === 'string'
    ? chunk.output.slice(0, size)
    : chunk.output.subarray(0, size);
}

function selectShard(items: InputItem[], shard: CliOptions['shard']): InputItem[] {
  if (!shard) return items;
  return items.filter((item) => {
    const rel = relativeOf(item);
    return rel === null || shardOf(rel, shard.count) === shard.index;
  });
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

/** The inputs of this run (this shard's), their tasks, and whether they make a batch. */
async function plan(options: CliOptions, io: Io, outDir: string | null, extension: string) {
  const args = options.inputs.length ? options.inputs : ['-'];
  const expanded = await expandInputs(args, { cwd: io.cwd, extensions: options.extensions });
  const items = selectShard(expanded.items, options.shard);
  const stdin = items.some((item) => item.kind === 'stdin') ? await readAll(io.stdin) : null;
  const taskAt = planTasks(items, { outDir, extension, stdin });
  // One input is not a batch: no bar and no summary, just the article or the error.
  return { items, taskAt, batch: expanded.several || items.length > 1 };
}

interface Reporter {
  progress: Progress;
  counts: Counts;
  /** The --errors file, or null. */
  errorsFd: number | null;
}

/** Takes each chunk in input order: counts it, reports its failures, writes its articles. */
function createEmitter(items: readonly InputItem[], io: Io, reporter: Reporter) {
  const { progress, counts, errorsFd } = reporter;
  return async (chunk: ChunkOutput, count: number): Promise<boolean> => {
    for (const result of chunk.results.slice(0, count)) {
      if (result.status === 'ok') {
        counts.parsed++;
        if (result.warnings) counts.warned++;
      } else if (result.status === 'skipped') {
        counts.skipped++;
      } else {
        counts.failed++;
        const item = items[result.index];
        const path = item ? labelOf(item) : '';
        progress.line(errorLine(path, result.reason));
        if (errorsFd !== null) {
          const record = { path, reason: result.reason, code: result.code };
          writeSync(errorsFd, `${JSON.stringify(record)}\n`);
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
    // Written out for good only if the stream kept nothing back to write later.
    return (io.stdout.writableLength ?? 0) === 0;
  };
}

export async function run(options: CliOptions, io: Io): Promise<number> {
  const startedAt = monotonicMs();
  let errorsFd: number | null = null;
  if (options.errorsFile !== null) {
    try {
      errorsFd = openSync(resolve(io.cwd, options.errorsFile), 'w');
    } catch (error) {
      io.stderr.write(`${errorLine(options.errorsFile, describeFsError(error))}\n`);
      return EXIT_USAGE;
    }
  }
  const render = renderOptionsFor(options, io);
  const renderer = await createRenderer(options.format, render);
  const outDir = options.outDir === null ? null : resolve(io.cwd, options.outDir);
  const { items, taskAt, batch } = await plan(options, io, outDir, renderer.extension);
  // Standard error is opened only when something is written to it.
  const stderr = { write: (text: string) => io.stderr.write(text), columns: undefined };
  const progress = createProgress(batch ? io.stderr : stderr, {
    live: batch && !options.quiet && io.stderr.isTTY === true,
    summary: batch && !options.quiet,
    startedAt,
  });
  const total = items.length;
  const counts: Counts = { total, parsed: 0, failed: 0, warned: 0, skipped: 0 };
  const emit = createEmitter(items, io, { progress, counts, errorsFd });

  const config: TaskConfig = {
    format: options.format,
    render,
    strict: options.strict,
    skipExisting: options.skipExisting,
    outDir,
    encoding: options.encoding,
  };
  // Below one worker's worth of inputs the batch stays on this thread whatever --jobs says.
  const jobs =
    total < MIN_INPUTS_PER_WORKER ? 1 : Math.max(1, options.jobs || availableParallelism());
  const runner = chooseRunner(total, jobs, config);
  // Only --out-dir leaves files behind that an interruption must tidy up (and an AbortController
  // costs a third of a millisecond of a one-file run).
  const signals = outDir ? onSignals() : null;
  let outcome: BatchOutcome;
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
  } finally {
    signals?.dispose();
    await runner.close();
    if (errorsFd !== null) closeSync(errorsFd);
  }
  if (outcome === 'interrupted') {
    progress.clear();
    // Ends the process as the signal would have, now that no temporary file is left.
    process.kill(process.pid, signals?.raised() ?? 'SIGTERM');
    return EXIT_FAILED;
  }
  progress.finish(counts);
  return counts.failed ? EXIT_FAILED : EXIT_OK;
}
