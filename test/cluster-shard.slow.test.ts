/**
 * Cluster work: --shard auto reading the array task from the scheduler's environment,
 * --files-from work lists, and --verify-out. Unit tests of the pure parts, then the built CLI
 * spawned on temporary archives.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFileList } from '../src/cli/files-from.js';
import { inShard, shardFromEnv, shardOf } from '../src/cli/shard.js';

const BIN = resolve('bin/parse-article.js');
const STORY = readFileSync('test/fixtures/batch/archive/2024/06/rail-freight-corridor.txt', 'utf8');

const scratch = mkdtempSync(join(tmpdir(), 'parse-article-cluster-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});
let made = 0;
function fresh(name: string): string {
  const dir = join(scratch, `${name}-${++made}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** `count` copies in two folders, and one empty file: returns the archive folder. */
function archive(count: number): string {
  const dir = fresh('archive');
  for (const sub of ['a', 'b']) mkdirSync(join(dir, sub));
  for (let i = 0; i < count; i++) {
    const story = STORY.replace(/^[^\n]*/, (headline) => `${headline} (${i})`);
    writeFileSync(join(dir, i % 2 ? 'a' : 'b', `story-${i}.txt`), story);
  }
  writeFileSync(join(dir, 'a', 'empty.txt'), '');
  return dir;
}

/** The environment without any scheduler's variables of the machine running the tests. */
const CLEAN_ENV = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) =>
      !/^(?:SLURM_ARRAY_|AWS_BATCH_JOB_ARRAY_|BATCH_TASK_)/.test(name) &&
      name !== 'JOB_COMPLETION_INDEX',
  ),
);

function cli(
  args: string[],
  options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {},
) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? scratch,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...CLEAN_ENV, NO_COLOR: '1', ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const paths = (stdout: string): string[] =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { input: { path: string } }).input.path);

const slurm = (id: number, min: number, max: number, count: number, step?: number) => ({
  SLURM_ARRAY_TASK_ID: String(id),
  SLURM_ARRAY_TASK_MIN: String(min),
  SLURM_ARRAY_TASK_MAX: String(max),
  SLURM_ARRAY_TASK_COUNT: String(count),
  ...(step === undefined ? {} : { SLURM_ARRAY_TASK_STEP: String(step) }),
});

describe('shardFromEnv', () => {
  it('numbers Slurm tasks by their place in the --array range, whatever it starts at', () => {
    for (const id of [1, 2, 3, 4]) {
      expect(shardFromEnv(slurm(id, 1, 4, 4), null)).toEqual({ index: id, count: 4 });
    }
    expect(shardFromEnv(slurm(0, 0, 3, 4), null)).toEqual({ index: 1, count: 4 });
    expect(shardFromEnv(slurm(12, 10, 13, 4), null)).toEqual({ index: 3, count: 4 });
    // --array=0-15:4 runs tasks 0, 4, 8 and 12.
    expect(shardFromEnv(slurm(8, 0, 12, 4, 4), null)).toEqual({ index: 3, count: 4 });
  });

  it('refuses a Slurm array it cannot place a task in', () => {
    // --array=1,3,8: three tasks, unevenly spaced.
    expect(shardFromEnv(slurm(3, 1, 8, 3), null)).toMatch(/evenly spaced/);
    expect(shardFromEnv({ SLURM_ARRAY_TASK_ID: '2' }, null)).toMatch(/SLURM_ARRAY_TASK_MIN/);
    expect(shardFromEnv({ ...slurm(2, 1, 4, 4), SLURM_ARRAY_TASK_ID: 'two' }, null)).toMatch(
      /SLURM_ARRAY_TASK_MIN/,
    );
  });

  it('checks a count given with auto/N against the one the scheduler states', () => {
    expect(shardFromEnv(slurm(2, 1, 4, 4), 4)).toEqual({ index: 2, count: 4 });
    expect(shardFromEnv(slurm(2, 1, 4, 4), 8)).toMatch(/runs 4 tasks but --shard auto\/8/);
    const aws = { AWS_BATCH_JOB_ARRAY_INDEX: '0', AWS_BATCH_JOB_ARRAY_SIZE: '3' };
    expect(shardFromEnv(aws, 2)).toMatch(/AWS Batch runs 3 tasks/);
  });

  it('takes the 0-based Kubernetes index with the count given as auto/N', () => {
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '0' }, 4)).toEqual({ index: 1, count: 4 });
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '3' }, 4)).toEqual({ index: 4, count: 4 });
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '3' }, null)).toMatch(/give --shard auto\/N/);
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '4' }, 4)).toMatch(/not below the task count 4/);
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '-1' }, 4)).toMatch(/not a whole number/);
  });

  it('takes AWS Batch and Google Batch indexes with the sizes they state', () => {
    const aws = { AWS_BATCH_JOB_ARRAY_INDEX: '2', AWS_BATCH_JOB_ARRAY_SIZE: '5' };
    expect(shardFromEnv(aws, null)).toEqual({ index: 3, count: 5 });
    expect(shardFromEnv({ AWS_BATCH_JOB_ARRAY_INDEX: '2' }, 5)).toEqual({ index: 3, count: 5 });
    expect(shardFromEnv({ AWS_BATCH_JOB_ARRAY_INDEX: '2' }, null)).toMatch(/auto\/N/);
    const google = { BATCH_TASK_INDEX: '1', BATCH_TASK_COUNT: '2' };
    expect(shardFromEnv(google, null)).toEqual({ index: 2, count: 2 });
  });

  it('refuses when no scheduler, or more than one, says which task this is', () => {
    expect(shardFromEnv({}, 4)).toMatch(/no array task in the environment/);
    const both = { ...slurm(1, 1, 2, 2), JOB_COMPLETION_INDEX: '0' };
    expect(shardFromEnv(both, 2)).toMatch(/both Slurm and Kubernetes/);
  });

  it('puts an input that names nothing in every shard', () => {
    expect(inShard(null, { index: 2, count: 3 })).toBe(true);
    expect(inShard('a/b.txt', null)).toBe(true);
    const shard = shardOf('a/b.txt', 3);
    expect(inShard('a/b.txt', { index: shard, count: 3 })).toBe(true);
    expect(inShard('a/b.txt', { index: (shard % 3) + 1, count: 3 })).toBe(false);
  });
});

