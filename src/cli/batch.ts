/**
 * A batch: the expanded inputs become tasks, the tasks go to a runner in chunks, and the
 * results come back in input order whatever order the workers finish in. Only a bounded window
 * of chunks is out at once, so memory does not grow with the number of inputs.
 */
import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import { absoluteOf, labelOf, relativeOf, type InputItem } from './inputs.js';
import { outputPathFor, tempPathFor } from './out-dir.js';
import type { ChunkRunner } from './pool.js';
import { hasFailure, type ChunkOutput, type Failure, type Task } from './task.js';

export interface PlanOptions {
  /** Absolute --out-dir, or null for standard output. */
  outDir: string | null;
  /** The renderer's extension, with its dot. */
  extension: string;
  /** Standard input, read once, when "-" is among the inputs; a Failure when it could not be. */
  stdin: Uint8Array | Failure | null;
}

function planFailure(index: number, label: string, failure: Failure): Task {
  return { index, label, source: null, output: null, failure };
}

/**
 * The task for each item, built when its chunk is sent, so that paths exist only for the
 * inputs in flight. Call it once per index, in order: an output path claimed twice fails the
 * later input instead of overwriting the earlier one's file.
 */
export function planTasks(
  items: readonly InputItem[],
  options: PlanOptions,
): (index: number) => Task {
  const claimed = new Map<string, number>();
  return (index) => {
    const item = items[index];
    if (!item) throw new RangeError(`no input ${index}`);
    const label = labelOf(item);
    if (item.kind === 'error') {
      return planFailure(index, label, { reason: item.reason, code: item.code });
    }
    let task: Task;
    if (item.kind === 'stdin') {
      const stdin = options.stdin ?? new Uint8Array();
      if (!(stdin instanceof Uint8Array)) return planFailure(index, label, stdin);
      task = { index, label, source: null, bytes: stdin, output: null, relative: relativeOf(item) };
    } else {
      task = { index, label, source: absoluteOf(item), output: null, relative: relativeOf(item) };
    }
    if (!options.outDir) return task;
    const output = outputPathFor(options.outDir, relativeOf(item) ?? '', options.extension);
    if (!output) {
      return planFailure(index, label, {
        reason: 'its output would fall outside the output folder',
        code: 'io',
      });
    }
    const owner = claimed.get(output);
    if (owner !== undefined) {
      const name = relative(options.outDir, output);
      const taken = labelOf(items[owner] ?? item);
      return planFailure(index, label, {
        reason: `its output ${name} is already taken by ${taken}`,
        code: 'collision',
      });
    }
    claimed.set(output, index);
    return { ...task, output };
  };
}

/** Inputs per chunk: big enough that messages cost little, small enough to share the work out. */
export function chunkSizeFor(tasks: number, workers: number): number {
  return Math.max(1, Math.min(16, Math.ceil(tasks / (workers * 16))));
}

export interface BatchOptions {
  chunkSize: number;
  /** Chunks out at once (sent, or done and waiting for their turn). */
  window: number;
  failFast: boolean;
  /** Aborted on SIGINT/SIGTERM: stop, and leave no temporary file behind. */
  signal?: AbortSignal;
}

/** 'halted': --fail-fast met a failure; 'interrupted': the signal was aborted. */
export type BatchOutcome = 'done' | 'halted' | 'interrupted';

/**
 * Hands each chunk to `emit` in input order, with how many of its results to take. With
 * --fail-fast, scheduling stops at the first failure seen, and emitting stops right after the
 * first failure in input order.
 */
export async function runBatch(
  count: number,
  taskAt: (index: number) => Task,
  runner: ChunkRunner,
  options: BatchOptions,
  emit: (chunk: ChunkOutput, count: number) => Promise<void>,
): Promise<BatchOutcome> {
  const chunks = Math.ceil(count / options.chunkSize);
  const out = new Map<number, { tasks: Task[]; done: Promise<ChunkOutput> }>();
  let sent = 0;
  let stop = false;
  const onAbort = (): void => {
    stop = true;
    void runner.terminate();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });

  function send(): void {
    while (!stop && sent < chunks && out.size < options.window) {
      const from = sent * options.chunkSize;
      const tasks: Task[] = [];
      for (let i = from; i < Math.min(count, from + options.chunkSize); i++) tasks.push(taskAt(i));
      const done = runner.run(tasks);
      // Seen early, so a failure far ahead stops scheduling before its turn comes.
      done.then(
        (chunk) => {
          if (options.failFast && chunk.results.some(hasFailure)) stop = true;
        },
        () => undefined,
      );
      out.set(sent++, { tasks, done });
    }
  }

  let next = 0;
  let outcome: BatchOutcome = 'done';
  try {
    send();
    for (; next < sent; next++) {
      const chunk = await (out.get(next)?.done ?? Promise.resolve({ results: [], output: '' }));
      out.delete(next);
      const { results } = chunk;
      const failedAt = options.failFast ? results.findIndex(hasFailure) : -1;
      await emit(chunk, failedAt < 0 ? results.length : failedAt + 1);
      if (options.signal?.aborted) break;
      if (failedAt >= 0) {
        outcome = 'halted';
        break;
      }
      send();
    }
  } catch (error) {
    if (!options.signal?.aborted) throw error;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
  if (options.signal?.aborted) {
    await runner.terminate();
    // The workers are gone; a file they had begun is only a temporary one: remove it.
    for (const { tasks } of out.values()) {
      for (const task of tasks) {
        if (task.output) rmSync(tempPathFor(task.output, process.pid), { force: true });
      }
    }
    return 'interrupted';
  }
  // Chunks already sent when --fail-fast stopped may still be writing; let them finish.
  await Promise.allSettled([...out.values()].map((c) => c.done));
  return outcome;
}
