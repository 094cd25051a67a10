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
  const columns = options.outDir === null && io.stdout.isTTY ? io.stdout.columns : undefined;
  return {
    compact: options.compact,
    color: colorFor(options, io),
    width: options.width ?? (columns && columns > 0 ? columns : DEFAULT_WIDTH),
    // Asking ICU for the system zone costs ~10 ms at start-up; only the view shows local times.
    tz: options.tz ?? (options.format === 'view' ? systemZone() : 'UTC'),
  };
}
