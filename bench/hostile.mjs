#!/usr/bin/env node
// Hostile inputs at two sizes: how the CLI's time and memory grow with the input.
//   node bench/hostile.mjs [--quick]        (npm run build first)
// Each case is written at a small and a ten times larger size and run through
// `node bin/parse-article.js FILE -c > /dev/null`. Seconds per MB leave out Node's start-up
// (measured on a one-line file); the ratio of the two sizes' seconds per MB is ≈ 1 when time is
// linear in the size. Peak RSS is the CLI process's own, reported by it on exit.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HOSTILE_CASES, writeHostileInput } from './hostile-inputs.mjs';
import { median } from './measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/parse-article.js');
const corpus = join(root, 'bench/.corpus/hostile');
const MB = 1e6;

// Loaded into the CLI process: prints its peak resident set size (kB) to stderr as it exits.
const REPORT_RSS = `data:text/javascript,${encodeURIComponent(
  "import{writeSync}from'node:fs';process.on('exit',()=>writeSync(2,'\\n@maxrss '+process.resourceUsage().maxRSS+'\\n'))",
)}`;

function runCli(file) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', REPORT_RSS, bin, file, '-c'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = /@maxrss (\d+)/.exec(result.stderr);
  const error = result.stderr.replace(/\n?@maxrss \d+\n/, '').trim();
  return {
    seconds,
    rssMb: rss ? Number(rss[1]) / 1024 : NaN,
    outcome:
      result.status === 0
        ? 'output'
        : error.replace(/^parse-article: [^:]*: /, '') || `exit ${result.status}`,
  };
}

function measure(name, bytes, runs, startup) {
  const file = join(corpus, `${name}-${bytes}.txt`);
  writeHostileInput(name, file, bytes);
  const size = statSync(file).size;
  const results = Array.from({ length: runs }, () => runCli(file));
  rmSync(file, { force: true });
  const seconds = median(results.map((r) => r.seconds));
  return {
    mb: size / MB,
    seconds,
    secondsPerMb: Math.max(0, seconds - startup) / (size / MB),
    rssMb: Math.max(...results.map((r) => r.rssMb)),
    outcome: results[0].outcome,
  };
}

const fmt = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : String(n));

function table(rows) {
  const headers = [
    'case',
    'small MB',
    's/MB',
    'peak RSS MB',
    'large MB',
    's/MB',
    'peak RSS MB',
    'ratio',
    'result',
  ];
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    line(headers),
    line(headers.map(() => '---')),
    ...rows.map((r) =>
      line([
        r.name,
        fmt(r.small.mb, 1),
        fmt(r.small.secondsPerMb, 3),
        fmt(r.small.rssMb, 0),
        fmt(r.large.mb, 1),
        fmt(r.large.secondsPerMb, 3),
        fmt(r.large.rssMb, 0),
        fmt(r.ratio),
        r.large.outcome,
      ]),
    ),
  ].join('\n');
}

/**
 * Runs every hostile case at two sizes (5 and 50 MB; quick: 0.5 and 5 MB). Resolves to the
 * figures per case and a Markdown table of them.
 */
export async function runHostileBench({ quick = false } = {}) {
  if (!existsSync(join(root, 'dist/cli/cli.js'))) throw new Error('run `npm run build` first');
  mkdirSync(corpus, { recursive: true });
  const [small, large] = quick ? [0.5 * MB, 5 * MB] : [5 * MB, 50 * MB];
  const tiny = join(corpus, 'tiny.txt');
  writeFileSync(tiny, 'Start-up\n\nOne line.\n');
  const startup = median(Array.from({ length: 5 }, () => runCli(tiny).seconds));
  rmSync(tiny, { force: true });
  const rows = [];
  for (const name of Object.keys(HOSTILE_CASES)) {
    const s = measure(name, small, quick ? 1 : 3, startup);
    const l = measure(name, large, 1, startup);
    rows.push({ name, small: s, large: l, ratio: l.secondsPerMb / s.secondsPerMb });
  }
  return { startupSeconds: startup, sizes: { small, large }, rows, table: table(rows) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const quick = process.argv.includes('--quick');
  const cpu = cpus();
  const result = await runHostileBench({ quick });
  console.log(
    `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  console.log(`Node start-up, left out of s/MB: ${fmt(result.startupSeconds, 3)} s\n`);
  console.log(result.table);
}
