/**
 * A batch worker thread (its own bundle, dist/cli/worker.js): runs the chunks of tasks it is
 * sent and replies with their results, in order, the texts encoded into a buffer that the main
 * thread hands back once written, so that the same few buffers carry the whole batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './pool.js';
import { createTaskRunner, packResults, type TaskConfig, type TaskResult } from './task.js';

// Big enough for a usual chunk, so buffers come back to be used again.
const BUFFER_BYTES = 256 * 1024;
const MAX_SPARE = 4;

const port = parentPort;
if (port) {
  const runner = createTaskRunner(workerData as TaskConfig);
  const spare: ArrayBuffer[] = [];
  const allocate = (bytes: number): Uint8Array => {
    const at = spare.findIndex((buffer) => buffer.byteLength >= bytes);
    const reused = at >= 0 ? spare.splice(at, 1)[0] : undefined;
    return new Uint8Array(reused ?? new ArrayBuffer(Math.max(bytes, BUFFER_BYTES)));
  };

  void runner.then(() => {
    port.postMessage({ ready: true } satisfies WorkerReply);
  });
  port.on('message', (request: WorkerRequest) => {
    if (request.recycle) {
      if (spare.length < MAX_SPARE) spare.push(request.recycle);
      return;
    }
    const { id, tasks = [] } = request;
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
