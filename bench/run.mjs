#!/usr/bin/env node
// `npm run bench`: every performance figure the README claims, measured in one run on this machine.
//   node bench/run.mjs [--quick] [--only startup,batch,feeds,hostile,peers,extraction] [--json FILE]
// Medians throughout; ratios compare figures measured in the same run. --quick is small enough
// to finish in under a minute and is exercised by the test suite so that the benchmark cannot rot.
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, wallMs as measureWallMs } from './measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args[args.indexOf('--only') + 1];
const only = args.includes('--only') && onlyArg ? new Set(onlyArg.split(',')) : null;
const jsonArg = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
const wanted = (name) => only === null || only.has(name);

function wallMs(argv) {
  return measureWallMs(argv, root);
}

/** Runs the commands interleaved, so that machine noise falls on all of them alike. */
function compare(commands, runs) {
  const times = commands.map(() => []);
  for (let i = 0; i < 3; i++) commands.forEach((c) => wallMs(c.argv));
  for (let i = 0; i < runs; i++) commands.forEach((c, k) => times[k].push(wallMs(c.argv)));
  return commands.map((c, k) => ({ name: c.name, medianMs: median(times[k]) }));
}

function machine() {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : String(n));

async function startup() {
  const node = process.execPath;
  const bin = join(root, 'bin/parse-article.js');
  const text = join(root, 'samples/devdiscourse-pti-caption.txt');
  const html = ['samples/devdiscourse-pti-page.html', 'samples/devdiscourse-agency.html']
    .map((p) => join(root, p))
    .find((p) => existsSync(p));
  const commands = [
    { name: 'node -e 0', argv: [node, '-e', '0'] },
    { name: 'one text file → JSON', argv: [node, bin, text], target: 1.2 },
    { name: '--help', argv: [node, bin, '--help'], target: 1.2 },
  ];
  if (html) commands.push({ name: 'one HTML file → JSON', argv: [node, bin, html], target: 1.5 });
  const results = compare(commands, quick ? 10 : 40);
  const base = results[0].medianMs;
  const rows = results.map((r, i) => [
    r.name,
    fmt(r.medianMs),
    i === 0 ? '1.00' : fmt(r.medianMs / base, 2),
    commands[i].target ? `≤ ${commands[i].target}×` : '',
  ]);
  return {
    name: 'startup',
    figures: Object.fromEntries(
      results.map((r) => [r.name, { medianMs: r.medianMs, ratio: r.medianMs / base }]),
    ),
    text: table(['command', 'median ms', 'ratio to node -e 0', 'target'], rows),
  };
}

async function optional(name, file, fn) {
  const path = join(root, 'bench', file);
  if (!existsSync(path)) return { name, skipped: `${file} not present` };
  const module = await import(path);
  return { name, ...(await module[fn]({ quick })) };
}

async function batch() {
  const r = await optional('batch', 'batch.mjs', 'runBatchBench');
  if (r.skipped) return r;
  const rows = [
    ['files', r.files],
    ['MB', fmt(r.mb)],
    ['parse-article batch → NDJSON, median s', fmt(r.wallMs / 1000, 2)],
    ['bare read-and-write floor, median s', fmt(r.floorMs / 1000, 2)],
    ['ratio to the floor (target ≤ 1.2×)', fmt(r.ratio, 2)],
    ['files/s', fmt(r.filesPerSec, 0)],
    ['MB/s', fmt(r.mbPerSec)],
    ['the same with --jobs 1 (one thread), median s', fmt(r.oneThreadMs / 1000, 2)],
    ...(r.scaling
      ? [
          [`${r.scaling.files} files, median s: workers`, fmt(r.scaling.wallMs / 1000, 2)],
          [`${r.scaling.files} files, median s: --jobs 1`, fmt(r.scaling.oneThreadMs / 1000, 2)],
        ]
      : []),
    [`in one thread, µs per file: first ${r.warmUp.block} files`, fmt(r.warmUp.firstUs, 0)],
    [
      'in one thread, µs per file: once warm (median block, second half)',
      fmt(r.warmUp.steadyUs, 0),
    ],
    [`peak RSS, ${r.smallFiles ?? '1,000'} files (MB)`, fmt(r.rss1k)],
    [`peak RSS, ${r.files} files (MB) (target ≤ +50 MB)`, fmt(r.rss10k)],
  ];
  return { name: 'batch', figures: r, text: table(['batch', 'value'], rows) };
}

async function feeds() {
  const r = await optional('feeds', 'feeds.mjs', 'runFeedBench');
  if (r.skipped) return r;
  const rows = [
    ['stories', r.stories],
    ['one RSS file, full content → NDJSON, median s', fmt(r.feedMs / 1000, 2)],
    ['the same stories as HTML files (a folder) → NDJSON, median s', fmt(r.pagesMs / 1000, 2)],
    ['the HTML files with --jobs 1, median s', fmt(r.pagesOneThreadMs / 1000, 2)],
    ['ratio feed / HTML files (target < 2×)', fmt(r.ratio, 2)],
    ['ratio feed / HTML files in one thread', fmt(r.ratioOneThread, 2)],
  ];
  return { name: 'feeds', figures: r, text: table(['feeds', 'value'], rows) };
}

async function hostile() {
  const r = await optional('hostile', 'hostile.mjs', 'runHostileBench');
  if (r.skipped) return r;
  return { name: 'hostile', figures: r, text: r.table ?? JSON.stringify(r.rows ?? r, null, 2) };
}

async function peers() {
  if (!existsSync(join(root, 'bench/node_modules'))) {
    return {
      name: 'peers',
      skipped: 'peer extractors not installed: run `npm --prefix bench install`',
    };
  }
  const r = await optional('peers', 'peers.mjs', 'runPeers');
  if (r.skipped) return r;
  return { name: 'peers', figures: r.rows, text: r.table };
}

async function extraction() {
  const r = await optional('extraction', 'extraction.mjs', 'runExtraction');
  if (r.skipped) return r;
  return { name: 'extraction', figures: r.rows, text: r.table };
}

const sections = { startup, batch, feeds, hostile, peers, extraction };
const results = [];
console.log(`# parse-article benchmark${quick ? ' (quick)' : ''}\n\nMachine: ${machine()}\n`);
for (const [name, run] of Object.entries(sections)) {
  if (!wanted(name)) continue;
  const result = await run();
  results.push(result);
  console.log(`## ${name}\n\n${result.skipped ? `skipped: ${result.skipped}` : result.text}\n`);
}
if (jsonArg)
  writeFileSync(jsonArg, `${JSON.stringify({ machine: machine(), quick, results }, null, 2)}\n`);
