/**
 * RenderOptions from the CLI options and where the output goes. Colour follows the usual
 * conventions: --color/--no-color win; else NO_COLOR (set, non-empty) turns it off; else
 * FORCE_COLOR turns it on (off for 0 or false); else it is on when stdout is a terminal.
 * JSON is coloured on a terminal only, or when --color asks: an environment variable never
 * puts escape codes into piped data. Files written with --out-dir are not a terminal.
 */
import type { RenderOptions } from '../render/index.js';
import type { CliOptions, Io } from './options.js';

const DEFAULT_WIDTH = 80;
// Lines much longer than this are hard to read, however wide the terminal; --width overrides.
const READING_WIDTH = 100;

/** A terminal's width: the stream's when it is one, else $COLUMNS (set by shells and pagers). */
function columnsOf(options: CliOptions, io: Io): number | null {
  if (options.outDir !== null) return null;
  const own = io.stdout.isTTY ? io.stdout.columns : undefined;
  if (own && own > 0) return own;
  const env = Number(io.env.COLUMNS);
  return Number.isInteger(env) && env > 0 ? env : null;
}

function envColor(env: Io['env']): boolean | null {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force === undefined) return null;
  return !(force === '0' || force.toLowerCase() === 'false');
}

export function colorFor(options: CliOptions, io: Io): boolean {
  // Markdown and CSV are plain text by nature: never coloured.
  if (options.format === 'md' || options.format === 'csv') return false;
  if (options.color !== null) return options.color;
  if (options.outDir !== null) return false;
  const fromEnv = envColor(io.env);
  const terminal = io.stdout.isTTY === true;
  if (options.format === 'view') return fromEnv ?? terminal;
  return terminal && fromEnv !== false;
}

function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function renderOptionsFor(options: CliOptions, io: Io): RenderOptions {
  return {
    compact: options.compact,
    color: colorFor(options, io),
    csvRaw: options.csvRaw,
    width: options.width ?? Math.min(columnsOf(options, io) ?? DEFAULT_WIDTH, READING_WIDTH),
    // Asking ICU for the system zone costs ~10 ms at start-up; only the view shows local times.
    tz: options.tz ?? (options.format === 'view' ? systemZone() : 'UTC'),
  };
}
