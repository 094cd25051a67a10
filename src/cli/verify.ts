/**
 * --verify-out DIR: after a batch (or all the shards of one) has run with -o DIR, lists the
 * inputs that have no output there, one per line, so that a lost task is seen before the
 * results are used. Inputs are expanded exactly as for the conversion, so the same arguments
 * (with the same --shard, --ext and format) name the same outputs. Nothing is read or written
 * but the listing.
 */
import { EXIT_FAILED, EXIT_OK, type ExitStatus } from './exit.js';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRenderer } from '../render/index.js';
import { expandInputs, labelOf, relativeOf } from './inputs.js';
import type { CliOptions, Io } from './options.js';
import { outputPathFor } from './out-dir.js';
import { renderOptionsFor } from './render-setup.js';
import { inShard } from './shard.js';

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Exit 0 when every input has its output, 1 when any has not (each listed on stdout). */
export async function verifyOut(
  options: CliOptions,
  outDir: string,
  io: Io,
  separator: string,
): Promise<ExitStatus> {
  const { extension } = await createRenderer(options.format, renderOptionsFor(options, io));
  const root = resolve(io.cwd, outDir);
  const expanded = await expandInputs(options.inputs, {
    cwd: io.cwd,
    extensions: options.extensions,
  });
  let checked = 0;
  let missing = 0;
  let listing = '';
  for (const item of expanded.items) {
    const rel = relativeOf(item);
    if (!inShard(rel, options.shard)) continue;
    checked++;
    const output = rel === null ? null : outputPathFor(root, rel, extension);
    if (output !== null && item.kind !== 'error' && isFile(output)) continue;
    missing++;
    listing += labelOf(item) + separator;
    // Written in pieces, so that a list of millions is not held whole.
    if (listing.length >= 1 << 16) {
      io.stdout.write(listing);
      listing = '';
    }
  }
  if (listing) io.stdout.write(listing);
  if (!options.quiet) {
    const line = missing
      ? `${missing} of ${checked} inputs have no output in ${outDir}`
      : `all ${checked} inputs have an output in ${outDir}`;
    io.stderr.write(`${line}\n`);
  }
  return missing ? EXIT_FAILED : EXIT_OK;
}
