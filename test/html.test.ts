import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticle, type Article } from '../src/index.js';

const FIXTURES = 'test/fixtures/html';
const pages = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.html'))
  .sort();

function expectedFor(name: string): Record<string, unknown> {
  return JSON.parse(
    readFileSync(`test/expected/html/${name.replace(/\.html$/, '.json')}`, 'utf8'),
  ) as Record<string, unknown>;
}

/** Every field compared on its own, so a failure names the field; input.path is not compared. */
function expectFields(actual: Article, expected: Record<string, unknown>): void {
  const { input, ...rest } = actual;
  const inputRest: Partial<Article['input']> = { ...input };
  delete inputRest.path;
  const got: Record<string, unknown> = { ...rest, input: inputRest };
  expect(Object.keys(got).sort()).toEqual(Object.keys(expected).sort());
  for (const field of Object.keys(expected)) {
    expect({ field, value: got[field] }).toEqual({ field, value: expected[field] });
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'parse-article-html-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['bin/parse-article.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('saved HTML pages', () => {
  it('has a page for every variant', () => {
    const variants = pages.map((name) => name.replace(/\.html$/, ''));
    expect(variants).toEqual(
      expect.arrayContaining([
        'dd-agency-caption',
        'dd-no-picture',
        'dd-no-city',
        'dd-no-summary',
        'dd-countries',
        'dd-blog',
        'dd-desk-rewrite',
        'dd-rich-body',
        'dd-stamps-disagree',
        'dd-saved-complete',
        'generic-graph',
        'generic-array',
        'generic-og-only',
        'generic-no-metadata',
        'generic-itemprop',
        'generic-teaser-rail',
        'generic-line-break-story',
        'generic-layout-class-names',
        'generic-credit-in-story',
        'generic-div-lines',
        'generic-link-boxes',
        'generic-paywall-box',
        'generic-span-captions',
        'generic-inline-pointers',
        'generic-description-lede',
        'generic-meta-line',
        'generic-printed-byline',
        'generic-time-element',
        'generic-time-updated',
        'generic-date-only',
        'generic-logo-h1',
        'generic-amp',
        'dd-right-column-labels',
        'generic-pb-byline',
        'generic-byline-dated',
        'generic-ld-person-degree',
        'generic-desk-credit',
      ]),
    );
  });

  it.each(pages)('%s matches its expected output field by field', (name) => {
    const article = parseArticle(readFileSync(join(FIXTURES, name)), { path: name });
    expectFields(article, expectedFor(name));
  });

  // The HTML samples are copies of reviewed pages, held to the same expected output.
  const SAMPLE_PAGES: Readonly<Record<string, string>> = {
    'devdiscourse-agency.html': 'dd-agency-caption.html',
    'devdiscourse-blog.html': 'dd-blog.html',
    'news-site-article.html': 'generic-graph.html',
  };
  const samples = readdirSync('samples').filter((name) => name.endsWith('.html'));

  it('knows the reviewed page of every HTML sample', () => {
    expect(samples.sort()).toEqual(Object.keys(SAMPLE_PAGES).sort());
  });

  it.each(samples)('sample %s matches its reviewed page field by field', (name) => {
    const article = parseArticle(readFileSync(join('samples', name)), { path: name });
    expectFields(article, expectedFor(SAMPLE_PAGES[name] ?? name));
  });

  it('reads every Devdiscourse page with the Devdiscourse layout and the others generically', () => {
    for (const name of pages) {
      const article = parseArticle(readFileSync(join(FIXTURES, name)));
      expect(article.input.kind).toBe('html');
      expect(article.input.layout).toBe(
        name.startsWith('dd-') ? 'devdiscourse-html' : 'generic-html',
      );
    }
  });
});

describe('Devdiscourse pages: what the peers get wrong', () => {
  const page = (name: string) => parseArticle(readFileSync(join(FIXTURES, name)));

  it('takes the visible h1, never the JSON-LD headline with its " | Label" suffix', () => {
    const html = readFileSync(join(FIXTURES, 'dd-agency-caption.html'), 'utf8');
    expect(html).toContain(
      '"headline": "Centre Unveils ₹12,000-Crore Plan to Modernise Rural Cold-Storage Network | Agency-Wire"',
    );
    expect(page('dd-agency-caption.html').headline).toBe(
      'Centre Unveils ₹12,000-Crore Plan to Modernise Rural Cold-Storage Network',
    );
  });

  it('keeps navigation, ads, SHARE, comments and the right-hand column out of the body', () => {
    for (const name of pages.filter((n) => n.startsWith('dd-'))) {
      const body = page(name).paragraphs.join('\n');
      for (const furniture of [
        'Advertisement',
        'SHARE',
        'TRENDING',
        'Latest News',
        'Connect us on',
        'Give Feedback',
        'Comments',
        'READ MORE ON',
        'Privacy Policy',
        'Home',
      ]) {
        expect(body).not.toContain(furniture);
      }
      expect(body).not.toMatch(/Updated: \d/);
    }
  });

  it('warns when the JSON-LD or itemprop dates disagree with the byline, keeping the byline', () => {
    const a = page('dd-stamps-disagree.html');
    expect(a.created?.text).toBe('14-06-2024 09:40 IST');
    expect(a.updated?.text).toBe('14-06-2024 10:15 IST');
    expect(a.warnings.map((w) => w.code)).toEqual(['stamp-mismatch', 'stamp-mismatch']);
    expect(a.warnings[0]?.message).toContain('JSON-LD datePublished "2024-06-14T09:10:00+05:30"');
    expect(a.warnings[1]?.message).toContain('itemprop dateModified "2024-06-14T10:45:00+05:30"');
    expect(page('dd-agency-caption.html').warnings).toEqual([]);
  });

  it('reads a blog byline as the author and FIRST PUBLISHED IN as the source', () => {
    const a = page('dd-blog.html');
    expect(a.author).toBe('Meera Krishnan');
    expect(a.agency).toBe('The Conversation');
    expect(a.location).toBeNull();
  });

  it('turns list items, table rows and an embedded tweet into paragraphs', () => {
    const a = page('dd-rich-body.html');
    expect(a.paragraphs).toContain('control rooms staffed round the clock in all 24 wards; and');
    expect(a.paragraphs).toContain('Year | Rainfall (mm) | Days of flooding');
    expect(a.paragraphs).toContain('2023 | 2,991 | 11');
    expect(a.paragraphs).toContain('— Mumbai Civic Desk (@MumbaiCivicDesk) June 14, 2024');
    expect(a.signOff).toBe('PTI SM NSK');
  });
});

describe('generic pages: the parts metadata does not state', () => {
  const page = (name: string) => parseArticle(readFileSync(join(FIXTURES, name)));

  it('takes the story in a plain box over a rail of teaser <article>s beside it', () => {
    const a = page('generic-teaser-rail.html');
    expect(a.paragraphs[0]).toMatch(/^NAIROBI, June 26 \(AFP\) - /);
    expect(a.paragraphs.join('\n')).not.toContain('Uganda');
    expect(a.location).toBe('Nairobi');
    expect(a.disclaimer).toMatch(/^\(This article has not been edited by Rift Valley Times staff/);
  });

  it('keeps a name-and-date line out of the body, so the dateline opens it', () => {
    const a = page('generic-meta-line.html');
    expect(a.paragraphs[0]).toMatch(/^SANTIAGO, June 28 \(Reuters\) - /);
    expect(a.paragraphs.join('\n')).not.toContain('Sofia Vargas ·');
    expect(a.agency).toBe('Reuters');
    expect(a.location).toBe('Santiago');
  });

  it('reads a printed "By … | Published …" line when the page states no metadata', () => {
    const html = readFileSync(join(FIXTURES, 'generic-printed-byline.html'), 'utf8');
    expect(html).not.toContain('<meta');
    expect(html).not.toContain('ld+json');
    const a = page('generic-printed-byline.html');
    expect(a.author).toBe('Ana Ruiz');
    expect(a.created?.text).toBe('26 July 2024 10:30 GMT');
    expect(a.created?.utc).toBe('2024-07-26T10:30:00Z');
  });

  it('reads <time datetime>, an update marked by the word before it, and no date a story mentions', () => {
    expect(page('generic-time-element.html').created?.utc).toBe('2024-07-26T10:30:00Z');
    const a = page('generic-time-updated.html');
    expect(a.created?.text).toBe('2024-08-01T07:10:00+02:00');
    expect(a.updated?.text).toBe('2024-08-01T11:45:00+02:00');
  });

  it('dates a story from a date printed alone under its headline', () => {
    const a = page('generic-date-only.html');
    expect(a.created).toEqual({
      text: 'Friday, 5 July 2024',
      iso: '2024-07-05',
      utc: null,
      zone: null,
    });
    expect(a.dateline?.date).toBe('2024-07-05');
    expect(a.warnings.map((w) => w.code)).toEqual(['stamp-date-only']);
  });

  it('drops the site name from og:title when the <h1> is the logo', () => {
    const html = readFileSync(join(FIXTURES, 'generic-logo-h1.html'), 'utf8');
    expect(html).toContain('<h1 class="logo">');
    expect(page('generic-logo-h1.html').headline).toBe('Floods shut schools across Assam');
  });

  it('leaves AMP ads, widgets and share buttons out of the body', () => {
    const body = page('generic-amp.html').paragraphs.join('\n');
    for (const furniture of [
      'Loading ad',
      'Ad could not be loaded',
      'Recommended for you',
      'WhatsApp',
    ]) {
      expect(body).not.toContain(furniture);
    }
  });
});

describe('Devdiscourse pages: lists only from the article column', () => {
  it('never takes a right-column link that starts "READ MORE ON:" for the tags', () => {
    const html = readFileSync(join(FIXTURES, 'dd-right-column-labels.html'), 'utf8');
    expect(html).toContain('>READ MORE ON: monsoon forecasts and farm output</a>');
    const a = parseArticle(html);
    expect(a.tags).toEqual([]);
    expect(a.countries).toEqual(['United States']);
  });
});

describe('detection by content', () => {
  it('reads HTML whatever the file is called', () => {
    const html = readFileSync(join(FIXTURES, 'dd-no-city.html'));
    const disguised = join(scratch, 'story.txt');
    writeFileSync(disguised, html);
    const { status, stdout, stderr } = cli([disguised]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const article = JSON.parse(stdout) as Article;
    expect(article.input.kind).toBe('html');
    expect(article.input.layout).toBe('devdiscourse-html');
    expectFields(article, expectedFor('dd-no-city.html'));
  });

  it('reads text as text even when the file is called .html', () => {
    const text = readFileSync('samples/devdiscourse-pti-caption.txt');
    const misnamed = join(scratch, 'story.html');
    writeFileSync(misnamed, text);
    const { status, stdout } = cli([misnamed]);
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as Article).input.kind).toBe('text');
  });

  it.each([
    ['saved-ie-comment.html', 'Ferry service to add winter crossings'],
    ['xml-comment-opening.html', 'Library reopens after roof repairs'],
  ])('reads a page that opens with a comment (%s) as HTML', (name, headline) => {
    const a = parseArticle(readFileSync(join(FIXTURES, name)));
    expect(a.input.kind).toBe('html');
    expect(a.headline).toBe(headline);
    for (const paragraph of a.paragraphs) expect(paragraph).not.toMatch(/<|saved from/);
    expect(a.paragraphs.length).toBeGreaterThan(0);
  });

  it('reads text that merely opens with a comment as text', () => {
    const a = parseArticle(
      '<!-- note -->\nRain expected\n\nIt will rain on Monday, forecasters said.\n',
    );
    expect(a.input.kind).toBe('text');
  });

  it('gives the CLI the same article as the library', () => {
    const file = join(FIXTURES, 'generic-graph.html');
    const { status, stdout } = cli(['--compact', file]);
    expect(status).toBe(0);
    expectFields(JSON.parse(stdout) as Article, expectedFor('generic-graph.html'));
  });
});

describe('the HTML machinery loads only for HTML', () => {
  // htmlparser2's parser names this callback; no other bundled code does.
  const MARKER = 'onopentagname';

  function loadedFiles(input: string): string[] {
    // Whoever loads the CLI's bundles reads them with fs.readFileSync; a preload names each.
    const preload = resolve('test/support/log-reads.cjs');
    const { status, stderr } = cli([input], { NODE_OPTIONS: `--require ${preload}` });
    expect(status).toBe(0);
    const files = [...stderr.matchAll(/^read-js (\S+\.js)$/gm)].map((m) => m[1] ?? '');
    return [...new Set(files)];
  }

  it('a text input never loads the parser; an HTML input does', () => {
    const holdsParser = (files: string[]) =>
      files.some((file) => readFileSync(file, 'utf8').includes(MARKER));
    const forText = loadedFiles('samples/devdiscourse-pti-caption.txt');
    expect(forText.length).toBeGreaterThan(0);
    expect(holdsParser(forText)).toBe(false);
    expect(holdsParser(loadedFiles(join(FIXTURES, 'dd-agency-caption.html')))).toBe(true);
  });
});

describe('feed text that still carries markup', () => {
  it('decodes entities and drops tags in a Devdiscourse text copy', () => {
    const a = parseArticle(readFileSync(join(FIXTURES, 'feed-markup-devdiscourse.txt')));
    expect(a.input.kind).toBe('text');
    expect(a.input.layout).toBe('devdiscourse-text');
    expect(a.paragraphs).toEqual([
      'Alappuzha, Aug 10 (PTI) More than two lakh people lined the banks of Punnamada Lake on Saturday for the Nehru Trophy Boat Race, organisers said.',
      'The race’s final was won by Veeyapuram Chundan & its crew of 110 rowers, who finished in 4 minutes 16 seconds.',
      'Chief Minister Pinarayi Vijayan said the race would be promoted as a “signature event” for the state’s tourism.',
    ]);
    expect(a.disclaimer).toBe(
      '(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)',
    );
  });

  it('decodes a wire copy that opens with <p> and keeps it text', () => {
    const a = parseArticle(readFileSync(join(FIXTURES, 'feed-markup-wire.txt')));
    expect(a.input.kind).toBe('text');
    expect(a.paragraphs).toEqual([
      'LONDON, June 20 (Reuters) - Britain’s FTSE 100 rose 0.4% on Thursday after the Bank of England held rates, with miners & banks leading gains.',
      'The mid-cap FTSE 250 index added 0.6%.',
    ]);
    expect(a.credits?.text).toBe('(Reporting by Amy Brooks; Editing by Sonia Cheema)');
    for (const paragraph of a.paragraphs) expect(paragraph).not.toMatch(/[<>]|&\w+;|&#\d+;/);
  });
});

describe('hostile HTML', () => {
  const DEPTH = 100_000;
  const story = '<p>PARIS, June 14 (AFP) - The text at the very bottom of a very deep page.</p>';

  it.each([
    ['<div>', '</div>'],
    ['<span>', '</span>'],
    ['<div>', ''],
    ['<table><tr><td>', '</td></tr></table>'],
    ['<ul><li>', '</li></ul>'],
  ])('survives a page nested %s 100,000 levels deep', (open, close) => {
    const html = `<!doctype html><html><head><title>Deep</title></head><body><h1>A deep page</h1>${open.repeat(DEPTH)}${story}${close.repeat(DEPTH)}</body></html>`;
    const a = parseArticle(html);
    expect(a.input.kind).toBe('html');
    expect(a.headline).toBe('A deep page');
    expect(a.paragraphs).toEqual([
      'PARIS, June 14 (AFP) - The text at the very bottom of a very deep page.',
    ]);
    expect(a.dateline?.agency).toBe('AFP');
  });

  it('survives a deep page through the CLI', () => {
    const file = join(scratch, 'deep.html');
    writeFileSync(file, `<html><body><h1>Deep</h1>${'<div>'.repeat(DEPTH)}${story}</body></html>`);
    const { status, stdout, stderr } = cli(['--compact', file]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as Article).paragraphs).toHaveLength(1);
  });

  it('reads a page with no article at all as an article with warnings, not an error', () => {
    const a = parseArticle(
      '<!doctype html><html><head><title>Nothing</title></head><body></body></html>',
    );
    expect(a.input.kind).toBe('html');
    expect(a.headline).toBe('Nothing');
    expect(a.paragraphs).toEqual([]);
    expect(a.warnings.map((w) => w.code)).toContain('no-body');
  });
});
