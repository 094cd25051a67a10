/**
 * Reading an input with a ceiling: a regular file larger than the limit is refused from its
 * size, and anything else (a pipe, /dev/zero, standard input) is read until the limit and then
 * refused, so an endless input ends the run's wait instead of its memory.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

const CHUNK = 64 * 1024;

/** "64 MiB", "1.5 KiB", "900 bytes": the limit as the user reads it. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1 && value % 1024 === 0) {
    value /= 1024;
    unit++;
  }
  return `${value} ${units[unit] ?? 'bytes'}`;
}

/** The reason given for an input over the limit. */
export function tooLarge(maxBytes: number): string {
  return `larger than ${formatBytes(maxBytes)} (the --max-bytes limit); not read further`;
}

export class TooLargeError extends Error {}

/** The bytes of `path`; throws TooLargeError past `maxBytes`, or the file system's error. */
export function readLimited(path: string, maxBytes: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isFile()) {
      if (stat.size > maxBytes) throw new TooLargeError(tooLarge(maxBytes));
      const bytes = readFileSync(fd);
      // A file that grew while being read.
      if (bytes.length > maxBytes) throw new TooLargeError(tooLarge(maxBytes));
      return bytes;
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const read = readSync(fd, chunk, 0, CHUNK, null);
      if (read === 0) break;
      total += read;
      if (total > maxBytes) throw new TooLargeError(tooLarge(maxBytes));
      chunks.push(chunk.subarray(0, read));
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}
