#!/usr/bin/env node
// Batch benchmark: the CLI converting a generated corpus to NDJSON, against the floor — a bare
// Node script that only reads each file and writes one JSON line per file — measured in the same
// run, interleaved; and peak memory for a tenth of the corpus against all of it.
//   node bench/batch.mjs [--quick]      (--quick: 1,000 files instead of 10,000)
// The corpus is generated from samples/*.txt into bench/.corpus/ (git-ignored) and reused.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './measure.mjs';
import { random, pick } from './random.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusRoot = join(root, 'bench', '.corpus');
const GENERATOR_VERSION = 1;
const FILES_PER_FOLDER = 100;

// --- the corpus -------------------------------------------------------------------------------

const AGENCIES = ['PTI', 'Reuters', 'IANS', 'ANI', 'Devdiscourse News Desk', 'UN News', 'AFP'];
const HEADLINE_OPENERS = ['', '', 'Update: ', 'Explainer: ', 'Analysis: ', 'Exclusive: '];
const HEADLINE_TAILS = [
  '',
  '',
  ' as Talks Resume',
  ', Officials Say',
  ' Amid Rising Costs',
  ' After Week of Delays',
  ' in Setback for Planners',
];
const SUBJECTS = [
  'The state transport department',
  'A parliamentary panel',
  'District officials',
  'The central bank',
  'Farmers in the region',
  'The port authority',
  'Local traders',
  'The health ministry',
  'A group of researchers',
  'The city corporation',
];
const VERBS = [
  'said on Tuesday that',
  'told reporters that',
  'warned in a statement that',
  'confirmed late on Friday that',
  'announced on Monday that',
  'noted in its weekly bulletin that',
];
const CLAIMS = [
  'the new schedule would take effect from the first week of next month',
  'the allocation for rural roads had been raised by nearly a fifth',
  'inspections at the site would continue until the monsoon withdraws',
  'more than 1,200 applications were still pending review',
  'the pilot scheme had been extended to four more districts',
  'prices of pulses and edible oils were expected to ease before the festival season',
  'the committee would submit its findings within ninety days',
  'an independent audit of the project accounts had been ordered',
  'cargo volumes had risen for the third straight quarter',
  'water levels in the main reservoirs were below the ten-year average',
];

function sentence(rnd) {
  return `${pick(rnd, SUBJECTS)} ${pick(rnd, VERBS)} ${pick(rnd, CLAIMS)}.`;
}

function stamp(date) {
  const p = (n) => String(n).padStart(2, '0');
  return `${p(date.getUTCDate())}-${p(date.getUTCMonth() + 1)}-${date.getUTCFullYear()} ${p(date.getUTCHours())}:${p(date.getUTCMinutes())}`;
}

/** Splits on ". " so sentences can be reordered; a paragraph of one sentence stays as it is. */
function shuffleSentences(rnd, paragraph) {
  const parts = paragraph.split('. ');
  if (parts.length < 3) return paragraph;
  const last = parts.pop();
  const first = parts.shift();
  parts.sort(() => rnd() - 0.5);
  return [first, ...parts, last].join('. ');
}

const BYLINE =
  / \| Updated: \d\d-\d\d-\d{4} \d\d:\d\d IST \| Created: \d\d-\d\d-\d{4} \d\d:\d\d IST/;

/** One varied copy of a sample: headline, agency, dates and body text change; the layout stays. */
function vary(sample, n) {
  const rnd = random(n * 7919 + 17);
  const newline = sample.includes('\r\n') ? '\r\n' : '\n';
  const lines = sample.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headline = lines.find((l) => l.trim().split(' ').length >= 3)?.trim() ?? '';
  const newHeadline = `${pick(rnd, HEADLINE_OPENERS)}${headline}${pick(rnd, HEADLINE_TAILS)}`;
  const agency = pick(rnd, AGENCIES);
  const created = new Date(Date.UTC(2019, 0, 1) + Math.floor(rnd() * 6 * 365 * 24) * 3_600_000);
  const updated = new Date(created.getTime() + Math.floor(rnd() * 6) * 17 * 60_000);
  const target = 2400 + Math.floor(rnd() * 1200);

  let bylineAt = -1;
  const out = lines.map((line, i) => {
    if (line.trim() === headline) return line.replace(headline, newHeadline);
    if (BYLINE.test(line)) {
      bylineAt = i;
      const parts = line.split(' | ');
      // A blog post's byline names its author: only an agency credit is swapped.
      if (AGENCIES.includes(parts[0])) parts[0] = agency;
      return parts
        .join(' | ')
        .replace(/Updated: [^|]+ IST/, `Updated: ${stamp(updated)} IST`)
        .replace(/Created: [^|]+ IST/, `Created: ${stamp(created)} IST`);
    }
    return line;
  });
  // Body paragraphs: long lines after the byline (or after the headline for raw wire copy).
  const body = [];
  for (let i = Math.max(bylineAt, 1); i < out.length; i++) {
    const line = out[i];
    if (line.length >= 80 && !line.startsWith('(')) body.push(i);
  }
  for (const i of body.slice(1)) out[i] = shuffleSentences(rnd, out[i]);
  const last = body[body.length - 1] ?? out.length - 1;
  const extra = [];
  let size = out.join(newline).length;
  while (size < target) {
    const paragraph = [sentence(rnd), sentence(rnd), sentence(rnd)].join(' ');
    extra.push('', paragraph);
    size += paragraph.length + 2 * newline.length;
  }
  out.splice(last + 1, 0, ...extra);
  return out.join(newline);
}

