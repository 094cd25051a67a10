/**
 * The command line: a thin shell over the library. This module only reads the arguments into
 * CliOptions; run.ts does the work. Exit 0 when all went well, 1 when an input failed, 2 on a
 * usage error.
 */
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileList } from './files-from.js';
import { encodingName } from '../read/charset.js';
import { FORMATS, type CliOptions, type Format, type Io } from './options.js';
import { DEFAULT_MAX_BYTES } from './read-limited.js';
import { run } from './run.js';
import { EXIT_OK, EXIT_USAGE, type RunEnd } from './exit.js';
import { shardFromEnv, type Shard } from './shard.js';

declare const PACKAGE_VERSION: string;

const DEFAULT_EXTENSIONS = '.txt,.text,.html,.htm';
const EVERY_FILE = '*';

const EXAMPLES = `
Examples:
  $ parse-article story.txt                        pretty JSON for one copy
  $ parse-article -c story.txt | jq .headline      one line, straight into jq
  $ parse-article -v story.txt                     read it in the terminal (-f view)
  $ parse-article archive/ -f csv > stories.csv    one spreadsheet row per input
  $ parse-article archive/ -f ndjson > all.ndjson  a whole folder, one object per line
  $ parse-article archive/ -o out/ --skip-existing  one .json per input; re-run to resume
  $ parse-article archive/ -o out/ --shard auto     a cluster array task's share (docs/cluster.md)
  $ parse-article --verify-out out/ archive/        list the inputs with no output in out/
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

/** "auto" or "auto/N": the shard is read from the scheduler's environment once parsing is done. */
interface AutoShard {
  auto: true;
  count: number | null;
}

function parseShard(value: string): Shard | AutoShard {
  const auto = /^auto(?:\/(\d+))?$/.exec(value);
  if (auto) {
    const count = auto[1] === undefined ? null : Number(auto[1]);
    if (count === 0) throw new InvalidArgumentError('auto/N needs N ≥ 1');
    return { auto: true, count };
  }
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new InvalidArgumentError('expected K/N with 1 ≤ K ≤ N (e.g. 2/8), auto or auto/N');
  }
  return { index, count };
}

/** A list of extensions, or ["*"] for every file. */
function parseExtensions(value: string): string[] {
  if (value.trim() === '*') return [EVERY_FILE];
  const list = value
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean)
    .map((e) => (e.startsWith('.') ? e : `.${e}`));
  if (list.length === 0) throw new InvalidArgumentError('give at least one extension');
  return list;
}

const SIZE_UNITS: Readonly<Record<string, number>> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/** "65536", "64K", "64M", "1G" (binary units; "KiB", "MB" and lower case read the same). */
function parseSize(value: string): number {
  const m = /^(\d+)\s*([kmg]?)(?:i?b)?$/i.exec(value.trim());
  const n = Number(m?.[1]) * (SIZE_UNITS[(m?.[2] ?? '').toUpperCase()] ?? Number.NaN);
  if (!m || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError('expected a size such as 1048576, 512K, 64M or 1G');
  }
  return n;
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
      `extensions taken from folders, or '*' for every file (default: ${DEFAULT_EXTENSIONS})`,
      parseExtensions,
    )
    .option(
      '--max-bytes <size>',
      'refuse an input larger than SIZE, and stop reading an endless one there (default: 64M)',
      parseSize,
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
      'process only the K-th of N deterministic slices of the inputs; auto[/N]: the slice of ' +
        'this Slurm, Kubernetes, AWS Batch or Google Batch array task',
      parseShard,
    )
    .option('--files-from <file>', 'also take the paths listed in FILE (- for standard input)')
    .option(
      '-0, --null',
      'paths separated by NUL, not newlines: the --files-from list, the --verify-out listing',
      false,
    )
    .addOption(
      new Option(
        '--verify-out <dir>',
        'convert nothing: list the inputs that have no output in DIR (exit 1 if any)',
      ).conflicts(['outDir', 'skipExisting']),
    )
    .option('-q, --quiet', 'no progress and no summary; errors only', false)
    .option('--tz <zone>', 'time zone for times in the view (default: the system zone)', parseZone)
    .option(
      '--width <n>',
      'wrap the view at N columns (default: the terminal width or $COLUMNS, at most 100)',
      positiveInteger('--width'),
    )
    .option(
      '--csv-raw',
      "CSV: keep cells starting with = + - @ as they are (else prefixed with ' so spreadsheets show them as text)",
      false,
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
  maxBytes?: number;
  skipExisting: boolean;
  errors?: string;
  strict: boolean;
  failFast: boolean;
  jobs?: number;
  shard?: Shard | AutoShard;
  filesFrom?: string;
  null: boolean;
  verifyOut?: string;
  quiet: boolean;
  tz?: string;
  width?: number;
  color?: boolean;
  encoding?: string;
  schema?: boolean;
  csvRaw: boolean;
}

// Commander's own width when the output is not a terminal.
const HELP_WIDTH = 80;
// Above this many workers is a mistake, not a choice: each holds its own compiled parser.
const MAX_JOBS = 64;

/** Runs the CLI and resolves to the exit status; never calls process.exit itself. */
export async function main(argv: readonly string[], io: Io): Promise<RunEnd> {
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
    // The schema is all this run prints: anything else asked for alongside would be ignored.
    const others = [
      ...program.args,
      ...program.options
        .filter((o) => o.attributeName() !== 'schema')
        .filter((o) => program.getOptionValueSource(o.attributeName()) === 'cli')
        .map((o) => o.long ?? o.flags),
    ];
    if (others.length > 0) {
      return usageError(io, `--schema takes nothing else (got ${others.join(' ')})`);
    }
    const { articleSchema } = await import('../schema.js');
    io.stdout.write(`${JSON.stringify(articleSchema, null, 2)}\n`);
    return EXIT_OK;
  }
  const shard = resolveShard(raw.shard, io);
  if (typeof shard === 'string') {
    io.stderr.write(`parse-article: --shard auto: ${shard}\n`);
    return EXIT_USAGE;
  }
  const inputs = await listedInputs(program.args, raw, io);
  if (typeof inputs === 'string') {
    io.stderr.write(`parse-article: ${inputs}\n`);
    return EXIT_USAGE;
  }
  // An empty work list is a task with nothing to do, not a request to read standard input.
  if (inputs.length === 0 && raw.filesFrom !== undefined) return EXIT_OK;
  const options: CliOptions = {
    inputs,
    format: raw.view ? 'view' : raw.format,
    compact: raw.compact,
    outDir: raw.outDir ?? null,
    extensions: raw.ext?.includes(EVERY_FILE)
      ? null
      : (raw.ext ?? parseExtensions(DEFAULT_EXTENSIONS)),
    maxBytes: raw.maxBytes ?? DEFAULT_MAX_BYTES,
    skipExisting: raw.skipExisting,
    errorsFile: raw.errors ?? null,
    strict: raw.strict,
    failFast: raw.failFast,
    jobs: raw.jobs ?? 0,
    shard,
    quiet: raw.quiet,
    tz: raw.tz ?? null,
    width: raw.width ?? null,
    color: raw.color ?? null,
    csvRaw: raw.csvRaw,
    encoding: raw.encoding ?? null,
  };
  const usage = usageProblem(options, io, raw.verifyOut !== undefined);
  if (usage) return usageError(io, usage);
  if (raw.verifyOut !== undefined) {
    const { verifyOut } = await import('./verify.js');
    return verifyOut(options, raw.verifyOut, io, raw.null ? '\0' : '\n');
  }
  return run(options, io);
}

function usageError(io: Io, problem: string): typeof EXIT_USAGE {
  io.stderr.write(`parse-article: ${problem}\n(run parse-article --help for usage)\n`);
  return EXIT_USAGE;
}

function resolveShard(shard: RawOptions['shard'], io: Io): Shard | null | string {
  if (!shard) return null;
  return 'auto' in shard ? shardFromEnv(io.env, shard.count) : shard;
}

/** The arguments, then the paths of --files-from; a string says why the list cannot be had. */
async function listedInputs(args: string[], raw: RawOptions, io: Io): Promise<string[] | string> {
  if (raw.filesFrom === undefined) {
    return raw.null && raw.verifyOut === undefined ? '-0 needs --files-from or --verify-out' : args;
  }
  if (raw.filesFrom === '-' && args.includes('-')) {
    return 'standard input cannot be both the --files-from list and an input';
  }
  const listed = await readFileList(raw.filesFrom, raw.null, io);
  if ('problem' in listed) return `--files-from ${listed.problem}`;
  return [...args, ...listed];
}

function usageProblem(options: CliOptions, io: Io, verifying: boolean): string | null {
  if (options.inputs.length === 0 && io.stdin.isTTY && !verifying) {
    return 'no input: give files or folders, or pipe text into standard input';
  }
  if (options.skipExisting && !options.outDir) return '--skip-existing needs --out-dir';
  if (verifying && options.inputs.length === 0) return '--verify-out needs the inputs to check';
  // -c shapes JSON only; with another format it would be silently ignored.
  if (options.compact && !(options.format === 'json' || options.format === 'ndjson')) {
    return `-c/--compact is for JSON; it does nothing with -f ${options.format}`;
  }
  if (options.csvRaw && options.format !== 'csv') return '--csv-raw is for -f csv';
  if (options.jobs > MAX_JOBS) {
    return `--jobs ${options.jobs} is more than ${MAX_JOBS} workers; more than the cores (this machine has ${availableParallelism()}) only wait for each other`;
  }
  return null;
}
