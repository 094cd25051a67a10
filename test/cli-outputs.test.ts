/**
 * Where the built CLI may write: never over an input, never where the next run would read its
 * own output, and a bad output place is one line with status 2 (the user's mistake) or 1 (the
 * system refused), never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/parse-article.js');
const ARCHIVE = resolve('test/fixtures/batch/archive');

const scratch = mkdtempSync(join(tmpdir(), 'parse-article-cli-outputs-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

let made = 0;
function fresh(name: string): string {
  const dir = join(scratch, `${name}-${++made}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function cli(args: string[], cwd = scratch) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input: '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    // A run that never ends (a recursive mkdir on /proc once did) fails instead of hanging.
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A folder of plain-text copies, flat, like a user's downloads. */
function copies(): { dir: string; snapshot: () => Map<string, string> } {
  const dir = fresh('copies');
  for (const rel of ['2024/06/copper-prices-wire.txt', '2024/06/rail-freight-corridor.txt']) {
    cpSync(join(ARCHIVE, rel), join(dir, rel.split('/').pop() ?? rel));
  }
  const snapshot = () =>
    new Map(
      readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map(({ name }) => [name, readFileSync(join(dir, name), 'latin1')]),
    );
  return { dir, snapshot };
}

function oneLine(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0] ?? '';
}

describe('inputs are never overwritten', () => {
  it('refuses `. -o . -f view` in a folder of .txt copies, and leaves every copy as it was', () => {
    const { dir, snapshot } = copies();
    const before = snapshot();
    const { status, stdout, stderr } = cli(['.', '-o', '.', '-f', 'view'], dir);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(oneLine(stderr)).toMatch(/^parse-article: refusing to write into \.: .*input folder/);
    expect(snapshot()).toEqual(before);
  });

  it('refuses an output folder inside an input folder whose files it would feed back', () => {
    const { dir, snapshot } = copies();
    const before = snapshot();
    const { status, stderr } = cli([dir, '-o', join(dir, 'rendered'), '-f', 'view']);
    expect(status).toBe(2);
    expect(oneLine(stderr)).toContain('next run would read its own output');
    expect(existsSync(join(dir, 'rendered'))).toBe(false);
    expect(snapshot()).toEqual(before);
    // The same folder through a symbolic link, and through `..`.
    const link = join(fresh('link'), 'to-copies');
    symlinkSync(dir, link);
    expect(cli([dir, '-o', join(link, 'out'), '-f', 'md', '--ext', 'md,txt']).status).toBe(2);
    expect(cli(['.', '-o', `../${dir.split('/').pop() ?? ''}/x`, '-f', 'view'], dir).status).toBe(
      2,
    );
  });

  it('lets JSON go beside the copies, and into a hidden folder, where no walk reads it', () => {
    const { dir, snapshot } = copies();
    const before = snapshot();
    expect(cli(['.', '-o', 'json', '-q'], dir).status).toBe(0);
    expect(cli(['.', '-o', '.rendered', '-f', 'view', '-q'], dir).status).toBe(0);
    expect(readdirSync(join(dir, '.rendered'))).toHaveLength(2);
    expect(new Map([...snapshot()].filter(([name]) => name.endsWith('.txt')))).toEqual(before);
  });

  it('refuses a named input file as an output, whatever the path spelling', () => {
    const { dir, snapshot } = copies();
    const before = snapshot();
    const glob = cli(['*.txt', '-o', dir, '-f', 'view'], dir);
    expect(glob.status).toBe(2);
    expect(oneLine(glob.stderr)).toMatch(/^parse-article: refusing to write .*: it is the input /);
    const named = cli(['copper-prices-wire.txt', '-o', '.', '-f', 'view'], dir);
    expect(named.status).toBe(2);
    expect(snapshot()).toEqual(before);
  });

  it('refuses an --errors file that is an input, a link to one, or inside the walk', () => {
    const { dir, snapshot } = copies();
    const before = snapshot();
    const input = join(dir, 'copper-prices-wire.txt');
    const self = cli([input, '--errors', input]);
    expect(self.status).toBe(2);
    expect(oneLine(self.stderr)).toBe(
      `parse-article: refusing to write the --errors file ${input}: it is the input ${input}`,
    );
    const other = fresh('other');
    symlinkSync(input, join(other, 'errors.ndjson'));
    linkSync(join(dir, 'rail-freight-corridor.txt'), join(other, 'hard.ndjson'));
    expect(cli([input, '--errors', join(other, 'errors.ndjson')]).status).toBe(2);
    expect(cli([dir, '--errors', join(other, 'hard.ndjson')]).status).toBe(2);
    const walked = cli(['.', '--errors', 'failed.txt'], dir);
    expect(walked.status).toBe(2);
    expect(oneLine(walked.stderr)).toContain('next run would read it as an input');
    expect(snapshot()).toEqual(before);
    // Outside the walk's extensions it is just a file beside the copies.
    expect(cli(['.', '-q', '--errors', 'failed.ndjson'], dir).status).toBe(0);
    expect(readFileSync(join(dir, 'failed.ndjson'), 'utf8')).toBe('');
  });
});

