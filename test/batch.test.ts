/**
 * The batch machinery on small real folders: expanding inputs, shards, --out-dir paths and
 * writes, ordering and --fail-fast in the pipeline, and what the progress reporter prints.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
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
import { chunkSizeFor, planTasks, runBatch } from '../src/cli/batch.js';
import { expandInputs, isPattern, labelOf, relativeOf, type InputItem } from '../src/cli/inputs.js';
import { createOutDirWriter, outputPathFor, tempPathFor } from '../src/cli/out-dir.js';
import type { ChunkRunner } from '../src/cli/pool.js';
import { createProgress, formatBar, formatSummary, type Counts } from '../src/cli/progress.js';
import { fnv1a, shardOf } from '../src/cli/shard.js';
import { packResults, type ChunkOutput, type Task, type TaskResult } from '../src/cli/task.js';

const ARCHIVE = resolve('test/fixtures/batch/archive');
const EXTENSIONS = ['.txt', '.text', '.html', '.htm'];
const scratch = mkdtempSync(join(tmpdir(), 'parse-article-batch-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function labels(items: readonly InputItem[]): string[] {
  return items.map((item) => (item.kind === 'stdin' ? '-' : labelOf(item)));
}

/** A copy of the fixture archive with the bad things a real folder holds mixed in. */
function messyArchive(): string {
  const dir = join(scratch, `messy-${readdirSync(scratch).length}`);
  cpSync(ARCHIVE, dir, { recursive: true });
  writeFileSync(join(dir, 'empty.txt'), '');
  mkdirSync(join(dir, 'folder-named.txt'));
  symlinkSync('missing-target.txt', join(dir, 'dangling.txt'));
  symlinkSync('self-loop.txt', join(dir, 'self-loop.txt'));
  symlinkSync('..', join(dir, '2024', 'back-up'));
  return dir;
}

describe('expandInputs', () => {
  it('walks a folder in sorted order, keeping the extensions asked for and no hidden files', async () => {
    const { items, several } = await expandInputs(['archive'], {
      cwd: resolve('test/fixtures/batch'),
      extensions: EXTENSIONS,
    });
    expect(several).toBe(true);
    expect(labels(items)).toEqual([
      'archive/2024/06/copper-prices-wire.txt',
      'archive/2024/06/rail-freight-corridor.txt',
      'archive/2024/07/library-hours.text',
    ]);
    expect(items.map(relativeOf)).toEqual([
      '2024/06/copper-prices-wire.txt',
      '2024/06/rail-freight-corridor.txt',
      '2024/07/library-hours.text',
    ]);
  });

  it('takes other extensions with --ext, and a file named on its own whatever its name', async () => {
    const options = { cwd: resolve('test/fixtures/batch'), extensions: ['.md'] };
    const folder = await expandInputs(['archive'], options);
    expect(labels(folder.items)).toEqual(['archive/README.md']);
    const named = await expandInputs(['archive/.drafts/unfinished.txt'], options);
    expect(named.several).toBe(false);
    expect(labels(named.items)).toEqual(['archive/.drafts/unfinished.txt']);
    expect(named.items.map(relativeOf)).toEqual(['archive/.drafts/unfinished.txt']);
  });

  it('keeps the order of the arguments and converts a file named twice once', async () => {
    const cwd = resolve('test/fixtures/batch');
    const { items } = await expandInputs(
      ['warned/updated-before-created.txt', 'archive/2024/07', '-', 'archive/2024/07/', '-'],
      { cwd, extensions: EXTENSIONS },
    );
    expect(labels(items)).toEqual([
      'warned/updated-before-created.txt',
      'archive/2024/07/library-hours.text',
      '-',
    ]);
  });

  it('reports each bad entry once, in place, and never walks a link loop twice', async () => {
    const dir = messyArchive();
    const { items } = await expandInputs([dir], { cwd: scratch, extensions: EXTENSIONS });
    const errors = items.flatMap((i) =>
      i.kind === 'error' ? [[i.label.slice(dir.length + 1), i.reason]] : [],
    );
    expect(errors).toEqual([
      ['2024/back-up', 'symbolic link loop: leads back into a folder being read'],
      ['dangling.txt', 'broken symbolic link (its target does not exist)'],
      ['self-loop.txt', 'too many levels of symbolic links'],
    ]);
    const files = items.filter((i) => i.kind === 'entry').map(relativeOf);
    expect(files).toEqual([
      '2024/06/copper-prices-wire.txt',
      '2024/06/rail-freight-corridor.txt',
      '2024/07/library-hours.text',
      'empty.txt',
    ]);
  });

  it('reports pipes inside folders once, and never lists them to be read', async () => {
    const dir = join(scratch, 'with-fifo');
    mkdirSync(dir);
    writeFileSync(join(dir, 'story.txt'), 'Headline\n\nBody text of the story.\n');
    try {
      execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    } catch {
      return; // no mkfifo on this system: nothing to check
    }
    const { items } = await expandInputs([dir], { cwd: scratch, extensions: EXTENSIONS });
    expect(items.map(relativeOf)).toEqual(['pipe.txt', 'story.txt']);
    expect(items[0]).toMatchObject({
      kind: 'error',
      reason: 'not a regular file: a named pipe, not read',
    });
  });

  it('expands glob patterns, sorted, and reports a pattern or a path that names nothing', async () => {
    const cwd = resolve('test/fixtures/batch');
    const { items, several } = await expandInputs(
      ['archive/**/*.txt', 'nothing/*.txt', 'missing.txt'],
      { cwd, extensions: EXTENSIONS },
    );
    expect(several).toBe(true);
    expect(labels(items)).toEqual([
      'archive/2024/06/copper-prices-wire.txt',
      'archive/2024/06/rail-freight-corridor.txt',
      'nothing/*.txt',
      'missing.txt',
    ]);
    const errors = items.filter((i) => i.kind === 'error');
    expect(errors.map((e) => [e.code, e.relative])).toEqual([
      ['not-found', null],
      ['not-found', null],
    ]);
    expect(isPattern('a/*.txt')).toBe(true);
    expect(isPattern('a/{b,c}.txt')).toBe(true);
    expect(isPattern('plain/file.txt')).toBe(false);
  });
});

