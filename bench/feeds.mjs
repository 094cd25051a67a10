#!/usr/bin/env node
// Feed benchmark: 1,000 stories as one RSS 2.0 file with the full story in content:encoded,
// against the same 1,000 stories as separate HTML pages in a folder, both converted to NDJSON by
// the CLI, interleaved; the pages both as a user runs them (worker threads) and in one thread,
// since a feed is read in one.
//   node bench/feeds.mjs [--quick]      (--quick: 200 stories)
// The stories are generated (deterministic) into bench/.corpus/feeds-v1/ (git-ignored).
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, wallMs } from './measure.mjs';
import { random, pick } from './random.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const GENERATOR_VERSION = 1;

const PLACES = ['Kellan Sound', 'Dunmore', 'Northfield', 'Pune', 'Kochi', 'Rosario', 'Fenwick'];
const SUBJECTS = [
  'The harbour board',
  'County engineers',
  'The city council',
  'A parliamentary panel',
  'The port trust',
  'Farmers in the valley',
  'The transport department',
];
const VERBS = ['approved', 'delayed', 'reviewed', 'expanded', 'cut back', 'announced', 'defended'];
const OBJECTS = [
  'a plan for new berths',
  'the summer timetable',
  'funding for road repairs',
  'a review of water rates',
  'the school building programme',
  'late opening at the market hall',
];
const TAILS = [
  'after a long session on Thursday',
  'despite objections from residents',
  'ahead of the autumn budget',
  'following a public consultation',
  'in a vote of six to three',
];
const AUTHORS = ['Morwenna Tull', 'Odile Marchetti', 'Harriet Quon', 'Jacob Mathew', 'Siân Elwood'];

function sentence(rnd) {
  return `${pick(rnd, SUBJECTS)} ${pick(rnd, VERBS)} ${pick(rnd, OBJECTS)} ${pick(rnd, TAILS)}.`;
}

function story(i) {
  const rnd = random(1000 + i);
  const place = pick(rnd, PLACES);
  const paragraphs = [];
  const count = 6 + Math.floor(rnd() * 8);
  for (let p = 0; p < count; p++) {
    const text = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => sentence(rnd)).join(' ');
    paragraphs.push(p === 0 ? `${place.toUpperCase()}, June ${1 + (i % 28)} - ${text}` : text);
  }
  const day = 1 + (i % 28);
  return {
    headline: `${pick(rnd, SUBJECTS)} ${pick(rnd, VERBS)} ${pick(rnd, OBJECTS)} (${i + 1})`,
    summary: sentence(rnd),
    author: pick(rnd, AUTHORS),
    pubDate: `${String(day).padStart(2, '0')} Jun 2024 ${String(i % 24).padStart(2, '0')}:15:00 +0100`,
    iso: `2024-06-${String(day).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:15:00+01:00`,
    tag: place,
    paragraphs,
  };
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function rssOf(stories) {
  const items = stories.map(
    (s, i) => `    <item>
      <title>${escape(s.headline)}</title>
      <link>/news/${i + 1}</link>
      <dc:creator>${escape(s.author)}</dc:creator>
      <pubDate>${s.pubDate}</pubDate>
      <category>${escape(s.tag)}</category>
      <description>${escape(s.summary)}</description>
      <content:encoded><![CDATA[${s.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}]]></content:encoded>
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Bench Gazette</title>
    <link>https://bench-gazette.example/</link>
    <description>Generated stories</description>
${items.join('\n')}
  </channel>
</rss>
`;
}

function pageOf(s) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(s.headline)} | Bench Gazette</title>
<meta name="description" content="${escape(s.summary)}">
<meta property="article:published_time" content="${s.iso}">
<meta name="author" content="${escape(s.author)}">
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article>
<h1>${escape(s.headline)}</h1>
<p class="byline">By ${escape(s.author)}</p>
${s.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article></main>
<footer><p>© Bench Gazette</p></footer>
</body></html>
`;
}

/** The feed and the folder of pages for `count` stories, made once and reused. */
function corpus(count) {
  const dir = join(root, 'bench', '.corpus', `feeds-v${GENERATOR_VERSION}-${count}`);
  const feed = join(dir, 'feed.xml');
  const pages = join(dir, 'pages');
  if (existsSync(join(dir, 'done'))) return { feed, pages };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(pages, { recursive: true });
  const stories = Array.from({ length: count }, (_, i) => story(i));
  writeFileSync(feed, rssOf(stories));
  stories.forEach((s, i) =>
    writeFileSync(join(pages, `${String(i + 1).padStart(4, '0')}.html`), pageOf(s)),
  );
  writeFileSync(join(dir, 'done'), '');
  return { feed, pages };
}

/** Median wall times of the feed and of the pages, interleaved; resolves to the figures. */
export async function runFeedBench({ quick = false } = {}) {
  if (!existsSync(join(root, 'dist/cli/cli.js'))) throw new Error('run `npm run build` first');
  const stories = quick ? 200 : 1000;
  const runs = quick ? 3 : 9;
  const { feed, pages } = corpus(stories);
  const node = process.execPath;
  const bin = join(root, 'bin/parse-article.js');
  const commands = {
    feed: [node, bin, feed, '-f', 'ndjson', '-q'],
    pages: [node, bin, pages, '-f', 'ndjson', '-q'],
    pagesOneThread: [node, bin, pages, '-f', 'ndjson', '-q', '--jobs', '1'],
  };
  const times = { feed: [], pages: [], pagesOneThread: [] };
  for (const argv of Object.values(commands)) wallMs(argv, root);
  for (let i = 0; i < runs; i++) {
    for (const [name, argv] of Object.entries(commands)) times[name].push(wallMs(argv, root));
  }
  const feedMs = median(times.feed);
  const pagesMs = median(times.pages);
  const pagesOneThreadMs = median(times.pagesOneThread);
  return {
    stories,
    runs,
    feedMs,
    pagesMs,
    pagesOneThreadMs,
    ratio: feedMs / pagesMs,
    ratioOneThread: feedMs / pagesOneThreadMs,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await runFeedBench({ quick: process.argv.includes('--quick') });
  console.log(JSON.stringify(r, null, 2));
}