describe('parseFileList', () => {
  it('takes one path a line, with or without carriage returns, skipping blank lines', () => {
    expect(parseFileList('a.txt\r\nb c.txt\n\n d.txt\n', false)).toEqual([
      'a.txt',
      'b c.txt',
      ' d.txt',
    ]);
  });

  it('takes NUL-separated paths whole, new lines included', () => {
    expect(parseFileList('a\nb.txt\0c.txt\0\0', true)).toEqual(['a\nb.txt', 'c.txt']);
  });

  it('reads a listed "-" as a file of that name, not standard input', () => {
    expect(parseFileList('-\n', false)).toEqual(['./-']);
  });
});

describe('--shard auto', () => {
  const dir = archive(40);

  it('gives each Slurm array task the shard --shard K/N gives, and together the whole', () => {
    const whole = cli([dir, '-f', 'ndjson', '-q']);
    const seen: string[] = [];
    for (const id of [1, 2, 3, 4]) {
      const auto = cli([dir, '--shard', 'auto', '-f', 'ndjson', '-q'], {
        env: slurm(id, 1, 4, 4),
      });
      const fixed = cli([dir, '--shard', `${id}/4`, '-f', 'ndjson', '-q']);
      expect(auto.stdout).toBe(fixed.stdout);
      expect(auto.stderr).toBe(fixed.stderr);
      seen.push(...paths(auto.stdout));
    }
    expect(seen.sort()).toEqual(paths(whole.stdout).sort());
    expect(seen).toHaveLength(40);
  });

  it('takes the Kubernetes index with auto/N', () => {
    const auto = cli([dir, '--shard', 'auto/3', '-f', 'ndjson', '-q'], {
      env: { JOB_COMPLETION_INDEX: '2' },
    });
    const fixed = cli([dir, '--shard', '3/3', '-f', 'ndjson', '-q']);
    expect(paths(auto.stdout)).toEqual(paths(fixed.stdout));
    expect(paths(auto.stdout).length).toBeGreaterThan(0);
  });

  it('refuses with one line and status 2, converting nothing, when it cannot tell', () => {
    const envs: Record<string, string>[] = [{}, { JOB_COMPLETION_INDEX: '1' }, slurm(3, 1, 8, 3)];
    for (const env of envs) {
      const result = cli([dir, '--shard', 'auto', '-f', 'ndjson'], { env });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^parse-article: --shard auto: [^\n]+\n$/);
    }
    expect(cli([dir, '--shard', 'auto/0']).status).toBe(2);
    expect(cli([dir, '--shard', 'automatic']).status).toBe(2);
  });
});

