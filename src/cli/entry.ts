/** Process edge of the CLI: wires main() to the real streams and exit status. */
import type { Io, Output } from './options.js';
import { main } from './main.js';
import { openStdout } from './stdout.js';

// A closed pipe (`parse-article … | head -1`) ends the run quietly.
const endQuietly = (): never => process.exit(process.exitCode ?? 0);

function quietOnClosedPipe<T extends NodeJS.WritableStream>(stream: T): T {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') endQuietly();
    throw error;
  });
  return stream;
}

let stdoutStream: Output | undefined;
let stdout: Output | undefined;
let stderr: typeof process.stderr | undefined;

// The streams are opened only when used: setting one up costs start-up time that a run
// converting one file should not pay.
const io: Io = {
  get stdin() {
    return process.stdin;
  },
  get stdout() {
    stdout ??= openStdout(() => (stdoutStream ??= quietOnClosedPipe(process.stdout)), endQuietly);
    return stdout;
  },
  get stderr() {
    stderr ??= quietOnClosedPipe(process.stderr);
    return stderr;
  },
  env: process.env,
  cwd: process.cwd(),
};

main(process.argv.slice(2), io).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`parse-article: internal error: ${detail}\n`);
    process.exitCode = 70;
  },
);
