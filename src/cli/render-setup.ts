/** RenderOptions from the CLI options and the terminal the output goes to. */
import type { RenderOptions } from '../render/index.js';
import type { CliOptions, Io } from './options.js';

const DEFAULT_WIDTH = 80;

export function renderOptionsFor(options: CliOptions, io: Io): RenderOptions {
  return {
    compact: options.compact,
    color: options.color ?? false,
    width: options.width ?? io.stdout.columns ?? DEFAULT_WIDTH,
    tz: options.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}
