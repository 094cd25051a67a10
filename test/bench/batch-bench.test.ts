/**
 * The batch benchmark's quick mode runs here so that it cannot rot: it must generate its corpus,
 * run both programs and report consistent figures. Nothing here judges speed — that is the
 * benchmark's job, on a quiet machine, never a test's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Figures {
  files: number;
  smallFiles: number;
  mb: number;
  wallMs: number;
  floorMs: number;
  ratio: number;
  filesPerSec: number;
  mbPerSec: number;
  rss1k: number;
  rss10k: number;
  oneThreadMs: number;
  scaling: { files: number; wallMs: number; oneThreadMs: number } | null;
  warmUp: { block: number; firstUs: number; steadyUs: number };
}

describe('bench/batch.mjs --quick', () => {
  it(
    'generates a varied corpus and reports figures that add up',
    { timeout: 180_000 },
    async () => {
      // A plain script, without types: imported by path.
      const script = pathToFileURL(resolve('bench/batch.mjs')).href;
      const { runBatchBench } = (await import(script)) as {
        runBatchBench: (options: { quick: boolean }) => Promise<Figures>;
      };
      const r = await runBatchBench({ quick: true });
      expect(r.files).toBe(1000);
      expect(r.smallFiles).toBe(100);
      const { firstUs, steadyUs } = r.warmUp;
      for (const value of [
        r.wallMs,
        r.floorMs,
        r.rss1k,
        r.rss10k,
        r.oneThreadMs,
        firstUs,
        steadyUs,
      ]) {
        expect(Number.isFinite(value) && value > 0).toBe(true);
      }
      expect(r.ratio).toBeCloseTo(r.wallMs / r.floorMs, 6);
      // The larger batch only in a full run; the warm-up blocks of 100 files in a quick one.
      expect(r.scaling).toBeNull();
      expect(r.warmUp.block).toBe(100);
      expect(r.filesPerSec).toBeCloseTo(r.files / (r.wallMs / 1000), 6);
      expect(r.mbPerSec).toBeCloseTo(r.mb / (r.wallMs / 1000), 6);
      // About 3 KB a file.
      expect(r.mb / r.files).toBeGreaterThan(0.0024);
      expect(r.mb / r.files).toBeLessThan(0.0037);

      // Varied: no two of the first hundred stories are the same text.
      const folder = join('bench/.corpus/files-1000/stories/d000');
      const texts = readdirSync(folder).map((name) => readFileSync(join(folder, name), 'utf8'));
      expect(texts).toHaveLength(100);
      expect(new Set(texts).size).toBe(100);
    },
  );
});
