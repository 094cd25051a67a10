/**
 * The command line: a thin shell over parseArticle. Files in, one rendered article per input out;
 * errors as one line each on stderr. Exit 0 when all went well, 1 when an input failed, 2 on a
 * usage error.
 */
import { readFile } from 'node:fs/promises';
import { Command, CommanderError, Option } from 'commander';
import { parseArticle } from '../parse.js';
import { InputError } from '../read/errors.js';
import { renderJson } from '../render/json.js';
import { describeFsError, errorLine } from './errors.js';

declare const PACKAGE_VERSION: string;

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

export interface CliOptions {
  compact: boolean;
}

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const EXAMPLES = `
Examples:
  $ parse-article story.txt                      pretty JSON for one copy
  $ parse-article --compact story.txt | jq .headline
  $ parse-article story.txt | jq '{headline, agency, created: .created.utc}'

Exit status: 0 all inputs parsed, 1 an input could not be read, 2 usage error.`;

function buildProgram(): Command {
  return new Command()
    .name('parse-article')
    .description(
      'Turn syndicated news copy (Devdiscourse pages, agency wires) into structured JSON.',
    )
    .version(typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : '0.0.0-dev', '-V, --version')
    .argument('<files...>', 'plain-text or HTML copies of articles')
    .addOption(new Option('-c, --compact', 'print each article on one line').default(false))
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run parse-article --help for usage)')
    .exitOverride();
}

async function convert(path: string, options: CliOptions, io: Io): Promise<boolean> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    io.stderr.write(`${errorLine(path, describeFsError(error))}\n`);
    return false;
  }
  try {
    const article = parseArticle(bytes, { path });
    io.stdout.write(`${renderJson(article, { compact: options.compact })}\n`);
    return true;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(`${errorLine(path, error.message)}\n`);
    return false;
  }
}

/** Runs the CLI and resolves to the exit status; never calls process.exit itself. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const program = buildProgram().configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
  });
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    throw error;
  }
  const options = program.opts<CliOptions>();
  let failed = false;
  for (const path of program.args) {
    if (!(await convert(path, options, io))) failed = true;
  }
  return failed ? EXIT_INPUT : EXIT_OK;
}
