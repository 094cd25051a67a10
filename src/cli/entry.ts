/** Process edge of the CLI: wires main() to the real streams and exit status. */
import type { Io } from './options.js';
import { main } from './main.js';

// A closed pipe (`parse-article … | head -1`) ends the run quietly.
function quietOnClosedPipe<T extends NodeJS.WritableStream>(stream: T): T {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return stream;
}

const stdout = quietOnClosedPipe(process.stdout);
let stderr: typeof process.stderr | undefined;

// Standard input and error are opened only when used: setting up a stream costs start-up time
// that a run converting one file should not pay.
const io: Io = {
  get stdin() {
    return process.stdin;
  },
  stdout,
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
