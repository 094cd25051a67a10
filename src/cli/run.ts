/**
 * Runs the conversion for parsed CLI options. For now: the inputs in order, one at a time,
 * rendered to stdout.
 */
import { readFile } from 'node:fs/promises';
import { createRenderer } from '../render/index.js';
import { InputError } from '../read/errors.js';
import { convertBytes } from './convert.js';
import { describeFsError, errorLine } from './errors.js';
import type { CliOptions, Io } from './options.js';
import { renderOptionsFor } from './render-setup.js';

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

export async function run(options: CliOptions, io: Io): Promise<number> {
  const renderer = await createRenderer(options.format, renderOptionsFor(options, io));
  const inputs = options.inputs.length ? options.inputs : ['-'];
  let failed = false;
  io.stdout.write(renderer.start());
  for (const path of inputs) {
    let bytes: Uint8Array;
    try {
      bytes = path === '-' ? await readAll(io.stdin) : await readFile(path);
    } catch (error) {
      io.stderr.write(`${errorLine(path, describeFsError(error))}\n`);
      failed = true;
      continue;
    }
    try {
      const article = await convertBytes(bytes, path === '-' ? null : path);
      io.stdout.write(renderer.article(article));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr.write(`${errorLine(path === '-' ? '<stdin>' : path, error.message)}\n`);
      failed = true;
    }
  }
  io.stdout.write(renderer.end());
  return failed ? 1 : 0;
}
