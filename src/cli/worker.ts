/**
 * A batch worker thread (its own bundle, dist/cli/worker.js): runs the chunks of tasks it is
 * sent and replies with their results, in order, the texts encoded into a buffer that moves to
 * the main thread without a copy.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './pool.js';
import { createTaskRunner, packResults, type TaskConfig, type TaskResult } from './task.js';

const port = parentPort;
if (port) {
  const runner = createTaskRunner(workerData as TaskConfig);
  const allocate = (bytes: number): Uint8Array => new Uint8Array(bytes);

  port.on('message', ({ id, tasks }: WorkerRequest) => {
    void (async (): Promise<WorkerReply> => {
      try {
        const run = await runner;
        const results: TaskResult[] = [];
        for (const task of tasks) results.push(await run(task));
        return { id, chunk: packResults(results, allocate) };
      } catch (error) {
        return {
          id,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        };
      }
    })().then((reply) => {
      const output = reply.chunk?.output;
      port.postMessage(reply, output instanceof Uint8Array ? [output.buffer as ArrayBuffer] : []);
    });
  });
}