function samples() {
  const dir = join(root, 'samples');
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  if (names.length === 0) throw new Error('no samples/*.txt to build the corpus from');
  return names.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** The corpus of `files` files in folders of 100; regenerated only when it or the samples change. */
function corpus(files) {
  const dir = join(corpusRoot, `files-${files}`);
  const sources = samples();
  const manifest = JSON.stringify({
    GENERATOR_VERSION,
    files,
    samples: sources.map((s) => [s.name, s.text.length]),
  });
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath) && readFileSync(manifestPath, 'utf8') === manifest) return dir;
  rmSync(dir, { recursive: true, force: true });
  for (let n = 0; n < files; n++) {
    const folder = join(
      dir,
      'stories',
      `d${String(Math.floor(n / FILES_PER_FOLDER)).padStart(3, '0')}`,
    );
    if (n % FILES_PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    const source = sources[n % sources.length];
    const name = `${String(n).padStart(5, '0')}-${source.name}`;
    writeFileSync(join(folder, name), vary(source.text, n));
  }
  writeFileSync(manifestPath, manifest);
  return dir;
}

function folderSize(dir) {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      bytes += readFileSync(join(entry.parentPath ?? entry.path, entry.name)).length;
  }
  return bytes;
}

// --- the programs measured --------------------------------------------------------------------

const FLOOR = `// The floor: read each file, write one JSON line per file. Nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const files = [];
const walk = (dir) => {
  const entries = readdirSync(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) walk(path);
    else if (e.isFile()) files.push(path);
  }
};
for (const dir of process.argv.slice(2)) walk(dir);
let out = '';
for (const path of files) {
  out += JSON.stringify({ path, text: readFileSync(path, 'utf8') }) + '\\n';
  if (out.length >= 65536) { process.stdout.write(out); out = ''; }
}
process.stdout.write(out);
`;

// How the parser warms up in one thread: the inputs read first, then parsed and rendered in order;
// per-file microseconds for each block of files. Run in a process of its own, so V8 starts cold.
const WARM_UP = `import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const [library, dir, block] = process.argv.slice(2);
const { parseArticle } = await import(library);
const files = [];
const walk = (d) => {
  for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.isDirectory()) walk(join(d, e.name));
    else if (e.isFile()) files.push(join(d, e.name));
  }
};
walk(dir);
const inputs = files.map((path) => readFileSync(path));
const blocks = [];
let start = process.hrtime.bigint();
for (let i = 0; i < inputs.length; i++) {
  JSON.stringify(parseArticle(inputs[i], { path: files[i] }));
  if ((i + 1) % Number(block) === 0) {
    const now = process.hrtime.bigint();
    blocks.push(Number(now - start) / 1000 / Number(block));
    start = now;
  }
}
process.stdout.write(JSON.stringify(blocks));
`;

// Peak resident memory of the whole process, worker threads included (getrusage RUSAGE_SELF).
const RSS_WRAPPER = `import { writeFileSync } from 'node:fs';
const [report, script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], script, ...args];
process.on('exit', () => writeFileSync(report, String(process.resourceUsage().maxRSS)));
await import(new URL(script, 'file://' + process.cwd() + '/').href);
`;

