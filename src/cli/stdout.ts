/**
 * Standard output without a stream where a stream buys nothing. Writes to files and pipes are
 * synchronous in Node anyway, yet `process.stdout` loads the stream modules to make them (about
 * 1.5 ms of a one-file run). Those get blocking writes on descriptor 1; a terminal, or a
 * descriptor that would block, gets `process.stdout`.
 */
import { fstatSync, statSync, writeSync } from 'node:fs';
import type { Output } from './options.js';

const STDOUT_FD = 1;

function isPlainSink(fd: number): boolean {
  if (process.platform === 'win32') return false;
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() || stat.isFIFO() || stat.isSocket()) return true;
    // A character device is a terminal unless it is /dev/null.
    return stat.isCharacterDevice() && stat.rdev === statSync('/dev/null').rdev;
  } catch {
    return false;
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/**
 * Standard output (or another descriptor) as the CLI uses it. `stream` makes the real
 * `process.stdout` (with its error handling) when it is needed; `onFailed` ends the run when a
 * write fails (the reader has gone, the disk is full).
 */
export function openStdout(
  stream: () => Output,
  onFailed: (error: unknown) => never,
  fd: number = STDOUT_FD,
): Output {
  if (!isPlainSink(fd)) return stream();
  let fallback: Output | null = null;
  const write = (text: string | Uint8Array): boolean => {
    if (fallback) return fallback.write(text);
    let bytes = typeof text === 'string' ? Buffer.from(text) : text;
    while (bytes.length > 0) {
      try {
        bytes = bytes.subarray(writeSync(fd, bytes));
      } catch (error) {
        // A descriptor someone made non-blocking: the stream knows how to wait on it.
        if (errorCode(error) !== 'EAGAIN') onFailed(error);
        fallback = stream();
        return fallback.write(bytes);
      }
    }
    return true;
  };
  return {
    write,
    isTTY: false,
    get writableLength() {
      return fallback?.writableLength ?? 0;
    },
    on(event, listener) {
      (fallback ?? stream()).on(event, listener);
      return this;
    },
    off(event, listener) {
      fallback?.off(event, listener);
      return this;
    },
  };
}
