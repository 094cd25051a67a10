/**
 * The view in a real terminal: tmux runs the CLI in a pane of a given size, and capture-pane
 * reads back what the terminal shows, colour attributes included. Each pane gets its own tmux
 * server on a private socket, so nothing is shared with a user's tmux or with other tests.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../src/render/wrap.js';

const FIXTURE = 'test/fixtures/render/wide-story.txt';
const CLI = 'bin/parse-article.js';
const ESC = '\u001b[';

const UNSET = new Set(['NO_COLOR', 'FORCE_COLOR', 'TMUX', 'TMUX_PANE', 'COLUMNS', 'LINES']);

/** The environment with no colour preference (and outside any tmux), plus `extra`. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([name]) => !UNSET.has(name));
  return { ...Object.fromEntries(inherited), TZ: 'Europe/Berlin', ...extra };
}

function quote(arg: string): string {
  return `'${arg.replaceAll("'", "'\\''")}'`;
}

let panes = 0;

interface Capture {
  /** Screen lines with tmux's own wrapping undone, colour codes kept. */
  joined: string[];
  /** Screen rows as drawn. */
  rows: string[];
}

/** Runs `command` in a fresh width × 200 pane and captures the screen once it has finished. */
function inPane(width: number, command: string, env: NodeJS.ProcessEnv): Capture {
  const socket = `parse-article-test-${process.pid}-${++panes}`;
  const tmux = (...args: string[]): string =>
    execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {
      encoding: 'utf8',
      env,
      timeout: 20_000,
    });
  try {
    // `cat` keeps the pane open on its idle terminal until the server is killed.
    const script = `${command}; tmux wait-for -S finished; cat`;
    tmux('new-session', '-d', '-s', 'view', '-x', String(width), '-y', '200', script);
    tmux('wait-for', 'finished');
    const capture = (...flags: string[]): string[] =>
      tmux('capture-pane', '-p', ...flags, '-S', '-', '-E', '-', '-t', 'view').split('\n');
    return { joined: capture('-e', '-J'), rows: capture() };
  } finally {
    spawnSync('tmux', ['-L', socket, 'kill-server'], { env });
  }
}

function trimScreen(lines: readonly string[]): string[] {
  const out = lines.map((line) => stripVTControlCharacters(line).trimEnd());
  while (out.length && out.at(-1) === '') out.pop();
  return out;
}

const cli = (...args: string[]): string => `node ${[CLI, ...args].map(quote).join(' ')}`;

describe('the view in a real terminal', () => {
  it.each([60, 120])(
    'at %i columns: coloured, wrapped to the terminal width (100 at most)',
    (columns) => {
      const width = Math.min(columns, 100);
      const screen = inPane(columns, cli('-f', 'view', FIXTURE), cleanEnv());
      expect(screen.joined.join('\n')).toContain(ESC);
      const lines = trimScreen(screen.joined);
      for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(width);
      // tmux wrapped no line itself: as many rows drawn as lines written.
      expect(trimScreen(screen.rows)).toHaveLength(lines.length);
      // What the terminal shows is what the view prints at that width.
      const expected = execFileSync(
        process.execPath,
        [CLI, '-f', 'view', '--color', '--width', String(width), FIXTURE],
        { encoding: 'utf8', env: cleanEnv() },
      );
      expect(lines).toEqual(trimScreen(expected.split('\n')));
    },
  );

  it('prints no colour with NO_COLOR set', () => {
    const screen = inPane(60, cli('-f', 'view', FIXTURE), cleanEnv({ NO_COLOR: '1' }));
    expect(screen.joined.join('\n')).not.toContain(ESC);
    expect(screen.joined.join('\n')).toContain('Tokyo Festival Draws Record Crowds');
  });

  it('prints no colour into a pipe, even on a terminal', () => {
    const screen = inPane(60, `${cli('-f', 'view', FIXTURE)} | cat`, cleanEnv());
    expect(screen.joined.join('\n')).not.toContain(ESC);
    expect(screen.joined.join('\n')).toContain('Tokyo Festival Draws Record Crowds');
  });

  it('colours JSON on a terminal', () => {
    const screen = inPane(120, cli(FIXTURE), cleanEnv());
    expect(screen.joined.join('\n')).toContain(ESC);
    const text = trimScreen(screen.joined).join('\n');
    expect(text).toContain('"headline": "Tokyo Festival Draws Record Crowds');
  });
});

describe('output through a pipe', () => {
  const run = (args: string[], env: NodeJS.ProcessEnv): string =>
    execFileSync(process.execPath, [CLI, ...args, FIXTURE], {
      encoding: 'utf8',
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  it('has no escape codes in any format', () => {
    for (const format of ['view', 'json', 'ndjson', 'md', 'csv']) {
      expect(run(['-f', format], cleanEnv())).not.toContain('\u001b');
    }
  });

  it('keeps JSON plain even with FORCE_COLOR, and colours the view with it', () => {
    const json = run([], cleanEnv({ FORCE_COLOR: '1' }));
    expect(json).not.toContain('\u001b');
    expect(JSON.parse(json)).toHaveProperty('headline');
    expect(run(['-v'], cleanEnv({ FORCE_COLOR: '1' }))).toContain(ESC);
  });

  it('colours when --color asks, and --no-color wins over FORCE_COLOR', () => {
    expect(run(['-f', 'view', '--color'], cleanEnv())).toContain(ESC);
    expect(run(['--color'], cleanEnv())).toContain(ESC);
    expect(run(['-v', '--no-color'], cleanEnv({ FORCE_COLOR: '1' }))).not.toContain('\u001b');
  });

  it('wraps at 80 columns by default, at --width when given', () => {
    const widths = (text: string): number[] => text.split('\n').map(textWidth);
    expect(Math.max(...widths(run(['-v'], cleanEnv())))).toBeLessThanOrEqual(80);
    expect(Math.max(...widths(run(['-v'], cleanEnv())))).toBeGreaterThan(60);
    expect(Math.max(...widths(run(['-v', '--width', '40'], cleanEnv())))).toBeLessThanOrEqual(40);
  });
});
