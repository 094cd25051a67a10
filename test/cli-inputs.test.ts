/**
 * Inputs that are not plain files, through the built CLI: folders named like files, pipes and
 * devices, endless inputs stopped at --max-bytes, runs that match nothing, and --ext '*'.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/parse-article.js');
const WIRE = resolve('test/fixtures/batch/archive/2024/06/copper-prices-wire.txt');
const SUMMARY = /^\d+ parsed, \d+ failed, \d+ with warnings in \d+\.\d+ s$/;

const scratch = mkdtempSync(join(tmpdir(), 'parse-article-cli-inputs-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

let made = 0;
function fresh(name: string): string {
  const dir = join(scratch, `${name}-${++made}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function cli(args: string[], options: { cwd?: string; input?: string | Buffer } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? scratch,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    // A run that blocks on a pipe fails the test instead of hanging it.
    timeout: 20_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const canMkfifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--help']).status === 0;

describe('folders and special files', () => {
  it('walks a folder named like a file quietly', () => {
    const dir = fresh('named');
    mkdirSync(join(dir, '2024.txt'));
    cpSync(WIRE, join(dir, '2024.txt', 'story.txt'));
    const { status, stdout, stderr } = cli([dir, '-f', 'ndjson']);
    expect(status).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(SUMMARY);
    expect(stderr).toContain('1 parsed, 0 failed');
  });

  it.skipIf(!canMkfifo)('reports a named pipe met in a walk once, and never blocks on it', () => {
    const dir = fresh('fifo');
    cpSync(WIRE, join(dir, 'a-story.txt'));
    expect(spawnSync('mkfifo', [join(dir, 'b-pipe.txt')]).status).toBe(0);
    expect(spawnSync('mkfifo', [join(dir, 'c-pipe')]).status).toBe(0);
    const { status, stdout, stderr } = cli([dir, '-f', 'ndjson', '-q']);
    expect(status).toBe(1);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toBe(
      `parse-article: ${join(dir, 'b-pipe.txt')}: not a regular file: a named pipe, not read\n` +
        `parse-article: ${join(dir, 'c-pipe')}: not a regular file: a named pipe, not read\n`,
    );
  });

  it.skipIf(!existsSync('/dev/zero'))('stops reading /dev/zero at the size limit', () => {
    const { status, stdout, stderr } = cli(['/dev/zero']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'parse-article: /dev/zero: larger than 64 MiB (the --max-bytes limit); not read further\n',
    );
    const small = cli(['/dev/zero', '--max-bytes', '1M']);
    expect(small.stderr).toContain('larger than 1 MiB');
  });

  it('stops reading standard input, and refuses a big file, past --max-bytes', () => {
    const endless = cli(['--max-bytes', '64K'], { input: Buffer.alloc(200_000, 0x61) });
    expect(endless.status).toBe(1);
    expect(endless.stderr).toBe(
      'parse-article: <stdin>: larger than 64 KiB (the --max-bytes limit); not read further\n',
    );
    const dir = fresh('big');
    writeFileSync(join(dir, 'big.txt'), `Headline\n\n${'Words in a paragraph. '.repeat(100)}\n`);
    expect(cli([join(dir, 'big.txt'), '--max-bytes', '1K']).status).toBe(1);
    expect(cli([join(dir, 'big.txt'), '--max-bytes', '1m']).status).toBe(0);
    const bad = cli([join(dir, 'big.txt'), '--max-bytes', 'lots']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('expected a size such as');
  });

  it('exits 1 with "no inputs" for an empty folder as for a pattern that matches nothing', () => {
    const dir = fresh('empty');
    writeFileSync(join(dir, 'notes.md'), '# not taken\n');
    const folder = cli([dir]);
    expect(folder.status).toBe(1);
    expect(folder.stdout).toBe('');
    expect(folder.stderr).toMatch(new RegExp(`^parse-article: no inputs: ${dir} holds no `));
    expect(folder.stderr.trimEnd().split('\n')).toHaveLength(1);
    const pattern = cli(['nothing-*.txt'], { cwd: dir });
    expect(pattern.status).toBe(1);
    expect(pattern.stderr).toBe('parse-article: no inputs: no file matches nothing-*.txt\n');
  });

  it("reads extension-less wire files with --ext '*'", () => {
    const dir = fresh('wires');
    cpSync(WIRE, join(dir, 'REUTERS-0614-001'));
    expect(cli([dir]).status).toBe(1);
    const { status, stdout } = cli([dir, '--ext', '*', '-f', 'ndjson', '-q']);
    expect(status).toBe(0);
    const article = JSON.parse(stdout) as { input: { layout: string; path: string } };
    expect(article.input).toMatchObject({
      layout: 'wire-text',
      path: join(dir, 'REUTERS-0614-001'),
    });
  });
});
