/** Every CLI option, parsed and validated; main.ts builds it, run.ts acts on it. */
import type { Format } from '../render/index.js';

export { FORMATS, type Format } from '../render/index.js';

export interface CliOptions {
  /** Files, folders, glob patterns, or "-" for standard input. */
  inputs: string[];
  format: Format;
  /** One line per JSON object (json only; ndjson is always compact). */
  compact: boolean;
  outDir: string | null;
  /** Extensions taken from folders, with their dots: [".txt", ".html"]; null for every file. */
  extensions: string[] | null;
  /** The most bytes read of one input; past it the input is refused. */
  maxBytes: number;
  skipExisting: boolean;
  errorsFile: string | null;
  strict: boolean;
  failFast: boolean;
  /** Worker threads for big batches; 0 for one per core. */
  jobs: number;
  /** 1-based shard and shard count: { index: 2, count: 8 } for "--shard 2/8". */
  shard: { index: number; count: number } | null;
  quiet: boolean;
  /** Zone for times in the view, IANA name; null for the system zone. */
  tz: string | null;
  /** Columns for the view; null to use the terminal's width. */
  width: number | null;
  /** CSV cells as they are, formula-like ones included. */
  csvRaw: boolean;
  /** true/false when forced by --color/--no-color; null to follow the terminal and env. */
  color: boolean | null;
  /** --encoding: the inputs' encoding by its WHATWG name; null to tell it from the bytes. */
  encoding: string | null;
}

type OutputEvent = 'drain' | 'error' | 'close';

/** What the CLI needs of an output stream: process.stdout, or a plain descriptor writer. */
export interface Output {
  write(text: string | Uint8Array): boolean;
  isTTY?: boolean;
  columns?: number;
  /** Bytes taken but not yet written. */
  readonly writableLength?: number;
  on(event: OutputEvent, listener: () => void): unknown;
  off(event: OutputEvent, listener: () => void): unknown;
}

/** The streams and facts of the process, passed in so that main() stays testable. */
export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: Output;
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}