describe('shards', () => {
  it('hash with 32-bit FNV-1a', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('put every path in exactly one of N shards, the same whatever the order', () => {
    const paths = Array.from({ length: 500 }, (_, i) => `2024/${i % 12}/story-${i}.txt`);
    const count = 4;
    const byShard = new Map<number, string[]>();
    for (const path of paths) {
      const shard = shardOf(path, count);
      expect(shard).toBeGreaterThanOrEqual(1);
      expect(shard).toBeLessThanOrEqual(count);
      byShard.set(shard, [...(byShard.get(shard) ?? []), path]);
    }
    expect([...byShard.values()].flat().sort()).toEqual([...paths].sort());
    // Roughly even: no shard holds less than half its share.
    for (const list of byShard.values()) expect(list.length).toBeGreaterThan(500 / count / 2);
    const reversed = [...paths].reverse().map((p) => [p, shardOf(p, count)]);
    expect(Object.fromEntries(reversed)).toEqual(
      Object.fromEntries(paths.map((p) => [p, shardOf(p, count)])),
    );
  });
});

describe('--out-dir', () => {
  it('mirrors the relative path with the extension replaced, and never leaves DIR', () => {
    const out = resolve(scratch, 'out');
    expect(outputPathFor(out, '2024/06/story.txt', '.json')).toBe(join(out, '2024/06/story.json'));
    expect(outputPathFor(out, 'notes', '.md')).toBe(join(out, 'notes.md'));
    expect(outputPathFor(out, '../escape.txt', '.json')).toBeNull();
    expect(outputPathFor(out, 'a/../../escape.txt', '.json')).toBeNull();
    expect(tempPathFor(join(out, 'a', 'b.json'), 42)).toBe(join(out, 'a', '.b.json.42.tmp'));
  });

  it('writes whole files through a temporary name and refuses a link that leads out', () => {
    const out = join(scratch, 'writer');
    const outside = join(scratch, 'outside');
    mkdirSync(outside);
    const writer = createOutDirWriter(out);
    writer.write(join(out, '2024', '06', 'a.json'), '{"a":1}\n');
    expect(readFileSync(join(out, '2024', '06', 'a.json'), 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(join(out, '2024', '06'))).toEqual(['a.json']);
    // A stale temporary file from a killed run is replaced, not an obstacle.
    writeFileSync(tempPathFor(join(out, 'b.json'), process.pid), 'half');
    writer.write(join(out, 'b.json'), 'whole');
    expect(readdirSync(out).sort()).toEqual(['2024', 'b.json']);
    symlinkSync(outside, join(out, 'elsewhere'));
    expect(() => {
      writer.write(join(out, 'elsewhere', 'c.json'), 'x');
    }).toThrow(/leads out of the output folder/);
    expect(readdirSync(outside)).toEqual([]);
  });
});

describe('planTasks', () => {
  it('fails the later of two inputs that would write the same file', () => {
    const items: InputItem[] = [
      { kind: 'file', label: 'a/story.txt', absolute: '/x/a/story.txt', relative: 'story.txt' },
      { kind: 'file', label: 'b/story.html', absolute: '/x/b/story.html', relative: 'story.html' },
      {
        kind: 'error',
        label: 'gone.txt',
        reason: 'no such file',
        code: 'not-found',
        relative: null,
      },
    ];
    const out = resolve(scratch, 'plan');
    const taskAt = planTasks(items, { outDir: out, extension: '.json', stdin: null });
    const tasks = items.map((_, i) => taskAt(i));
    expect(tasks[0]).toMatchObject({ output: join(out, 'story.json') });
    expect(tasks[0]?.failure).toBeUndefined();
    expect(tasks[1]?.failure).toEqual({
      reason: 'its output story.json is already taken by a/story.txt',
      code: 'collision',
    });
    expect(tasks[2]?.failure).toEqual({ reason: 'no such file', code: 'not-found' });
    const toStdoutAt = planTasks(items, { outDir: null, extension: '.json', stdin: null });
    const toStdout = items.map((_, i) => toStdoutAt(i));
    expect(toStdout.map((t) => t.output)).toEqual([null, null, null]);
    expect(toStdout[1]?.failure).toBeUndefined();
  });
});

/** A runner that finishes chunks in a scrambled order, as busy workers do. */
function scrambledRunner(failAt: ReadonlySet<number> = new Set()) {
  let outstanding = 0;
  let most = 0;
  let started = 0;
  const runner: ChunkRunner = {
    async run(tasks) {
      outstanding++;
      most = Math.max(most, outstanding);
      started += tasks.length;
      const delay = ((tasks[0]?.index ?? 0) * 7919) % 5;
      await new Promise((done) => setTimeout(done, delay));
      outstanding--;
      const results = tasks.map((t): TaskResult =>
        failAt.has(t.index)
          ? { index: t.index, status: 'failed', reason: 'bad', code: 'empty' }
          : { index: t.index, status: 'ok', warnings: 0, text: `${t.index}\n` },
      );
      return packResults(results, asBytes(tasks) ? (n) => new Uint8Array(n) : undefined);
    },
    terminate: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
  return {
    runner,
    most: () => most,
    started: () => started,
  };
}
// Some chunks come back as bytes, like a worker's, some as a string, like this thread's.
const asBytes = (tasks: readonly Task[]): boolean => (tasks[0]?.index ?? 0) % 2 === 0;

function taskOf(index: number): Task {
  return { index, label: `f${index}`, source: null, output: null };
}

function text(output: ChunkOutput['output']): string {
  return typeof output === 'string' ? output : Buffer.from(output).toString('utf8');
}

describe('runBatch', () => {
  it('emits in input order with a bounded number of chunks out', async () => {
    const { runner, most } = scrambledRunner();
    const seen: number[] = [];
    let written = '';
    const outcome = await runBatch(
      200,
      taskOf,
      runner,
      { chunkSize: 7, window: 4, failFast: false },
      (chunk, count) => {
        seen.push(...chunk.results.slice(0, count).map((r) => r.index));
        written += text(chunk.output);
        return Promise.resolve();
      },
    );
    expect(outcome).toBe('done');
    expect(seen).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(written).toBe(seen.map((i) => `${i}\n`).join(''));
    expect(most()).toBeLessThanOrEqual(4);
  });

  it('with --fail-fast stops scheduling and emits nothing after the first failure', async () => {
    const { runner, started } = scrambledRunner(new Set([45, 120]));
    const seen: number[] = [];
    const outcome = await runBatch(
      1000,
      taskOf,
      runner,
      { chunkSize: 5, window: 3, failFast: true },
      (chunk, count) => {
        seen.push(...chunk.results.slice(0, count).map((r) => r.index));
        return Promise.resolve();
      },
    );
    expect(outcome).toBe('halted');
    expect(seen).toEqual(Array.from({ length: 46 }, (_, i) => i));
    expect(started()).toBeLessThan(1000);
  });

  it('sizes chunks by the work there is', () => {
    expect(chunkSizeFor(10, 2)).toBe(1);
    expect(chunkSizeFor(300, 2)).toBe(10);
    expect(chunkSizeFor(100_000, 2)).toBe(16);
  });
});

describe('packResults', () => {
  it('records each text’s share of the output in its own units', () => {
    const results: TaskResult[] = [
      { index: 0, status: 'ok', warnings: 0, text: 'é€\n' },
      { index: 1, status: 'failed', reason: 'empty file', code: 'empty' },
      { index: 2, status: 'ok', warnings: 1, text: 'ab\n' },
    ];
    const bytes = packResults(results, (n) => new Uint8Array(n + 10));
    expect(bytes.results.map((r) => (r.status === 'ok' ? r.size : -1))).toEqual([6, -1, 3]);
    expect(text(bytes.output)).toBe('é€\nab\n');
    const chars = packResults(results);
    expect(chars.results.map((r) => (r.status === 'ok' ? r.size : -1))).toEqual([3, -1, 3]);
    expect(chars.output).toBe('é€\nab\n');
  });
});

describe('progress', () => {
  const counts: Counts = { total: 10000, parsed: 9985, failed: 3, warned: 12, skipped: 0 };

  it('sums up a batch in one line', () => {
    expect(formatSummary(counts, 2100)).toBe('9985 parsed, 3 failed, 12 with warnings in 2.1 s');
    expect(formatSummary({ ...counts, skipped: 40 }, 42)).toBe(
      '9985 parsed, 3 failed, 12 with warnings, 40 skipped in 0.04 s',
    );
  });

  it('draws a bar with done/total, rate, ETA and failures, never wider than the terminal', () => {
    const half: Counts = { total: 1000, parsed: 498, failed: 2, warned: 0, skipped: 0 };
    const bar = formatBar(half, 2000, 80);
    expect(bar).toContain('500/1000');
    expect(bar).toContain('250 files/s');
    expect(bar).toContain('ETA 00:02');
    expect(bar).toContain('2 failed');
    for (const columns of [20, 40, 80, 200]) {
      expect(formatBar(half, 2000, columns).length).toBeLessThan(columns);
    }
  });

  function recorder(isTTY: boolean) {
    let written = '';
    return {
      stream: {
        isTTY,
        columns: 80,
        write: (s: string) => {
          written += s;
          return true;
        },
      },
      written: () => written,
    };
  }

  it('on a terminal redraws the bar in place and keeps error lines above it', () => {
    const { stream, written } = recorder(true);
    let clock = 0;
    const progress = createProgress(stream, { live: true, summary: true, now: () => clock });
    clock = 500;
    progress.update({ total: 4, parsed: 1, failed: 0, warned: 0, skipped: 0 });
    progress.line('parse-article: b.txt: empty file');
    clock = 1000;
    progress.finish({ total: 4, parsed: 3, failed: 1, warned: 0, skipped: 0 });
    const out = written();
    expect(out).toContain('\r\x1b[K▕');
    expect(out).toContain('\r\x1b[Kparse-article: b.txt: empty file\n');
    expect(out.endsWith('\r\x1b[K3 parsed, 1 failed, 0 with warnings in 1.0 s\n')).toBe(true);
  });

  it('elsewhere prints only the error lines and the summary, or no summary when quiet', () => {
    const plain = recorder(false);
    const progress = createProgress(plain.stream, { live: false, summary: true, now: () => 0 });
    progress.update({ total: 2, parsed: 1, failed: 0, warned: 0, skipped: 0 });
    progress.line('parse-article: b.txt: empty file');
    progress.finish({ total: 2, parsed: 1, failed: 1, warned: 0, skipped: 0 });
    expect(plain.written()).toBe(
      'parse-article: b.txt: empty file\n1 parsed, 1 failed, 0 with warnings in 0.00 s\n',
    );
    const quiet = recorder(false);
    const silent = createProgress(quiet.stream, { live: false, summary: false });
    silent.line('parse-article: b.txt: empty file');
    silent.finish({ total: 2, parsed: 1, failed: 1, warned: 0, skipped: 0 });
    expect(quiet.written()).toBe('parse-article: b.txt: empty file\n');
  });
});
