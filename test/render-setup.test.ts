import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { renderOptionsFor } from '../src/cli/render-setup.js';
import type { CliOptions, Format, Io } from '../src/cli/options.js';

function cli(overrides: Partial<CliOptions> = {}): CliOptions {
  return {
    inputs: ['story.txt'],
    format: 'view',
    compact: false,
    outDir: null,
    extensions: ['.txt'],
    maxBytes: 1024,
    csvRaw: false,
    skipExisting: false,
    errorsFile: null,
    strict: false,
    failFast: false,
    jobs: 1,
    shard: null,
    quiet: false,
    tz: null,
    width: null,
    color: null,
    encoding: null,
    ...overrides,
  };
}

function io(tty: boolean, env: Record<string, string> = {}, columns?: number): Io {
  const stdout = Object.assign(new PassThrough(), { isTTY: tty, columns });
  return { stdin: new PassThrough(), stdout, stderr: new PassThrough(), env, cwd: '.' };
}

const color = (options: Partial<CliOptions>, tty: boolean, env: Record<string, string> = {}) =>
  renderOptionsFor(cli(options), io(tty, env)).color;

describe('colour decision', () => {
  it('follows the terminal by default', () => {
    expect(color({}, true)).toBe(true);
    expect(color({}, false)).toBe(false);
  });

  it('honours NO_COLOR (when not empty) over FORCE_COLOR and the terminal', () => {
    expect(color({}, true, { NO_COLOR: '1' })).toBe(false);
    expect(color({}, true, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(color({}, true, { NO_COLOR: '' })).toBe(true);
  });

  it('honours FORCE_COLOR for the view: on unless 0 or false', () => {
    expect(color({}, false, { FORCE_COLOR: '1' })).toBe(true);
    expect(color({}, false, { FORCE_COLOR: '' })).toBe(true);
    expect(color({}, false, { FORCE_COLOR: '3' })).toBe(true);
    expect(color({}, true, { FORCE_COLOR: '0' })).toBe(false);
    expect(color({}, true, { FORCE_COLOR: 'false' })).toBe(false);
  });

  it('lets --color and --no-color override everything', () => {
    expect(color({ color: true }, false, { NO_COLOR: '1' })).toBe(true);
    expect(color({ color: false }, true, { FORCE_COLOR: '1' })).toBe(false);
    expect(color({ color: true, format: 'json' }, false)).toBe(true);
  });

  it('never colours piped JSON from the environment, only on a terminal', () => {
    for (const format of ['json', 'ndjson'] satisfies Format[]) {
      expect(color({ format }, true)).toBe(true);
      expect(color({ format }, false)).toBe(false);
      expect(color({ format }, false, { FORCE_COLOR: '1' })).toBe(false);
      expect(color({ format }, true, { NO_COLOR: '1' })).toBe(false);
    }
  });

  it('never colours Markdown, CSV or files written with --out-dir', () => {
    expect(color({ format: 'md' }, true, { FORCE_COLOR: '1' })).toBe(false);
    expect(color({ format: 'csv', color: true }, true)).toBe(false);
    expect(color({ outDir: 'out' }, true)).toBe(false);
    expect(color({ outDir: 'out' }, true, { FORCE_COLOR: '1' })).toBe(false);
  });
});

describe('width and zone', () => {
  it('wraps at --width, else the terminal width or $COLUMNS up to 100, else 80', () => {
    expect(renderOptionsFor(cli({ width: 50 }), io(true, {}, 120)).width).toBe(50);
    expect(renderOptionsFor(cli({ width: 150 }), io(true, {}, 120)).width).toBe(150);
    expect(renderOptionsFor(cli(), io(true, {}, 90)).width).toBe(90);
    expect(renderOptionsFor(cli(), io(true, {}, 120)).width).toBe(100);
    expect(renderOptionsFor(cli(), io(false, { COLUMNS: '60' }, 120)).width).toBe(60);
    expect(renderOptionsFor(cli(), io(false, { COLUMNS: '200' })).width).toBe(100);
    expect(renderOptionsFor(cli(), io(false, { COLUMNS: 'wide' })).width).toBe(80);
    expect(renderOptionsFor(cli(), io(false, {}, 120)).width).toBe(80);
    expect(renderOptionsFor(cli(), io(true, {}, 0)).width).toBe(80);
    expect(renderOptionsFor(cli({ outDir: 'out' }), io(true, {}, 120)).width).toBe(80);
  });

  it('shows times in --tz, else the system zone', () => {
    expect(renderOptionsFor(cli({ tz: 'Asia/Tokyo' }), io(true)).tz).toBe('Asia/Tokyo');
    expect(renderOptionsFor(cli(), io(true)).tz).toBe(
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
  });
});
