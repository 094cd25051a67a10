/**
 * --files-from FILE|-: a work list, one path per line, or NUL-separated with -0 (the form
 * `find … -print0` writes, and the only one that carries any file name). Each path counts as if
 * it had been given as an argument.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeFsError } from './errors.js';

/** The paths in a list's text; blank entries are skipped, and "\r\n" line ends are taken. */
export function parseFileList(text: string, nulSeparated: boolean): string[] {
  const entries = nulSeparated ? text.split('\0') : text.split('\n');
  const paths: string[] = [];
  for (const entry of entries) {
    const path = !nulSeparated && entry.endsWith('\r') ? entry.slice(0, -1) : entry;
    if (path === '') continue;
    // "-" would mean standard input as an argument; in a list it is a file of that name.
    paths.push(path === '-' ? './-' : path);
  }
  return paths;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** The list's paths, or a one-line reason why it cannot be read. */
export async function readFileList(
  source: string,
  nulSeparated: boolean,
  io: { stdin: NodeJS.ReadableStream; cwd: string },
): Promise<string[] | { problem: string }> {
  let bytes: Buffer;
  try {
    bytes = source === '-' ? await readStream(io.stdin) : await readFile(resolve(io.cwd, source));
  } catch (error) {
    const where = source === '-' ? 'standard input' : source;
    return { problem: `${where}: ${describeFsError(error)}` };
  }
  return parseFileList(bytes.toString('utf8'), nulSeparated);
}
