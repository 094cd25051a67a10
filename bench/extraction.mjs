#!/usr/bin/env node
// The public article-extraction benchmark (181 real pages with hand-made bodies), for us and the
// peers in bench/, in one run with the benchmark's own scorer: F1, precision, recall, exact
// pages and the median milliseconds per page. The benchmark is not part of this repository: it
// is looked for in ../shared/benchmarks/article-extraction beside the checkout, or wherever
// ARTICLE_EXTRACTION_BENCHMARK points; without it the section is skipped.
//   npm run build && node bench/extraction.mjs [--quick]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { median } from './measure.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

export function benchmarkDir() {
  const dir = resolve(
    root,
    process.env.ARTICLE_EXTRACTION_BENCHMARK ?? '../shared/benchmarks/article-extraction',
  );
  return existsSync(join(dir, 'score.mjs')) && existsSync(join(dir, 'html')) ? dir : null;
}

// Blocks end lines: a peer's HTML body becomes text the way a reader sees it, so that words on
// either side of a block edge stay apart.
const BLOCK_END =
  /<\/(?:p|div|h[1-6]|li|tr|blockquote|section|article|figcaption|pre|table)>|<br\s*\/?>/gi;

async function loadTools() {
  const ours = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  const tools = [
    [
      'parse-article',
      (bytes, url, id) => ours.parseArticle(bytes, { path: `${id}.html` }).paragraphs.join('\n'),
    ],
  ];
  if (!existsSync(join(here, 'node_modules'))) return tools;
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  const { Defuddle } = await import('defuddle/node');
  const text = (html) =>
    html
      ? parseHTML(`<!doctype html><html><body>${html.replace(BLOCK_END, '$&\n')}</body></html>`)
          .document.body.textContent
      : '';
  tools.push(
    [
      'Readability + linkedom',
      (bytes) => {
        const document = parseHTML(bytes.toString('utf8')).document;
        return new Readability(document).parse()?.textContent ?? '';
      },
    ],
    [
      'defuddle + linkedom',
      async (bytes, url) => {
        const document = parseHTML(bytes.toString('utf8')).document;
        return text((await Defuddle(document, url)).content);
      },
    ],
  );
  return tools;
}

async function timed(fn) {
  const start = process.hrtime.bigint();
  let body;
  try {
    body = await fn();
  } catch {
    body = '';
  }
  return { body: body ?? '', ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

export async function runExtraction({ quick = false } = {}) {
  const dir = benchmarkDir();
  if (dir === null) return { skipped: 'the article-extraction benchmark is not present' };
  if (!existsSync(join(root, 'dist/index.js'))) {
    return { skipped: 'parse-article is not built: run `npm run build` first' };
  }
  const { scorePages, loadTruth } = await import(pathToFileURL(join(dir, 'score.mjs')).href);
  const truth = loadTruth();
  let ids = readdirSync(join(dir, 'html'))
    .filter((name) => name.endsWith('.html.gz'))
    .map((name) => name.slice(0, -'.html.gz'.length))
    .filter((id) => id in truth)
    .sort();
  if (quick) ids = ids.slice(0, 12);
  const pages = ids.map((id) => ({
    id,
    url: truth[id].url,
    bytes: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))),
  }));
  const runs = quick ? 1 : 3;

  const tools = await loadTools();
  const rows = [];
  for (const [tool, run] of tools) {
    const predictions = {};
    const perPage = [];
    for (const page of pages) {
      // One untimed run, then the median of `runs`: each page is timed warm, like the others.
      const first = await timed(() => run(page.bytes, page.url, page.id));
      predictions[page.id] = { articleBody: first.body };
      const times = [];
      for (let i = 0; i < runs; i++)
        times.push((await timed(() => run(page.bytes, page.url, page.id))).ms);
      perPage.push(median(times));
    }
    const scoredTruth = Object.fromEntries(ids.map((id) => [id, truth[id]]));
    const r = scorePages(scoredTruth, predictions);
    rows.push({
      tool,
      f1: r.f1,
      precision: r.precision,
      recall: r.recall,
      exact: r.accuracy,
      below: r.pages.filter((p) => p.f1 < 0.5).length,
      medianMs: median(perPage),
    });
  }

  const fmt = (n, d = 3) => n.toFixed(d);
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const headers = [
    'tool',
    'F1',
    'precision',
    'recall',
    'exact pages',
    'pages < 0.5',
    'median ms/page',
  ];
  const peers = rows.slice(1);
  const fastest = peers.length ? Math.min(...peers.map((r) => r.medianMs)) : NaN;
  const text = [
    `${pages.length} pages of the public article-extraction benchmark, its own scorer; body = paragraphs joined by line breaks.`,
    '',
    line(headers),
    line(headers.map(() => '---')),
    ...rows.map((r) =>
      line([
        r.tool,
        fmt(r.f1),
        fmt(r.precision),
        fmt(r.recall),
        fmt(r.exact),
        r.below,
        fmt(r.medianMs, 2),
      ]),
    ),
    '',
    peers.length
      ? `parse-article median ${fmt(rows[0].medianMs, 2)} ms per page = ${fmt(rows[0].medianMs / fastest, 2)}× the fastest peer (${fmt(fastest, 2)} ms; target ≤ 0.5×)`
      : 'peers not installed (`npm --prefix bench install`): parse-article alone.',
  ].join('\n');
  return { table: text, rows, pages: pages.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await runExtraction({ quick: process.argv.includes('--quick') });
  console.log(r.skipped ? `skipped: ${r.skipped}` : r.table);
}
