/**
 * Batches through the built CLI, spawned as a user would run it: folders with bad files mixed
 * in, NDJSON and pretty JSON into jq, --out-dir with resume after a kill, --errors, --strict,
 * --fail-fast, --shard, worker threads against one thread, and a closed pipe.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/parse-article.js');
const ARCHIVE = resolve('test/fixtures/batch/archive');
const WARNED = resolve('test/fixtures/batch/warned/updated-before-created.txt');
const GOOD = [
  '2024/06/copper-prices-wire.txt',
  '2024/06/rail-freight-corridor.txt',
  '2024/07/library-hours.text',
];
const SUMMARY = /^\d+ parsed, \d+ failed, \d+ with warnings(?:, \d+ skipped)? in \d+\.\d+ s$/;

const scratch = mkdtempSync(join(tmpdir(), 'parse-article-cli-batch-'));
// Thousands of files: removing them can take a while on a busy machine.
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
}, 120_000);

let made = 0;
function fresh(name: string): string {
  const dir = join(scratch, `${name}-${++made}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function cli(args: string[], options: { cwd?: string; input?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? scratch,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const hasJq = spawnSync('jq', ['--version']).status === 0;

function jq(args: string[], input: string): string {
  const result = spawnSync('jq', args, { input, encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stdout;
}

interface Parsed {
  headline: string;
  warnings: { code: string }[];
  input: { path: string | null };
}

function ndjson(stdout: string): Parsed[] {
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Parsed);
}

/** The archive with every kind of bad entry a real folder holds mixed in; returns the bad ones. */
function messyArchive(): { dir: string; bad: Map<string, string> } {
  const dir = fresh('messy');
  cpSync(ARCHIVE, dir, { recursive: true });
  const bad = new Map<string, string>();
  writeFileSync(join(dir, 'a-empty.txt'), '');
  bad.set('a-empty.txt', 'empty file');
  writeFileSync(join(dir, '2024', '06', 'd-blank.txt'), '\n  \n');
  bad.set('2024/06/d-blank.txt', 'no text');
  writeFileSync(join(dir, '2024', 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
  bad.set('2024/b-binary.txt', 'not text');
  // Not UTF-8, and far too many high bytes for a legacy single-byte encoding.
  writeFileSync(join(dir, 'c-invalid.txt'), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28]));
  bad.set('c-invalid.txt', 'not text');
  // A folder named like a copy is only a folder: walked, never reported.
  mkdirSync(join(dir, 'd-folder.txt'));
  symlinkSync('nowhere.txt', join(dir, 'e-dangling.txt'));
  bad.set('e-dangling.txt', 'broken symbolic link');
  symlinkSync('f-loop.txt', join(dir, 'f-loop.txt'));
  bad.set('f-loop.txt', 'too many levels of symbolic links');
  symlinkSync('..', join(dir, '2024', 'g-up'));
  bad.set('2024/g-up', 'symbolic link loop');
  // Root reads any file whatever its mode, so this one only counts for other users.
  if (process.getuid?.() !== 0) {
    writeFileSync(join(dir, 'h-locked.txt'), 'Headline\n\nBody.\n');
    chmodSync(join(dir, 'h-locked.txt'), 0);
    bad.set('h-locked.txt', 'permission denied');
  }
  return { dir, bad };
}

