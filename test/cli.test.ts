import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = 'bin/parse-article.js';
const SAMPLE = 'samples/devdiscourse-pti-caption.txt';

function cli(args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}) {
  const inherited = { ...process.env };
  delete inherited.COLUMNS;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input,
    env: { ...inherited, NO_COLOR: '1', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'parse-article-cli-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('parse-article (spawned)', () => {
  it('prints one pretty JSON object for a file, and nothing else', () => {
    const { status, stdout, stderr } = cli([SAMPLE]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n').length).toBeGreaterThan(10);
    const article = JSON.parse(stdout) as { headline: string; input: { path: string } };
    expect(article.headline).toBe('Monsoon Reaches Kerala Two Days Ahead of Schedule, Says IMD');
    expect(article.input.path).toBe(SAMPLE);
  });

  it('prints one line with --compact', () => {
    const { status, stdout } = cli(['--compact', SAMPLE]);
    expect(status).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect((JSON.parse(stdout) as { agency: string }).agency).toBe('PTI');
  });

  it('reads standard input when given -', () => {
    const { status, stdout } = cli(['-c', '-'], 'Headline\n\nMOSCOW, June 14 (Reuters) - Text.\n');
    expect(status).toBe(0);
    const article = JSON.parse(stdout) as {
      headline: string;
      input: { path: null; layout: string };
    };
    expect(article.headline).toBe('Headline');
    expect(article.input).toMatchObject({ path: null, layout: 'wire-text' });
  });

  it('shows usage with examples, and the version', () => {
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: parse-article');
    expect(help.stdout).toContain('Examples:');
    const version = cli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    ['a missing file', () => join(scratch, 'missing.txt'), 'no such file'],
    [
      'an empty file',
      () => {
        const path = join(scratch, 'empty.txt');
        writeFileSync(path, '');
        return path;
      },
      'empty file',
    ],
    [
      'a binary file',
      () => {
        const path = join(scratch, 'image.txt');
        writeFileSync(
          path,
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        );
        return path;
      },
      'not text',
    ],
    // A folder argument is walked as a batch: see test/cli-batch.slow.test.ts.
  ])('reports %s in one line and exits 1', (_what, makePath, reason) => {
    const path = makePath();
    const { status, stdout, stderr } = cli([path]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`^parse-article: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `),
    );
    expect(lines[0]).toContain(reason);
  });

  it('exits 2 on a usage error', () => {
    const unknown = cli(['--no-such-option', SAMPLE]);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('--no-such-option');
    expect(cli(['--format', 'yaml', SAMPLE]).status).toBe(2);
  });

  it('prints the JSON Schema with --schema', () => {
    const { status, stdout } = cli(['--schema']);
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as { title: string }).title).toBe('Article');
  });

  it.each([
    [['-c', '-v', SAMPLE], '-c/--compact is for JSON'],
    [['-c', '-f', 'csv', SAMPLE], '-c/--compact is for JSON'],
    [['-c', '-f', 'md', SAMPLE], '-c/--compact is for JSON'],
    [['--csv-raw', SAMPLE], '--csv-raw is for -f csv'],
    [['--schema', SAMPLE], '--schema takes nothing else'],
    [['--schema', '-c'], '--schema takes nothing else'],
    [['-j', '65', SAMPLE], '--jobs 65 is more than 64 workers'],
  ])('refuses %j as a usage error, in one line', (args, message) => {
    const { status, stdout, stderr } = cli(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toContain(`parse-article: ${message}`);
    expect(stderr.trimEnd().split('\n')).toHaveLength(2);
  });

  it('wraps the piped view at $COLUMNS, and at 100 columns at most unless --width says', () => {
    const widest = (text: string): number =>
      Math.max(...text.split('\n').map((line) => Array.from(line).length));
    expect(widest(cli(['-v', SAMPLE], undefined, { COLUMNS: '50' }).stdout)).toBeLessThanOrEqual(
      50,
    );
    expect(widest(cli(['-v', SAMPLE], undefined, { COLUMNS: '50' }).stdout)).toBeGreaterThan(40);
    expect(widest(cli(['-v', SAMPLE], undefined, { COLUMNS: '300' }).stdout)).toBeLessThanOrEqual(
      100,
    );
    expect(widest(cli(['-v', SAMPLE], undefined, { COLUMNS: '300' }).stdout)).toBeGreaterThan(90);
    expect(widest(cli(['-v', SAMPLE]).stdout)).toBeLessThanOrEqual(80);
    expect(widest(cli(['-v', '--width', '160', SAMPLE]).stdout)).toBeGreaterThan(100);
  });

  it('writes formula-like CSV cells as text, and as they are with --csv-raw', () => {
    const path = join(scratch, 'formula.txt');
    writeFileSync(path, '=HYPERLINK("http://example.invalid","Click")\n\nA short body line.\n');
    const safe = cli(['-f', 'csv', path]);
    expect(safe.status).toBe(0);
    expect(safe.stdout.split('\r\n')[1]).toContain(`"'=HYPERLINK(""http://example.invalid""`);
    const raw = cli(['-f', 'csv', '--csv-raw', path]);
    expect(raw.stdout.split('\r\n')[1]).toContain(`"=HYPERLINK(""http://example.invalid""`);
  });
});