describe('a bad output place is one line, never a stack trace', () => {
  const file = join(scratch, 'a-file.txt');
  writeFileSync(file, 'not a folder\n');

  it.each([
    ['an existing file', () => file, 2, 'a file of that name exists'],
    ['a path under a file', () => join(file, 'sub'), 2, 'part of the path is a file, not a folder'],
  ])('-o %s', (_name, out, status, reason) => {
    const result = cli([ARCHIVE, '-o', out()]);
    expect(result.status).toBe(status);
    expect(oneLine(result.stderr)).toBe(
      `parse-article: cannot create output folder ${out()}: ${reason}`,
    );
    expect(readFileSync(file, 'utf8')).toBe('not a folder\n');
  });

  // Root may write anywhere a mode allows, but not where the kernel has no folders to give.
  it.skipIf(process.platform !== 'linux' || !existsSync('/proc/self'))(
    '-o where the system refuses a folder: exit 1',
    () => {
      const result = cli([ARCHIVE, '-o', '/proc/parse-article-test/out']);
      expect(result.status).toBe(1);
      expect(oneLine(result.stderr)).toMatch(
        /^parse-article: cannot create output folder \/proc\/parse-article-test\/out: /,
      );
    },
  );

  it('--errors in a missing folder or on a folder: exit 2; on a full disk: exit 1', () => {
    const missing = cli([ARCHIVE, '--errors', join(scratch, 'no', 'such', 'e.ndjson')]);
    expect(missing.status).toBe(2);
    expect(oneLine(missing.stderr)).toContain('its folder does not exist');
    const folder = cli([ARCHIVE, '--errors', scratch]);
    expect(folder.status).toBe(2);
    expect(oneLine(folder.stderr)).toContain('is a directory');
  });

  it.skipIf(!existsSync('/dev/full'))('a full --errors file is one line and exit 1', () => {
    const dir = fresh('full');
    writeFileSync(join(dir, 'empty.txt'), '');
    const result = cli([dir, '-q', '--errors', '/dev/full']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `parse-article: ${join(dir, 'empty.txt')}: empty file\n` +
        'parse-article: cannot write to /dev/full: no space left on device\n',
    );
  });

  it('no combination of options ends in an internal error', () => {
    const out = fresh('combos');
    const runs = [
      [ARCHIVE, '-o', out, '--skip-existing', '-f', 'csv'],
      [ARCHIVE, '-o', out, '-f', 'md', '--fail-fast', '--strict'],
      [ARCHIVE, '-o', join(out, 'deep', 'er'), '--shard', '1/2', '-j', '2'],
      [ARCHIVE, '-f', 'view', '--width', '1', '--tz', 'UTC'],
      [ARCHIVE, '--errors', join(out, 'e.ndjson'), '-o', out, '-f', 'ndjson'],
    ];
    for (const args of runs) {
      const result = cli(args);
      expect(result.stderr, args.join(' ')).not.toContain('internal error');
      expect([0, 1, 2], args.join(' ')).toContain(result.status);
    }
  });
});