describe('--files-from', () => {
  const dir = archive(6);
  const listed = ['a/story-1.txt', 'b/story-2.txt', 'a/empty.txt'];

  it('converts the files a list names, in its order, as if they were arguments', () => {
    writeFileSync(join(dir, 'list.txt'), `${listed.join('\n')}\n`);
    const result = cli(['--files-from', 'list.txt', '-f', 'ndjson', '-q'], { cwd: dir });
    expect(paths(result.stdout)).toEqual(listed.slice(0, 2));
    expect(result.stderr).toBe('parse-article: a/empty.txt: empty file\n');
    expect(result.status).toBe(1);
    const same = cli([...listed, '-f', 'ndjson', '-q'], { cwd: dir });
    expect(result.stdout).toBe(same.stdout);
  });

  it('reads the list from standard input, NUL-separated with -0 as find -print0 writes', () => {
    const lines = cli(['--files-from', '-', '-f', 'ndjson', '-q', 'b/story-0.txt'], {
      cwd: dir,
      input: 'a/story-3.txt\r\na/story-5.txt\r\n',
    });
    expect(paths(lines.stdout)).toEqual(['b/story-0.txt', 'a/story-3.txt', 'a/story-5.txt']);
    const nul = cli(['--files-from', '-', '-0', '-f', 'ndjson', '-q'], {
      cwd: dir,
      input: 'a/story-3.txt\0b/story-4.txt\0',
    });
    expect(paths(nul.stdout)).toEqual(['a/story-3.txt', 'b/story-4.txt']);
    expect(nul.status).toBe(0);
  });

  it('does nothing, successfully, for an empty list', () => {
    const result = cli(['--files-from', '-', '-f', 'ndjson'], { cwd: dir, input: '\n' });
    expect(result).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('refuses an unreadable list, -0 alone, and standard input asked for twice', () => {
    const missing = cli(['--files-from', 'nowhere.txt'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('parse-article: --files-from nowhere.txt: no such file\n');
    const alone = cli(['-0', 'a'], { cwd: dir });
    expect(alone.status).toBe(2);
    expect(alone.stderr).toBe('parse-article: -0 needs --files-from or --verify-out\n');
    const twice = cli(['--files-from', '-', '-'], { cwd: dir });
    expect(twice.status).toBe(2);
    expect(twice.stderr).toMatch(/standard input cannot be both/);
  });
});

describe('--verify-out', () => {
  it('lists the inputs without an output, and nothing once every shard has run', () => {
    const dir = archive(30);
    const out = join(fresh('out'), 'out');
    expect(cli([dir, '--shard', '1/3', '-o', out, '-q']).status).toBe(0);
    const partial = cli(['--verify-out', out, dir]);
    expect(partial.status).toBe(1);
    const missing = partial.stdout.split('\n').filter(Boolean);
    const others = [2, 3].flatMap((k) =>
      paths(cli([dir, '--shard', `${k}/3`, '-f', 'ndjson', '-q']).stdout),
    );
    expect(missing.sort()).toEqual([...others, join(dir, 'a', 'empty.txt')].sort());
    expect(partial.stderr).toBe(`${missing.length} of 31 inputs have no output in ${out}\n`);
    // The shard that ran is complete.
    expect(cli(['--verify-out', out, dir, '--shard', '1/3']).stdout).toBe('');

    for (const k of [2, 3]) cli([dir, '--shard', `${k}/3`, '-o', out, '-q']);
    const done = cli(['--verify-out', out, dir, '-0']);
    expect(done.stdout).toBe(`${join(dir, 'a', 'empty.txt')}\0`);
    expect(done.status).toBe(1);
    rmSync(join(dir, 'a', 'empty.txt'));
    expect(cli(['--verify-out', out, dir])).toEqual({
      status: 0,
      stdout: '',
      stderr: `all 30 inputs have an output in ${out}\n`,
    });
  });

  it('looks for the extension of the format asked for, and writes nothing', () => {
    const dir = archive(4);
    const out = join(fresh('out'), 'md');
    cli([dir, '-o', out, '-f', 'md', '-q']);
    expect(cli(['--verify-out', out, dir, '-f', 'md', '-q']).status).toBe(1);
    expect(cli(['--verify-out', out, dir, '-q']).stdout.split('\n').filter(Boolean)).toHaveLength(
      5,
    );
  });

  it('is a usage error with -o, or without inputs', () => {
    expect(cli(['--verify-out', 'x', '-o', 'y', 'z']).status).toBe(2);
    const none = cli(['--verify-out', 'x']);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/--verify-out needs the inputs to check/);
  });
});
