/**
 * The command line: a thin shell over the library. This module only reads the arguments into
 * CliOptions; run.ts does the work. Exit 0 when all went well, 1 when an input failed, 2 on a
 * usage error.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { encodingName } from '../read/charset.js';
import { FORMATS, type CliOptions, type Format, type Io } from './options.js';
import { run } from './run.js';

declare const PACKAGE_VERSION: string;

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

const DEFAULT_EXTENSIONS = '.txt,.text,.html,.htm';

const EXAMPLES = `
Examples:
  $ parse-article story.txt                        pretty JSON for one copy
  $ parse-article -c story.txt | jq .headline      one line, straight into jq
  $ parse-article -v story.txt                     read it in the terminal (-f view)
  $ parse-article archive/ -f csv > stories.csv    one spreadsheet row per input
  $ parse-article archive/ -f ndjson > all.ndjson  a whole folder, one object per line
  $ parse-article archive/ -o out/ --skip-existing  one .json per input; re-run to resume
  $ cat story.txt | parse-article                  standard input
  $ parse-article --schema                         the JSON Schema of the output

Exit status: 0 all inputs parsed, 1 an input failed, 2 usage error.`;

function positiveInteger(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
      throw new InvalidArgumentError(`${name} must be a whole number ≥ 1`);
    return n;
  };
}

function parseShard(value: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new InvalidArgumentError('expected K/N with 1 ≤ K ≤ N, e.g. 2/8');
  }
  return { index, count };
}

function parseExtensions(value: string): string[] {
  const list = value
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean)
    .map((e) => (e.startsWith('.') ? e : `.${e}`));
  if (list.length === 0) throw new InvalidArgumentError('give at least one extension');
  return list;
}

function parseZone(value: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
  } catch {
    throw new InvalidArgumentError(
      `unknown time zone "${value}" (use an IANA name, e.g. Asia/Kolkata)`,
    );
  }
  return value;
}

function parseEncoding(value: string): string {
  const name = encodingName(value);
  if (name === null) {
    throw new InvalidArgumentError(
      `unknown encoding "${value}" (use a name such as windows-1250, iso-8859-2, shift_jis)`,
    );
  }
  return name;
}

function buildProgram(): Command {
  return new Command()
    .name('parse-article')
    .description(
      'Turn syndicated news copy (Devdiscourse pages, agency wires) into structured data.',
    )
    .version(typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : '0.0.0-dev', '-V, --version')
    .argument('[inputs...]', 'files, folders, glob patterns, or - for standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(FORMATS)
        .default('json' satisfies Format),
    )
    .addOption(
      new Option('-v, --view', 'read it in the terminal: short for --format view').conflicts(
        'format',
      ),
    )
    .option('-c, --compact', 'JSON on one line per article', false)
    .option('-o, --out-dir <dir>', 'write one file per input under DIR, mirroring the input tree')
    .option(
      '--ext <list>',
      `extensions taken from folders (default: ${DEFAULT_EXTENSIONS})`,
      parseExtensions,
    )
    .option('--skip-existing', 'with --out-dir: skip inputs whose output exists (resume)', false)
    .option('--errors <file>', 'also write failures to FILE as NDJSON records')
    .option('--strict', 'treat warnings as failures', false)
    .option('--fail-fast', 'stop at the first failure', false)
    .option(
      '-j, --jobs <n>',
      'parallel workers (default: the number of cores)',
      positiveInteger('--jobs'),
    )
    .option(
      '--shard <k/n>',
      'process only the K-th of N deterministic slices of the inputs',
      parseShard,
    )
    .option('-q, --quiet', 'no progress and no summary; errors only', false)
    .option('--tz <zone>', 'time zone for times in the view (default: the system zone)', parseZone)
    .option(
      '--width <n>',
      'wrap the view at N columns (default: the terminal width)',
      positiveInteger('--width'),
    )
    .option(
      '--encoding <name>',
      "the inputs' encoding when it cannot be told from them (e.g. windows-1250)",
      parseEncoding,
    )
    .option('--color', 'force colour on')
    .option('--no-color', 'force colour off')
    .option('--schema', 'print the JSON Schema of the output and exit')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run parse-article --help for usage)')
    .exitOverride();
}

interface RawOptions {
  format: Format;
  view?: boolean;
  compact: boolean;
  outDir?: string;
  ext?: string[];
  skipExisting: boolean;
  errors?: string;
  strict: boolean;
  failFast: boolean;
  jobs?: number;
  shard?: { index: number; count: number };
  quiet: boolean;
  tz?: string;
  width?: number;
  color?: boolean;
  encoding?: string;
  schema?: boolean;
}

// Commander's own width when the output is not a terminal.
const HELP_WIDTH = 80;

/** Runs the CLI and resolves to the exit status; never calls process.exit itself. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const program = buildProgram().configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
    // Asked of our streams, not of process.stdout (making it would cost start-up time); the
    // help has no colour to keep.
    getOutHelpWidth: () => (io.stdout.isTTY ? io.stdout.columns : undefined) ?? HELP_WIDTH,
    getErrHelpWidth: () => (io.stderr.isTTY ? io.stderr.columns : undefined) ?? HELP_WIDTH,
    getOutHasColors: () => false,
    getErrHasColors: () => false,
    outputError: (text, write) => {
      write(text.replace(/^error: /, 'parse-article: '));
    },
  });
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw error;
  }
  const raw = program.opts<RawOptions>();
  if (raw.schema) {
    const { articleSchema } = await import('../schema.js');
    io.stdout.write(`${JSON.stringify(articleSchema, null, 2)}\n`);
    return EXIT_OK;
  }
  const options: CliOptions = {
    inputs: program.args,
    format: raw.view ? 'view' : raw.format,
    compact: raw.compact,
    outDir: raw.outDir ?? null,
    extensions: raw.ext ?? parseExtensions(DEFAULT_EXTENSIONS),
    skipExisting: raw.skipExisting,
    errorsFile: raw.errors ?? null,
    strict: raw.strict,
    failFast: raw.failFast,
    jobs: raw.jobs ?? 0,
    shard: raw.shard ?? null,
    quiet: raw.quiet,
    tz: raw.tz ?? null,
    width: raw.width ?? null,
    color: raw.color ?? null,
    encoding: raw.encoding ?? null,
  };
  const usage = usageProblem(options, io);
  if (usage) {
    io.stderr.write(`parse-article: ${usage}\n(run parse-article --help for usage)\n`);
    return EXIT_USAGE;
  }
  return run(options, io);
}

function usageProblem(options: CliOptions, io: Io): string | null {
  if (options.inputs.length === 0 && io.stdin.isTTY) {
    return 'no input: give files or folders, or pipe text into standard input';
  }
  if (options.skipExisting && !options.outDir) return '--skip-existing needs --out-dir';
  return null;
}
