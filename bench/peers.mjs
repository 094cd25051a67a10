#!/usr/bin/env node
// Side by side with the well-known extractors, on the saved pages the tests use
// (test/fixtures/html/*.html, each with its reviewed output in test/expected/html/): for each
// field, on how many pages
// each tool is right; the median milliseconds per page, in-process and warm; and one HTML file
// through our CLI against `node -e 0`, measured in the same run.
//   npm --prefix bench install && npm run build && node bench/peers.mjs [--quick]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, wallMs as measureWallMs } from './measure.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const pagesDir = join(root, 'test/fixtures/html');
const expectedDir = join(root, 'test/expected/html');

// Each peer runs each page in a process of its own, within these limits, so that one tool that
// loops or grows without end on one page (one grew past 4 GB) costs that page, not the section.
const PAGE_TIMEOUT_MS = 120_000;
const PAGE_HEAP_MB = 2048;

const FIELDS = [
  ['headline', 'headline'],
  ['summary', 'summary'],
  ['byline', 'agency / author'],
  ['location', 'location'],
  ['created', 'created'],
  ['updated', 'updated'],
  ['countries', 'countries'],
  ['caption', 'caption + credit'],
  ['body', 'body paragraphs'],
  ['disclaimer', 'notice'],
  ['tags', 'tags'],
];