/** `count` stories in folders of 100, made from the fixtures, for runs long enough to stop. */
function bigArchive(count: number): string {
  const dir = fresh('big');
  const stories = GOOD.map((rel) => readFileSync(join(ARCHIVE, rel), 'utf8'));
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `part-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(folder);
    const story = stories[i % stories.length] ?? '';
    writeFileSync(join(folder, `story-${String(i).padStart(5, '0')}.txt`), story);
  }
  return dir;
}

/** Every file under `dir`, "/"-separated and relative, sorted. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('a folder with bad files mixed in', () => {
  const { dir, bad } = messyArchive();

  it('converts every good file, reports each bad one once, and exits 1', () => {
    const { status, stdout, stderr } = cli([dir, '-f', 'ndjson']);
    expect(status).toBe(1);
    const articles = ndjson(stdout);
    expect(articles.map((a) => a.input.path)).toEqual(GOOD.map((rel) => join(dir, rel)));
    const lines = stderr.trimEnd().split('\n');
    expect(lines.pop()).toMatch(SUMMARY);
    expect(lines).toHaveLength(bad.size);
    for (const [rel, reason] of bad) {
      const line = lines.find((l) => l.startsWith(`parse-article: ${join(dir, rel)}: `));
      expect(line, rel).toContain(reason);
    }
    // No stack trace: every line is an error line or the summary.
    expect(stderr.split('\n').filter((l) => l.trimStart().startsWith('at '))).toEqual([]);
    expect(stderr).toContain(`3 parsed, ${bad.size} failed, 0 with warnings in `);
  });

  it('writes the failures to --errors as NDJSON records', () => {
    const errors = join(fresh('errors'), 'failed.ndjson');
    const { status } = cli([dir, '-f', 'ndjson', '-q', '--errors', errors]);
    expect(status).toBe(1);
    const records = ndjson(readFileSync(errors, 'utf8')) as unknown as {
      path: string;
      reason: string;
      code: string;
    }[];
    expect(records.map((r) => r.path).sort()).toEqual(
      [...bad.keys()].map((r) => join(dir, r)).sort(),
    );
    const byPath = new Map(records.map((r) => [r.path.slice(dir.length + 1), r]));
    expect(byPath.get('a-empty.txt')?.code).toBe('empty');
    expect(byPath.get('2024/b-binary.txt')?.code).toBe('not-text');
    expect(byPath.get('e-dangling.txt')?.code).toBe('io');
    for (const record of records) expect(record.reason.length).toBeGreaterThan(3);
  });

  it.skipIf(!hasJq)('feeds jq directly, one object per input, as NDJSON and as pretty JSON', () => {
    const lines = cli([dir, '-f', 'ndjson', '-q']).stdout;
    expect(jq(['-r', '.headline'], lines).trimEnd().split('\n')).toHaveLength(3);
    const pretty = cli([dir, '-q']).stdout;
    expect(pretty.split('\n').length).toBeGreaterThan(30);
    const array = JSON.parse(jq(['-s', '.'], pretty)) as Parsed[];
    expect(array.map((a) => a.headline)).toEqual(ndjson(lines).map((a) => a.headline));
  });

  it('with --fail-fast stops at the first failure in input order', () => {
    const { status, stdout, stderr } = cli([dir, '-f', 'ndjson', '--fail-fast', '-q']);
    expect(status).toBe(1);
    // Input order: 2024/06/copper-prices-wire.txt, then 2024/06/d-blank.txt, the first bad one.
    expect(ndjson(stdout).map((a) => a.input.path)).toEqual([join(dir, GOOD[0] ?? '')]);
    expect(stderr).toBe(
      `parse-article: ${join(dir, '2024/06/d-blank.txt')}: no text: only white space\n`,
    );
  });
});

describe('inputs', () => {
  it('takes folders, files, glob patterns and - together, in argument order', () => {
    const story = readFileSync(WARNED, 'utf8');
    const { status, stdout, stderr } = cli(
      ['-f', 'ndjson', 'archive/2024/07', '-', 'archive/**/*wire*.txt'],
      { cwd: resolve('test/fixtures/batch'), input: story },
    );
    expect(status).toBe(0);
    expect(ndjson(stdout).map((a) => a.input.path)).toEqual([
      'archive/2024/07/library-hours.text',
      null,
      'archive/2024/06/copper-prices-wire.txt',
    ]);
    expect(stderr).toMatch(/^3 parsed, 0 failed, 1 with warnings in \d+\.\d+ s\n$/);
  });

  it('prints no summary for a single file, and none with --quiet', () => {
    expect(cli([join(ARCHIVE, GOOD[0] ?? '')]).stderr).toBe('');
    const quiet = cli([ARCHIVE, '-q', '-f', 'ndjson']);
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe('');
    const loud = cli([ARCHIVE, '-f', 'ndjson']);
    expect(loud.stderr).toMatch(/^3 parsed, 0 failed, 0 with warnings in \d+\.\d+ s\n$/);
    expect(loud.stderr).not.toContain('\r');
  });
});

describe('--strict', () => {
  it('fails an article with warnings: reported, not written', () => {
    const out = fresh('strict');
    const loose = cli([WARNED, ARCHIVE, '-o', out]);
    expect(loose.status).toBe(0);
    expect(loose.stderr).toContain('4 parsed, 0 failed, 1 with warnings');
    expect(tree(out)).toContain('updated-before-created.json');

    const strictOut = fresh('strict');
    const errors = join(strictOut, '..', `strict-errors-${made}.ndjson`);
    const strict = cli([WARNED, ARCHIVE, '-o', strictOut, '--strict', '--errors', errors]);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain(`parse-article: ${WARNED}: warning: `);
    expect(strict.stderr).toContain('3 parsed, 1 failed, 0 with warnings');
    expect(tree(strictOut)).not.toContain('updated-before-created.json');
    expect(tree(strictOut)).toHaveLength(3);
    expect(JSON.parse(readFileSync(errors, 'utf8'))).toMatchObject({
      path: WARNED,
      code: 'warning',
    });
  });
});

describe('--out-dir', () => {
  it('mirrors the input tree, one whole file per input, and --skip-existing resumes', () => {
    const out = fresh('out');
    const first = cli([ARCHIVE, '-o', out]);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('');
    expect(tree(out)).toEqual([
      '2024/06/copper-prices-wire.json',
      '2024/06/rail-freight-corridor.json',
      '2024/07/library-hours.json',
    ]);
    const article = JSON.parse(
      readFileSync(join(out, '2024/07/library-hours.json'), 'utf8'),
    ) as Parsed;
    expect(article.headline).toBe('City Libraries to Stay Open Until Midnight During Exam Season');

    rmSync(join(out, '2024/06/copper-prices-wire.json'));
    const again = cli([ARCHIVE, '-o', out, '--skip-existing']);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/^1 parsed, 0 failed, 0 with warnings, 2 skipped in /);
    expect(tree(out)).toHaveLength(3);
  });

  it('reports two inputs that would write the same file instead of overwriting one', () => {
    const dir = fresh('twins');
    cpSync(join(ARCHIVE, GOOD[0] ?? ''), join(dir, 'story.txt'));
    cpSync(join(ARCHIVE, GOOD[1] ?? ''), join(dir, 'story.html'));
    const out = fresh('twins-out');
    const { status, stderr } = cli([dir, '-o', out, '-q']);
    expect(status).toBe(1);
    expect(stderr).toBe(
      `parse-article: ${join(dir, 'story.txt')}: its output story.json is already taken by ${join(dir, 'story.html')}\n`,
    );
    expect(tree(out)).toEqual(['story.json']);
  });

  it.each(['SIGTERM', 'SIGKILL'] as const)(
    'leaves no partial output when %s stops it mid-run, and a resumed run finishes the rest',
    async (signal) => {
      const dir = bigArchive(3000);
      const out = fresh('killed');
      const child = spawn(process.execPath, [BIN, dir, '-o', out, '-q', '-j', '1'], {
        stdio: 'ignore',
      });
      const ended = new Promise<NodeJS.Signals | null>((done) => {
        child.on('exit', (_code, sig) => {
          done(sig);
        });
      });
      // Stop it once it has written something, well before it could be done.
      for (;;) {
        await new Promise((done) => setTimeout(done, 5));
        if (existsSync(out) && tree(out).length >= 50) break;
      }
      child.kill(signal);
      expect(await ended).toBe(signal);

      const written = tree(out);
      expect(written.length).toBeLessThan(3000);
      const complete = written.filter((f) => f.endsWith('.json'));
      for (const file of complete) {
        expect(() => JSON.parse(readFileSync(join(out, file), 'utf8')) as unknown).not.toThrow();
      }
      // Only a SIGKILL can leave a temporary file: hidden, and not named like output.
      const temporary = written.filter((f) => !f.endsWith('.json'));
      if (signal === 'SIGTERM') expect(temporary).toEqual([]);
      for (const file of temporary) expect(file).toMatch(/(?:^|\/)\.[^/]+\.json\.\d+\.tmp$/);

      const resumed = cli([dir, '-o', out, '--skip-existing']);
      expect(resumed.status).toBe(0);
      expect(resumed.stderr).toContain(`${3000 - complete.length} parsed, 0 failed`);
      expect(resumed.stderr).toContain(`${complete.length} skipped`);
      expect(tree(out).filter((f) => f.endsWith('.json'))).toHaveLength(3000);
    },
  );
});

describe('parallel batches', () => {
  const dir = bigArchive(900);

  it('give the same output, in input order, with one thread and with workers', () => {
    const one = cli([dir, '-f', 'ndjson', '-j', '1', '-q']);
    const many = cli([dir, '-f', 'ndjson', '-j', '3', '-q']);
    expect(one.status).toBe(0);
    expect(many.status).toBe(0);
    const paths = ndjson(many.stdout).map((a) => a.input.path);
    expect(paths).toHaveLength(900);
    expect(paths).toEqual([...paths].sort());
    expect(many.stdout).toBe(one.stdout);
  });

  it('lose nothing when one huge input runs a worker out of memory', () => {
    const dir = bigArchive(450);
    const paragraph = `${'The harbour council met again on Monday to discuss the ferry timetable. '.repeat(8)}\n\n`;
    writeFileSync(
      join(dir, 'part-002', 'story-00250-huge.txt'),
      `Huge Story About a Very Long Council Meeting\n\n${paragraph.repeat(80_000)}`,
    );
    const { status, stdout, stderr } = cli([dir, '-f', 'ndjson', '-j', '2']);
    expect(status).toBe(0);
    const paths = ndjson(stdout).map((a) => a.input.path ?? '');
    expect(paths).toHaveLength(451);
    expect(paths[250]).toBe(join(dir, 'part-002', 'story-00250-huge.txt'));
    expect(stderr).toMatch(/^451 parsed, 0 failed, 0 with warnings in /);
  });

  it('split into shards that together hold every input once, whatever the argument order', () => {
    const parts = [1, 2, 3].map((k) => {
      const { status, stdout } = cli([dir, '-f', 'ndjson', '--shard', `${k}/3`, '-q']);
      expect(status).toBe(0);
      return ndjson(stdout).map((a) => a.input.path ?? '');
    });
    for (const part of parts) expect(part.length).toBeGreaterThan(150);
    const all = parts.flat();
    expect(new Set(all).size).toBe(900);
    // Named one by one, the folders are the roots; their order does not move a file.
    const folders = readdirSync(dir)
      .sort()
      .map((f) => join(dir, f));
    const shard = (args: string[]) =>
      ndjson(cli([...args, '-f', 'ndjson', '--shard', '2/3', '-q']).stdout)
        .map((a) => a.input.path ?? '')
        .sort();
    const forward = shard(folders);
    expect(forward.length).toBeGreaterThan(150);
    expect(shard([...folders].reverse())).toEqual(forward);
  });

  it.skipIf(availableParallelism() * 2 >= 64)('clamp --jobs at twice the cores, and say so', () => {
    const cores = availableParallelism();
    const { status, stdout, stderr } = cli([dir, '-f', 'ndjson', '-j', '64']);
    expect(status).toBe(0);
    expect(ndjson(stdout)).toHaveLength(900);
    expect(stderr.split('\n')[0]).toBe(
      `parse-article: --jobs 64: using ${cores * 2} workers (twice this machine's ${cores} cores)`,
    );
    expect(cli([dir, '-f', 'ndjson', '-j', '64', '-q']).stderr).toBe('');
  });

  it('end quietly when the reader closes the pipe', () => {
    const script = `"${process.execPath}" "${BIN}" "${dir}" -f ndjson -q | head -1; echo "status \${PIPESTATUS[0]}" >&2`;
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect((JSON.parse(result.stdout) as Parsed).input.path).toBe(
      join(dir, 'part-000/story-00000.txt'),
    );
    expect(result.stderr).toBe('status 0\n');
  });
});