function spawnOk(argv, stdout) {
  const result = spawnSync(argv[0], argv.slice(1), {
    cwd: root,
    stdio: ['ignore', stdout, 'pipe'],
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) {
    throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return result;
}

/** Runs the command writing to a file, as `cmd > all.ndjson` would. */
function toFile(argv, file) {
  const start = process.hrtime.bigint();
  const fd = openSync(file, 'w');
  try {
    spawnOk(argv, fd);
  } finally {
    closeSync(fd);
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function runBatchBench({ quick = false } = {}) {
  const bin = join(root, 'bin', 'parse-article.js');
  if (!existsSync(join(root, 'dist', 'cli', 'cli.js'))) {
    throw new Error('the CLI is not built: run `npm run build` first');
  }
  const files = quick ? 1000 : 10000;
  const smallFiles = files / 10;
  const dir = corpus(files);
  const stories = join(dir, 'stories');
  const floorScript = join(corpusRoot, 'floor.mjs');
  const rssScript = join(corpusRoot, 'rss.mjs');
  writeFileSync(floorScript, FLOOR);
  writeFileSync(rssScript, RSS_WRAPPER);
  const node = process.execPath;
  const ours = [node, bin, stories, '-f', 'ndjson', '-q'];
  const oneThread = [...ours, '--jobs', '1'];
  const floor = [node, floorScript, stories];

  // Both must see every file; a check, so a broken build cannot look fast.
  const check = spawnOk(ours, 'pipe').stdout.toString('utf8').trimEnd().split('\n');
  if (check.length !== files)
    throw new Error(`expected ${files} NDJSON lines, got ${check.length}`);

  const runs = quick ? 3 : 7;
  const sink = join(corpusRoot, 'out.ndjson');
  const oursMs = [];
  const oneThreadMs = [];
  const floorMs = [];
  toFile(floor, sink);
  toFile(ours, sink);
  for (let i = 0; i < runs; i++) {
    floorMs.push(toFile(floor, sink));
    oursMs.push(toFile(ours, sink));
    oneThreadMs.push(toFile(oneThread, sink));
  }

  // A batch three times the size, where the workers' own warming up weighs less.
  let scaling = null;
  if (!quick) {
    const big = join(corpus(files * 3), 'stories');
    const times = { workers: [], oneThread: [] };
    for (let i = 0; i < 3; i++) {
      times.workers.push(toFile([node, bin, big, '-f', 'ndjson', '-q'], sink));
      times.oneThread.push(toFile([node, bin, big, '-f', 'ndjson', '-q', '--jobs', '1'], sink));
    }
    scaling = {
      files: files * 3,
      wallMs: median(times.workers),
      oneThreadMs: median(times.oneThread),
    };
  }
  rmSync(sink, { force: true });

  // Warming up: per-file cost of the first block against the last half's median block.
  const warmScript = join(corpusRoot, 'warm-up.mjs');
  writeFileSync(warmScript, WARM_UP);
  const library = pathToFileURL(join(root, 'dist', 'index.js')).href;
  const block = quick ? 100 : 250;
  const blocks = JSON.parse(
    spawnOk([node, warmScript, library, stories, String(block)], 'pipe').stdout.toString('utf8'),
  );
  const warmUp = {
    block,
    firstUs: blocks[0],
    steadyUs: median(blocks.slice(Math.floor(blocks.length / 2))),
  };

  // Peak RSS: the first tenth of the folders against all of them.
  const folders = readdirSync(stories).sort();
  const small = folders.slice(0, folders.length / 10).map((f) => join(stories, f));
  const report = join(corpusRoot, 'rss.txt');
  const rss = (inputs) => {
    const values = [];
    for (let i = 0; i < (quick ? 1 : 3); i++) {
      spawnOk([node, rssScript, report, bin, ...inputs, '-f', 'ndjson', '-q'], 'ignore');
      values.push(Number(readFileSync(report, 'utf8')) / 1024);
    }
    return median(values);
  };
  const rss1k = rss(small);
  const rss10k = rss([stories]);

  const bytes = folderSize(stories);
  const wallMs = median(oursMs);
  const floorMedian = median(floorMs);
  return {
    files,
    smallFiles,
    jobs: availableParallelism(),
    mb: bytes / 1e6,
    wallMs,
    floorMs: floorMedian,
    ratio: wallMs / floorMedian,
    oneThreadMs: median(oneThreadMs),
    scaling,
    warmUp,
    filesPerSec: files / (wallMs / 1000),
    mbPerSec: bytes / 1e6 / (wallMs / 1000),
    rss1k,
    rss10k,
    runs,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await runBatchBench({ quick: process.argv.includes('--quick') });
  const f = (n, d = 1) => n.toFixed(d);
  console.log(`files                          ${r.files} (${f(r.mb)} MB), ${r.jobs} cores`);
  console.log(`parse-article → NDJSON, median ${f(r.wallMs / 1000, 2)} s over ${r.runs} runs`);
  console.log(`floor (read + write), median   ${f(r.floorMs / 1000, 2)} s`);
  console.log(`ratio to the floor             ${f(r.ratio, 2)}× (target ≤ 1.2×)`);
  console.log(
    `throughput                     ${f(r.filesPerSec, 0)} files/s, ${f(r.mbPerSec)} MB/s`,
  );
  console.log(`the same with --jobs 1, median    ${f(r.oneThreadMs / 1000, 2)} s`);
  if (r.scaling) {
    const { files, wallMs, oneThreadMs } = r.scaling;
    console.log(
      `${files} files: workers ${f(wallMs / 1000, 2)} s, --jobs 1 ${f(oneThreadMs / 1000, 2)} s`,
    );
  }
  console.log(
    `warming up, µs/file             first ${r.warmUp.block}: ${f(r.warmUp.firstUs, 0)}, steady: ${f(r.warmUp.steadyUs, 0)}`,
  );
  console.log(`peak RSS, ${r.smallFiles} files          ${f(r.rss1k)} MB`);
  console.log(`peak RSS, ${r.files} files         ${f(r.rss10k)} MB (target ≤ +50 MB)`);
}
