/**
 * Feeds: every format recognised by content, each sample and fixture held to its reviewed
 * expected output field by field (through parseFeed and through the CLI), links resolved, feed
 * dates read with their offsets, hostile XML kept inert, and the CLI's modes per item.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { itemPathFor, slugOf } from '../src/cli/task.js';
import { detectFeed } from '../src/feed/detect.js';
import { readFeedItems } from '../src/feed/index.js';
import { capDepth } from '../src/feed/xml.js';
import { InputError, articleSchema, parseArticle, parseFeed, type Article } from '../src/index.js';
import { parseStamp } from '../src/time/stamp.js';

const BIN = resolve('bin/parse-article.js');

const scratch = mkdtempSync(join(tmpdir(), 'parse-article-feeds-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function cli(
  args: string[],
  cwd = process.cwd(),
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each input with its reviewed output: test/expected/feeds/<name>.json, an array of articles.
const REVIEWED: Readonly<Record<string, string>> = {
  'samples/feed-rss.xml': 'feed-rss.json',
  'samples/feed-atom.xml': 'feed-atom.json',
  'samples/feed-json.json': 'feed-json.json',
  'samples/feed-nitf.xml': 'feed-nitf.json',
  'samples/feed-newsml.xml': 'feed-newsml.json',
  'test/fixtures/feeds/rss1-rdf.rdf': 'rss1-rdf.json',
  'test/fixtures/feeds/atom-xml-base.xml': 'atom-xml-base.json',
  'test/fixtures/feeds/json-feed-1.0.json': 'json-feed-1.0.json',
  'test/fixtures/feeds/newsml-item.xml': 'newsml-item.json',
};

const expectedOf = (path: string): Article[] =>
  JSON.parse(readFileSync(join('test/expected/feeds', REVIEWED[path] ?? ''), 'utf8')) as Article[];

const fixture = (name: string): string => readFileSync(join('test/fixtures/feeds', name), 'utf8');

describe('feed detection', () => {
  it.each([
    ['samples/feed-rss.xml', 'rss'],
    ['test/fixtures/feeds/rss1-rdf.rdf', 'rss'],
    ['samples/feed-atom.xml', 'atom'],
    ['samples/feed-json.json', 'json-feed'],
    ['test/fixtures/feeds/json-feed-1.0.json', 'json-feed'],
    ['samples/feed-nitf.xml', 'nitf'],
    ['samples/feed-newsml.xml', 'newsml-g2'],
    ['test/fixtures/feeds/newsml-item.xml', 'newsml-g2'],
    ['test/fixtures/feeds/hostile-xxe.xml', 'rss'],
  ])('reads %s as %s, by its content', (path, format) => {
    expect(detectFeed(readFileSync(path, 'utf8'))).toBe(format);
  });

  it('leaves pages, text, other XML and other JSON alone', () => {
    for (const name of readdirSync('samples').filter((n) => !n.startsWith('feed-'))) {
      expect({ name, format: detectFeed(readFileSync(join('samples', name), 'utf8')) }).toEqual({
        name,
        format: null,
      });
    }
    expect(detectFeed('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')).toBeNull();
    expect(
      detectFeed('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>'),
    ).toBeNull();
    expect(detectFeed('<feed><entry/></feed>')).toBeNull();
    expect(detectFeed('{"title": "not a feed", "items": []}')).toBeNull();
    // Comments and a doctype before the root do not hide it.
    expect(
      detectFeed(
        '\ufeff<?xml version="1.0"?>\n<!-- x -->\n<!DOCTYPE rss [<!ENTITY a "b">]>\n<rss/>',
      ),
    ).toBe('rss');
  });
});

describe('parseFeed', () => {
  it.each(Object.keys(REVIEWED))(
    '%s matches its reviewed output item by item, field by field',
    (path) => {
      const expected = expectedOf(path);
      const actual = parseFeed(readFileSync(path), { path });
      expect(actual.length).toBe(expected.length);
      actual.forEach((article, i) => {
        const want = expected[i] as unknown as Record<string, unknown>;
        const got = article as unknown as Record<string, unknown>;
        expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
        for (const field of Object.keys(want)) {
          expect({ item: i + 1, field, value: got[field] }).toEqual({
            item: i + 1,
            field,
            value: want[field],
          });
        }
      });
    },
  );

  it('gives articles that hold to the JSON Schema, every item of every format', () => {
    const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
    const validate = ajv.compile(articleSchema);
    for (const path of Object.keys(REVIEWED)) {
      for (const article of parseFeed(readFileSync(path), { path })) {
        expect({ path: article.input.path, valid: validate(article) }).toEqual({
          path: article.input.path,
          valid: true,
        });
      }
    }
  });

  it('names each item path#N and each format by its layout', () => {
    const articles = parseFeed(readFileSync('samples/feed-rss.xml'), { path: 'feed.xml' });
    expect(articles.map((a) => a.input.path)).toEqual(['feed.xml#1', 'feed.xml#2', 'feed.xml#3']);
    expect(parseFeed(readFileSync('samples/feed-newsml.xml'))[0]?.input.layout).toBe('newsml-g2');
  });

  it('takes the body from the full content, else from the teaser with a warning', () => {
    const [full, , teaser] = parseFeed(readFileSync('samples/feed-rss.xml'));
    expect(full?.warnings).toEqual([]);
    expect(full?.summary).toBe(
      'Crews accept a revised rota & a 4% rise, and the first sailing is set for Monday.',
    );
    expect(teaser?.summary).toBeNull();
    expect(teaser?.paragraphs).toHaveLength(1);
    expect(teaser?.warnings.map((w) => w.code)).toEqual(['feed-teaser-only']);
  });

  it('refuses what is not a feed, a malformed feed and a feed without items', () => {
    expect(() => parseFeed(readFileSync('samples/devdiscourse-agency.html'))).toThrow(InputError);
    expect(() => parseFeed(fixture('truncated.xml'))).toThrow(/^malformed feed/);
    expect(() => parseFeed(fixture('malformed.json'))).toThrow(/^malformed feed/);
    expect(() => parseFeed(fixture('no-items.xml'))).toThrow(/^no items$/);
  });
});

describe('parseArticle on a feed', () => {
  it('throws an InputError that points to parseFeed', () => {
    for (const path of Object.keys(REVIEWED)) {
      expect(() => parseArticle(readFileSync(path))).toThrow(InputError);
      expect(() => parseArticle(readFileSync(path))).toThrow(/parseFeed/);
    }
  });
});

describe('links', () => {
  it('resolves an RSS item link against the channel link', () => {
    const { items } = readFeedItems(readFileSync('samples/feed-rss.xml', 'utf8'), 'rss');
    expect(items.map((i) => i.url)).toEqual([
      'https://harbourledger.example/coast/2024/06/14/ferry-crews-vote-to-end-stoppage/',
      'https://harbourledger.example/coast/2024/06/14/grazing-claims-deadline/',
      'https://harbourledger.example/coast/2024/06/13/lifeboat-penrock/',
    ]);
    expect(items[0]?.site).toBe('The Harbour Ledger – Coast & Country');
    expect(items[0]?.language).toBe('en-gb');
  });

  it('resolves Atom links through nested xml:base', () => {
    const { items } = readFeedItems(fixture('atom-xml-base.xml'), 'atom');
    expect(items[0]?.url).toBe('https://tidewater.example/regions/north/budget-explained');
    const sample = readFeedItems(readFileSync('samples/feed-atom.xml', 'utf8'), 'atom').items;
    expect(sample.map((i) => i.url)).toEqual([
      'https://valleypost.example/news/2024/06/mill-street-bridge-reopens',
      'https://valleypost.example/opinion/letters-library-sunday-hours',
      'https://valleypost.example/news/2024/06/storm-warning-lifted',
    ]);
  });

  it('resolves JSON Feed item URLs against home_page_url, and finds a NewsML-G2 canonical link', () => {
    expect(readFeedItems(fixture('json-feed-1.0.json'), 'json-feed').items[0]?.url).toBe(
      'https://saltmarshradio.example/news/bus-timetable-changes',
    );
    expect(readFeedItems(fixture('newsml-item.xml'), 'newsml-g2').items[0]?.url).toBe(
      'https://meridianwire.example/stories/harvest-record',
    );
  });
});

describe('feed dates', () => {
  it.each([
    ['Fri, 14 Jun 2024 17:34:00 +0530', '2024-06-14T17:34:00+05:30', '2024-06-14T12:04:00Z'],
    ['Fri, 14 Jun 2024 17:34 -0400', '2024-06-14T17:34:00-04:00', '2024-06-14T21:34:00Z'],
    ['Fri, 14 Jun 2024 17:34:00 UT', '2024-06-14T17:34:00Z', '2024-06-14T17:34:00Z'],
    ['20240614T173400+0530', '2024-06-14T17:34:00+05:30', '2024-06-14T12:04:00Z'],
    ['20240614T1734Z', '2024-06-14T17:34:00Z', '2024-06-14T17:34:00Z'],
  ])('reads %s with its offset', (text, iso, utc) => {
    const { stamp, warnings } = parseStamp(text, { field: 'created' });
    expect({ iso: stamp.iso, utc: stamp.utc, text: stamp.text, warnings }).toEqual({
      iso,
      utc,
      text,
      warnings: [],
    });
  });

  it('reads a NITF day alone as a date and refuses an impossible one', () => {
    expect(parseStamp('20240614', { field: 'created' }).stamp.iso).toBe('2024-06-14');
    expect(
      parseStamp('Fri, 31 Jun 2024 17:34:00 +0100', { field: 'created' }).stamp.iso,
    ).toBeNull();
  });
});

describe('hostile XML', () => {
  it('never expands an external entity: the reference is dropped, with a warning', () => {
    const started = Date.now();
    const [article] = parseFeed(fixture('hostile-xxe.xml'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(article?.headline).toBe('Notice board');
    expect(JSON.stringify([article?.headline, article?.paragraphs])).not.toMatch(
      /root:|&|secret|remote/,
    );
    expect(article?.warnings.map((w) => w.code)).toContain('feed-entities-ignored');
  });

  it('never expands a billion laughs: bounded time and memory', () => {
    const before = process.memoryUsage().heapUsed;
    const started = Date.now();
    const [article] = parseFeed(fixture('hostile-billion-laughs.xml'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
    expect(article?.headline).toBe('Gulls return to the pier');
    expect(JSON.stringify(article).length).toBeLessThan(4000);
  });

  it('caps nesting, so a feed 100,000 levels deep takes no more than a moment', () => {
    const depth = 100_000;
    const deep = `<rss version="2.0"><channel><item><title>Deep</title><description>${'<x>'.repeat(depth)}text${'</x>'.repeat(depth)}</description></item></channel></rss>`;
    expect(capDepth('<a><b><c/></b></a>')).toBe('<a><b><c/></b></a>');
    const started = Date.now();
    const [article] = parseFeed(deep);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(article?.paragraphs).toEqual(['text']);
  });
});

describe('output names', () => {
  it('makes a slug anyone can type, and a numbered, stable name beside the feed', () => {
    expect(slugOf('Letters: the library’s Sunday hours & who pays')).toBe(
      'letters-the-librarys-sunday-hours-who-pays',
    );
    expect(slugOf('Île-de-France: grève à la RATP')).toBe('ile-de-france-greve-a-la-ratp');
    expect(slugOf('«»')).toBe('item');
    expect(slugOf('word '.repeat(40)).length).toBeLessThanOrEqual(60);
    expect(itemPathFor('/out/news/feed.json', 7, 12, 'Ferry crews vote')).toBe(
      '/out/news/feed/007-ferry-crews-vote.json',
    );
    expect(itemPathFor('/out/feed.md', 12, 1500, 'A')).toBe('/out/feed/0012-a.md');
  });
});

describe('the CLI on feeds', () => {
  it('prints one pretty JSON object per item, in order, equal to the reviewed output', () => {
    const result = cli(['samples/feed-rss.xml']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const objects = result.stdout.split(/\n(?=\{)/).map((text) => JSON.parse(text) as Article);
    expect(objects).toEqual(expectedOf('samples/feed-rss.xml'));
  });

  it.each(Object.keys(REVIEWED))('gives %s as NDJSON, one line per item', (path) => {
    const result = cli(['-f', 'ndjson', path]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line) as Article)).toEqual(expectedOf(path));
  });

  it('writes -o DIR/feed/001-<slug>.json per item, atomically, and resumes per item', () => {
    const out = join(scratch, 'out');
    const first = cli(['samples/feed-atom.xml', 'samples/feed-rss.xml', '-o', out]);
    expect(first.status).toBe(0);
    const atom = readdirSync(join(out, 'samples/feed-atom')).sort();
    expect(atom).toEqual([
      '001-mill-street-bridge-reopens-a-month-early.json',
      '002-letters-the-librarys-sunday-hours-who-pays-for-them.json',
      '003-storm-warning-lifted-for-the-upper-valley.json',
    ]);
    const written = JSON.parse(
      readFileSync(join(out, 'samples/feed-atom', atom[1] ?? ''), 'utf8'),
    ) as Article;
    expect(written).toEqual(expectedOf('samples/feed-atom.xml')[1]);
    expect(readdirSync(join(out, 'samples/feed-rss'))).toHaveLength(3);
    // Nothing but the outputs: no temporary file is left behind.
    expect(readdirSync(join(out, 'samples')).sort()).toEqual(['feed-atom', 'feed-rss']);

    // One item's file kept by the user: --skip-existing leaves it and writes the rest.
    const kept = join(
      out,
      'samples/feed-rss/002-hill-farms-get-two-more-weeks-to-file-grazing-claims.json',
    );
    writeFileSync(kept, 'kept');
    rmSync(
      join(
        out,
        'samples/feed-rss/001-ferry-crews-vote-to-end-three-week-stoppage-at-kellan-sound.json',
      ),
    );
    const again = cli([
      'samples/feed-rss.xml',
      'samples/feed-atom.xml',
      '-o',
      out,
      '--skip-existing',
    ]);
    expect(again.status).toBe(0);
    expect(readFileSync(kept, 'utf8')).toBe('kept');
    expect(readdirSync(join(out, 'samples/feed-rss'))).toHaveLength(3);
    expect(again.stderr).toMatch(
      /^1 parsed, 0 failed, 0 with warnings, 5 skipped in \d+\.\d+ s\n$/,
    );
  });

  it('fails only the items with warnings under --strict, each on one line and in --errors', () => {
    const errors = join(scratch, 'errors.ndjson');
    const result = cli([
      '-f',
      'ndjson',
      '--strict',
      '--errors',
      errors,
      'samples/feed-rss.xml',
      'samples/feed-atom.xml',
    ]);
    expect(result.status).toBe(1);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(4);
    const warned = 'warning: the feed carries only a teaser: the body is its description';
    expect(result.stderr.split('\n').slice(0, 2)).toEqual([
      `parse-article: samples/feed-rss.xml#3: ${warned}`,
      `parse-article: samples/feed-atom.xml#3: ${warned}`,
    ]);
    expect(result.stderr).toMatch(/\n4 parsed, 2 failed, 0 with warnings in /);
    const records = readFileSync(errors, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown);
    expect(records).toEqual([
      { path: 'samples/feed-rss.xml#3', reason: warned, code: 'warning' },
      { path: 'samples/feed-atom.xml#3', reason: warned, code: 'warning' },
    ]);
  });

  it('reports a malformed feed or one without items in one line, and goes on with the others', () => {
    const result = cli([
      '-f',
      'ndjson',
      'test/fixtures/feeds/truncated.xml',
      'samples/feed-nitf.xml',
      'test/fixtures/feeds/no-items.xml',
      'test/fixtures/feeds/malformed.json',
      'samples/devdiscourse-pti-caption.txt',
    ]);
    expect(result.status).toBe(1);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'parse-article: test/fixtures/feeds/truncated.xml: malformed feed: it ends in the middle of its text',
      'parse-article: test/fixtures/feeds/no-items.xml: no items',
      expect.stringMatching(
        /^parse-article: test\/fixtures\/feeds\/malformed\.json: malformed feed: /,
      ),
    ]);
    expect(lines[3]).toMatch(/^2 parsed, 3 failed, 0 with warnings in /);
    // A single malformed feed is one line and a failure, nothing more.
    const alone = cli(['test/fixtures/feeds/no-items.xml']);
    expect({ status: alone.status, stdout: alone.stdout, stderr: alone.stderr }).toEqual({
      status: 1,
      stdout: '',
      stderr: 'parse-article: test/fixtures/feeds/no-items.xml: no items\n',
    });
  });

  it('shares a feed’s items among shards: every item in exactly one shard', () => {
    const seen: string[] = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const result = cli(['-f', 'ndjson', '--shard', shard, 'samples', '--ext', '.xml,.json,.txt']);
      expect(result.status).toBe(0);
      for (const line of result.stdout.trimEnd().split('\n').filter(Boolean)) {
        seen.push((JSON.parse(line) as Article).input.path ?? '');
      }
    }
    const all = cli(['-f', 'ndjson', 'samples', '--ext', '.xml,.json,.txt']);
    const everything = all.stdout
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as Article).input.path);
    expect(seen.sort()).toEqual(everything.sort());
    expect(everything).toContain('samples/feed-rss.xml#2');
  });

  it('leaves no temporary file and writes stable names on a second run', () => {
    const out = join(scratch, 'stable');
    cli(['samples/feed-newsml.xml', '-o', out]);
    const first = readdirSync(join(out, 'samples/feed-newsml')).map((n) => [
      n,
      statSync(join(out, 'samples/feed-newsml', n)).size,
    ]);
    cli(['samples/feed-newsml.xml', '-o', out]);
    const second = readdirSync(join(out, 'samples/feed-newsml')).map((n) => [
      n,
      statSync(join(out, 'samples/feed-newsml', n)).size,
    ]);
    expect(second).toEqual(first);
    expect(first.map(([n]) => n)).toEqual([
      '001-kochi-port-handles-record-cargo-in-may.json',
      '002-cranes-at-kochi-port.json',
      '003-heavy-rain-shuts-three-bengaluru-underpasses.json',
    ]);
    expect(existsSync(join(out, 'samples/feed-newsml.json'))).toBe(false);
  });
});