/** Letters and digits only, "and"/"by" dropped: how renderings of one text are compared. */
function key(text) {
  return String(text ?? '')
    .toLowerCase()
    .replace(/\b(?:and|by)\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const empty = (value) => value === null || value === undefined || key(value) === '';

function sameText(actual, expected) {
  return expected === null ? empty(actual) : !empty(actual) && key(actual) === key(expected);
}

function sameInstant(actual, expected) {
  if (expected === null) return empty(actual);
  const time = actual instanceof Date ? actual.getTime() : Date.parse(String(actual ?? ''));
  return Number.isFinite(time) && Math.abs(time - Date.parse(expected.utc)) < 60_000;
}

function sameByline(actual, expected) {
  const names = [expected.author, expected.agency].filter((n) => n !== null);
  if (names.length === 0) return empty(actual);
  return !empty(actual) && names.some((n) => key(n) === key(actual));
}

const json = (value) => JSON.stringify(value);

/** Our Article against the expected one: every field exactly. */
function scoreOurs(actual, expected) {
  return {
    headline: actual.headline === expected.headline,
    summary: actual.summary === expected.summary,
    byline: actual.agency === expected.agency && actual.author === expected.author,
    location: actual.location === expected.location,
    created: json(actual.created) === json(expected.created),
    updated: json(actual.updated) === json(expected.updated),
    countries: json(actual.countries) === json(expected.countries),
    caption: json(actual.image) === json(expected.image),
    body:
      json(actual.paragraphs) === json(expected.paragraphs) &&
      json(actual.dateline) === json(expected.dateline) &&
      json(actual.credits) === json(expected.credits) &&
      actual.signOff === expected.signOff,
    disclaimer: actual.disclaimer === expected.disclaimer,
    tags: json(actual.tags) === json(expected.tags),
  };
}

/** A peer's result, reduced to what it offers: undefined marks a field it has no notion of. */
function scorePeer(found, expected, text) {
  return {
    headline: sameText(found.title, expected.headline),
    summary: sameText(found.summary, expected.summary),
    byline: sameByline(found.byline, expected),
    location: undefined,
    created: sameInstant(found.published, expected.created),
    updated:
      found.modified === undefined ? undefined : sameInstant(found.modified, expected.updated),
    countries: undefined,
    caption: undefined,
    body: key(text(found.body)) === key(expected.paragraphs.join(' ')),
    disclaimer: undefined,
    tags: undefined,
  };
}

async function loadTools() {
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  const { JSDOM } = await import('jsdom');
  const Postlight = (await import('@postlight/parser')).default;
  const { extractFromHtml } = await import('@extractus/article-extractor');
  const { Defuddle } = await import('defuddle/node');
  const ours = await import(pathToFileURL(join(root, 'dist/index.js')).href);

  const text = (html) => (html ? parseHTML(`<div>${html}</div>`).document.body.textContent : '');
  const readability = (document) => {
    const r = new Readability(document).parse() ?? {};
    return {
      title: r.title,
      summary: r.excerpt,
      byline: r.byline,
      published: r.publishedTime,
      body: r.textContent,
      bodyIsText: true,
    };
  };
  return {
    text,
    ours: (html) => ours.parseArticle(html),
    peers: [
      ['Readability + linkedom', (html) => readability(parseHTML(html).document)],
      ['Readability + jsdom', (html, url) => readability(new JSDOM(html, { url }).window.document)],
      [
        'Postlight Parser',
        async (html, url) => {
          const r = await Postlight.parse(url, { html });
          return {
            title: r.title,
            summary: r.dek,
            byline: r.author,
            published: r.date_published,
            body: r.content,
          };
        },
      ],
      [
        'article-extractor',
        async (html, url) => {
          const r = (await extractFromHtml(html, url)) ?? {};
          return {
            title: r.title,
            summary: r.description,
            byline: r.author,
            published: r.published,
            body: r.content,
          };
        },
      ],
      [
        'defuddle',
        async (html, url) => {
          const r = await Defuddle(parseHTML(html).document, url);
          return {
            title: r.title,
            summary: r.description,
            byline: r.author,
            published: r.published,
            body: r.content,
          };
        },
      ],
    ],
  };
}

function readPages() {
  return readdirSync(pagesDir)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => {
      const html = readFileSync(join(pagesDir, name), 'utf8');
      const expected = JSON.parse(
        readFileSync(join(expectedDir, name.replace(/\.html$/, '.json')), 'utf8'),
      );
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      // The peers need an absolute address; a page may give its canonical link relative.
      const url = new URL(canonical ?? name, `https://news.example/`).href;
      return { name, html, expected, url };
    });
}

/** Median ms of `runs` calls after `warm` untimed ones. */
async function timeIt(fn, warm, runs) {
  for (let i = 0; i < warm; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

function wallMs(argv) {
  return measureWallMs(argv, root);
}

/** Our CLI on one page against a bare `node -e 0`, interleaved so noise falls on both alike. */
function cliAgainstNode(page, runs) {
  const node = [process.execPath, '-e', '0'];
  const cli = [process.execPath, join(root, 'bin/parse-article.js'), join(pagesDir, page)];
  for (let i = 0; i < 3; i++) [node, cli].forEach(wallMs);
  const times = { node: [], cli: [] };
  for (let i = 0; i < runs; i++) {
    times.node.push(wallMs(node));
    times.cli.push(wallMs(cli));
  }
  return { page, nodeMs: median(times.node), cliMs: median(times.cli) };
}

function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

function missing() {
  if (!existsSync(join(here, 'node_modules'))) {
    return 'the peer extractors are not installed: run `npm --prefix bench install` first';
  }
  if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/cli/cli.js'))) {
    return 'parse-article is not built: run `npm run build` first';
  }
  return null;
}

/**
 * One peer on one page, in a child process with a time and heap limit: what it found and its
 * median ms, or why it did not finish ("timed out", "out of memory", or the error's first line).
 */
function peerOnPage(tool, page, warm, runs) {
  const r = spawnSync(
    process.execPath,
    [
      `--max-old-space-size=${PAGE_HEAP_MB}`,
      fileURLToPath(import.meta.url),
      '--page',
      tool,
      page,
      String(warm),
      String(runs),
    ],
    { encoding: 'utf8', timeout: PAGE_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 64 * 2 ** 20 },
  );
  if (r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGKILL') return { failed: 'timed out' };
  if (r.status !== 0) {
    if (/heap out of memory|Allocation failed/i.test(r.stderr)) return { failed: 'out of memory' };
    const line = r.stderr.split('\n').find((l) => /^\w*Error\b/.test(l));
    return { failed: line ?? `exit ${r.status ?? r.signal}` };
  }
  return JSON.parse(r.stdout);
}

/** The child's side of peerOnPage: prints {found, ms} as JSON. */
async function onePage(tool, name, warm, runs) {
  const run = (await loadTools()).peers.find(([t]) => t === tool)?.[1];
  if (!run) throw new Error(`no peer named ${tool}`);
  const page = readPages().find((p) => p.name === name);
  if (!page) throw new Error(`no page named ${name}`);
  const found = await run(page.html, page.url);
  const ms = await timeIt(() => run(page.html, page.url), warm, runs);
  process.stdout.write(JSON.stringify({ found, ms }));
}

export async function runPeers({ quick = false } = {}) {
  const problem = missing();
  if (problem) throw new Error(problem);
  const tools = await loadTools();
  const pages = readPages();
  const warm = quick ? 1 : 10;
  const runs = quick ? 3 : 40;

  const results = [];
  const ours = { tool: 'parse-article', scores: [], ms: [] };
  for (const page of pages) {
    ours.scores.push(scoreOurs(tools.ours(page.html), page.expected));
    ours.ms.push(await timeIt(() => tools.ours(page.html), warm, runs));
  }
  results.push(ours);
  for (const [tool] of tools.peers) {
    const entry = { tool, scores: [], ms: [], failed: [] };
    for (const page of pages) {
      const outcome = peerOnPage(tool, page.name, warm, runs);
      if ('failed' in outcome) {
        // A page the tool did not finish counts as wrong in every field it has.
        entry.failed.push(`${page.name} (${outcome.failed})`);
        entry.scores.push(
          Object.fromEntries(
            Object.entries(scorePeer({}, page.expected, tools.text)).map(([field, ok]) => [
              field,
              ok === undefined ? undefined : false,
            ]),
          ),
        );
        continue;
      }
      const text = outcome.found.bodyIsText ? (t) => t ?? '' : tools.text;
      entry.scores.push(scorePeer(outcome.found, page.expected, text));
      entry.ms.push(outcome.ms);
    }
    results.push(entry);
  }

  const rows = results.map((r) => {
    const fields = {};
    for (const [field] of FIELDS) {
      const verdicts = r.scores.map((s) => s[field]);
      fields[field] = verdicts.includes(undefined) ? null : verdicts.filter(Boolean).length;
    }
    const wrong = r.scores.flatMap((s, i) =>
      Object.entries(s)
        .filter(([, ok]) => ok === false)
        .map(([field]) => `${pages[i].name}:${field}`),
    );
    return {
      tool: r.tool,
      pages: pages.length,
      fields,
      wrong,
      failed: r.failed ?? [],
      medianMs: median(r.ms),
    };
  });

  const fastestPeer = Math.min(...rows.slice(1).map((r) => r.medianMs));
  const cli = cliAgainstNode(
    pages.find((p) => p.name.startsWith('dd-'))?.name ?? pages[0].name,
    quick ? 5 : 20,
  );
  const fmt = (n, d = 2) => n.toFixed(d);
  const fieldRows = FIELDS.map(([field, label]) => [
    label,
    ...rows.map((r) => (r.fields[field] === null ? '—' : `${r.fields[field]}/${r.pages}`)),
  ]);
  const speedRow = ['median ms per page', ...rows.map((r) => fmt(r.medianMs))];
  const text = [
    `${pages.length} pages (test/fixtures/html): right / pages per field; — means the tool has no such field.`,
    '',
    table(['field', ...rows.map((r) => r.tool)], [...fieldRows, speedRow]),
    '',
    `parse-article median ${fmt(rows[0].medianMs)} ms per page = ${fmt(rows[0].medianMs / fastestPeer)}× the fastest peer (${fmt(fastestPeer)} ms; target ≤ 0.5×)`,
    `CLI on ${cli.page}: ${fmt(cli.cliMs, 1)} ms wall vs node -e 0 ${fmt(cli.nodeMs, 1)} ms = ${fmt(cli.cliMs / cli.nodeMs)}× (target ≤ 1.5×)`,
    ...results
      .filter((r) => r.failed?.length)
      .map(
        (r) =>
          `${r.tool} did not finish (limits: ${PAGE_TIMEOUT_MS / 1000} s, ${PAGE_HEAP_MB} MB heap per page): ${r.failed.join(', ')}`,
      ),
    rows[0].wrong.length === 0
      ? 'parse-article: every field right on every page.'
      : `parse-article wrong: ${rows[0].wrong.join(', ')}`,
  ].join('\n');
  return { table: text, rows, cli, fastestPeerMs: fastestPeer };
}

const pageArg = process.argv.indexOf('--page');
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && pageArg > 0) {
  const [tool, name, warm, runs] = process.argv.slice(pageArg + 1);
  await onePage(tool, name, Number(warm), Number(runs));
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problem = missing();
  if (problem) {
    console.error(`peers: ${problem}`);
    process.exit(1);
  }
  const { table: text } = await runPeers({ quick: process.argv.includes('--quick') });
  console.log(text);
}
