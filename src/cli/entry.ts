/** Process edge of the CLI: wires main() to the real streams and exit status. */
import type { Io, Output } from './options.js';
import { main } from './main.js';
import { describeFsError } from './errors.js';
import { openStdout } from './stdout.js';

/**
 * Output that cannot be written ends the run. A closed pipe (`parse-article … | head -1`) ends
 * it quietly; anything else (a full disk) with one line saying so, and status 1.
 */
function outputFailed(error: unknown, where: string): never {
  if ((error as NodeJS.ErrnoException | null)?.code === 'EPIPE') {
    process.exit(process.exitCode ?? 0);
  }
  if (where === 'standard output') {
    process.stderr.write(`parse-article: cannot write to ${where}: ${describeFsError(error)}\n`);
  }
  process.exit(1);
}

function endingOnFailure<T extends NodeJS.WritableStream>(stream: T, where: string): T {
  stream.on('error', (error: NodeJS.ErrnoException) => outputFailed(error, where));
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
    stdout ??= openStdout(
      () => (stdoutStream ??= endingOnFailure(process.stdout, 'standard output')),
      (error) => outputFailed(error, 'standard output'),
    );
    return stdout;
  },
  get stderr() {
    stderr ??= endingOnFailure(process.stderr, 'standard error');
    return stderr;
  },
  env: process.env,
  cwd: process.cwd(),
};

main(process.argv.slice(2), io).then(
  (end) => {
    if (typeof end === 'string') process.kill(process.pid, end);
    else process.exitCode = end;
  },
  (error: unknown) => {
    // A bug, not the user's doing: one line (the stack with PARSE_ARTICLE_DEBUG set), status 1.
    const detail =
      error instanceof Error
        ? process.env.PARSE_ARTICLE_DEBUG
          ? (error.stack ?? error.message)
          : error.message.split('\n')[0]
        : String(error);
    io.stderr.write(`parse-article: internal error: ${detail}\n`);
    process.exitCode = 1;
  },
);
