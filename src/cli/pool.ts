/**
 * Runs chunks of tasks, either in this thread or on a pool of worker threads. Both give back a
 * chunk's results in the chunk's order; batch.ts keeps the chunks in order.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  createTaskRunner,
  packResults,
  type ChunkOutput,
  type Task,
  type TaskConfig,
  type TaskResult,
} from './task.js';

export interface ChunkRunner {
  run(tasks: readonly Task[]): Promise<ChunkOutput>;
  /** Stops all work at once (an interrupted run); pending chunks are rejected. */
  terminate(): Promise<void>;
  /** Releases the workers once all work is done. */
  close(): Promise<void>;
}

/**
 * In this thread, one chunk after another, each task after the last; for small batches and
 * --jobs 1. Chunks are not interleaved: a chunk's texts then live only until it is written, and
 * the garbage collector can drop them young instead of moving them to the old generation.
 */
export function createLocalRunner(config: TaskConfig): ChunkRunner {
  const runner = createTaskRunner(config);
  let stopped = false;
  let previous: Promise<unknown> = Promise.resolve();

  async function runChunk(tasks: readonly Task[]): Promise<ChunkOutput> {
    const run = await runner;
    // Work on resolved promises never returns to the event loop by itself: give signals,
    // worker messages and the progress timer their turn between chunks.
    await new Promise(setImmediate);
    const results: TaskResult[] = [];
    for (const task of tasks) {
      if (stopped) break;
      results.push(await run(task));
    }
    return packResults(results);
  }

  return {
    run(tasks) {
      const result = previous.then(() => runChunk(tasks));
      previous = result.catch(() => undefined);
      return result;
    },
    terminate() {
      stopped = true;
      return Promise.resolve();
    },
    close: () => Promise.resolve(),
  };
}

/**
 * The worker's bundle sits beside the CLI's (dist/cli/worker.js). Run from the sources (tests
 * importing run.ts) there is none, and the batch stays in this thread.
 */
export function workerScript(): URL | null {
  const url = new URL('./worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

export interface WorkerRequest {
  id: number;
  tasks: readonly Task[];
}

export interface WorkerReply {
  id?: number;
  chunk?: ChunkOutput;
  error?: string;
}

interface Job {
  id: number;
  tasks: readonly Task[];
  resolve: (chunk: ChunkOutput) => void;
  reject: (error: Error) => void;
  /** Run in this thread: a worker ran out of memory on it. */
  here?: boolean;
}

/**
 * A cap on each worker's old generation. Left alone, V8 lets a heap grow to several times what
 * is live before it collects, and a long batch would look like one that holds its inputs.
 */
const WORKER_OLD_SPACE_MB = 48;

function outOfMemory(error: Error): boolean {
  return (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/**
 * `size` workers do the work; this thread only keeps the order and writes, so that its own heap
 * stays small. A chunk that runs a worker out of memory (one huge input) is run again here,
 * where the heap is not capped, and the worker is replaced.
 */
export function createWorkerPool(script: URL, size: number, config: TaskConfig): ChunkRunner {
  const idle: Worker[] = [];
  const busy = new Map<Worker, Job>();
  const queue: Job[] = [];
  const all = new Set<Worker>();
  const local = createLocalRunner(config);
  let localBusy = false;
  let stopped = false;
  let nextId = 0;

  function runHere(job: Job): void {
    localBusy = true;
    local
      .run(job.tasks)
      .then(job.resolve, job.reject)
      .finally(() => {
        localBusy = false;
        pump();
      });
  }

  function pump(): void {
    for (;;) {
      const job = queue[0];
      if (!job) return;
      const worker = job.here ? undefined : idle.pop();
      if (worker) {
        busy.set(worker, job);
        worker.postMessage({ id: job.id, tasks: job.tasks } satisfies WorkerRequest);
      } else if (job.here && !localBusy) {
        runHere(job);
      } else {
        return;
      }
      queue.shift();
    }
  }

  function failAll(error: Error): void {
    for (const job of [...busy.values(), ...queue.splice(0)]) job.reject(error);
    busy.clear();
  }

  function start(): void {
    const worker = new Worker(script, {
      workerData: config,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB },
    });
    worker.on('message', (reply: WorkerReply) => {
      const job = busy.get(worker);
      busy.delete(worker);
      if (job && reply.chunk) job.resolve(reply.chunk);
      else job?.reject(new Error(reply.error ?? 'a worker sent no results'));
      idle.push(worker);
      pump();
    });
    worker.on('error', (error) => {
      const job = busy.get(worker);
      busy.delete(worker);
      all.delete(worker);
      if (!outOfMemory(error) || stopped) {
        if (job) job.reject(error);
        failAll(error);
        return;
      }
      if (job) queue.unshift({ ...job, here: true });
      start();
      pump();
    });
    worker.on('exit', (code) => {
      all.delete(worker);
      const job = busy.get(worker);
      busy.delete(worker);
      if (job) failAll(new Error(`a worker stopped (exit status ${code})`));
    });
    all.add(worker);
    // Messages wait for the worker to load: it can take a chunk at once.
    idle.push(worker);
  }

  for (let i = 0; i < size; i++) start();

  const stopAll = async (): Promise<void> => {
    stopped = true;
    await Promise.all([...all].map((w) => w.terminate()));
  };

  return {
    run(tasks) {
      return new Promise((resolve, reject) => {
        queue.push({ id: nextId++, tasks, resolve, reject });
        pump();
      });
    },
    async terminate() {
      failAll(new Error('interrupted'));
      await local.terminate();
      await stopAll();
    },
    close: stopAll,
  };
}
