/**
 * `npm run bench -- --quick` runs here so that the benchmark cannot rot: every section must run and
 * report figures that add up. Nothing here judges speed; that is the benchmark's job, on a quiet
 * machine. (The batch section has a test of its own.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

interface Report {
  machine: string;
  quick: boolean;
  results: { name: string; skipped?: string; text?: string; figures?: unknown }[];
}

const scratch = mkdtempSync(join(tmpdir(), 'parse-article-bench-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('bench/run.mjs --quick', () => {
  it(
    'measures start-up and hostile inputs and prints a table for each',
    { timeout: 120_000 },
    () => {
      const json = join(scratch, 'bench.json');
      const run = spawnSync(
        process.execPath,
        ['bench/run.mjs', '--quick', '--only', 'startup,hostile', '--json', json],
        { encoding: 'utf8' },
      );
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('Machine: ');
      const report = JSON.parse(readFileSync(json, 'utf8')) as Report;
      expect(report.quick).toBe(true);
      expect(report.results.map((r) => r.name)).toEqual(['startup', 'hostile']);

      const startup = report.results[0]?.figures as Record<
        string,
        { medianMs: number; ratio: number }
      >;
      expect(Object.keys(startup)).toEqual(
        expect.arrayContaining([
          'node -e 0',
          'one text file → JSON',
          '--help',
          'one HTML file → JSON',
        ]),
      );
      for (const { medianMs, ratio } of Object.values(startup)) {
        expect(medianMs).toBeGreaterThan(0);
        expect(ratio).toBeCloseTo(medianMs / (startup['node -e 0']?.medianMs ?? NaN), 6);
      }
      expect(run.stdout).toMatch(/\| one text file → JSON \| [\d.]+ \| [\d.]+ \|/);

      const hostile = report.results[1];
      expect(hostile?.skipped).toBeUndefined();
      expect(hostile?.text).toContain('nested-html');
      expect(hostile?.text).not.toContain('error');
    },
  );

  it('skips the article-extraction section cleanly when the benchmark is not there', () => {
    const json = join(scratch, 'extraction.json');
    const run = spawnSync(
      process.execPath,
      ['bench/run.mjs', '--quick', '--only', 'extraction', '--json', json],
      {
        encoding: 'utf8',
        env: { ...process.env, ARTICLE_EXTRACTION_BENCHMARK: join(scratch, 'absent') },
      },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      '## extraction\n\nskipped: the article-extraction benchmark is not present',
    );
    const report = JSON.parse(readFileSync(json, 'utf8')) as Report;
    expect(report.results).toEqual([
      { name: 'extraction', skipped: 'the article-extraction benchmark is not present' },
    ]);
  });
});
