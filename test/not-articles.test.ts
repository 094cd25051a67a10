import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, parseArticle, type Article } from '../src/index.js';
import { renderMarkdown } from '../src/render/markdown.js';

const DIR = 'test/fixtures/not-articles';
const bytesOf = (name: string): Buffer => readFileSync(`${DIR}/${name}`);

describe('inputs that are not articles are refused by name', () => {
  it.each([
    ['rss.xml', 'not an article: an RSS feed, many articles; read it with parseFeed'],
    ['atom.xml', 'not an article: an Atom feed, many articles; read it with parseFeed'],
    ['story.json', 'not an article: a JSON document'],
    ['stories.ndjson', 'not an article: JSON Lines'],
    ['message.eml', 'not an article: an e-mail message'],
    ['base64.eml', 'not an article: an e-mail message'],
  ])('%s: %s', (name, reason) => {
    expect(() => parseArticle(bytesOf(name))).toThrow(new InputError('not-article', reason));
  });

  it('refuses our own JSON output', () => {
    const article = parseArticle(readFileSync('samples/devdiscourse-pti-caption.txt'));
    expect(() => parseArticle(JSON.stringify(article, null, 2))).toThrow(
      new InputError('not-article', 'not an article: a JSON document'),
    );
  });

  it('still reads a story pasted with mail headers at its top (a forwarded copy)', () => {
    const a = parseArticle(readFileSync('test/fixtures/converted/email-forward-reuters.txt'));
    expect(a.agency).toBe('Reuters');
    expect(a.paragraphs.length).toBeGreaterThan(0);
  });

  it('still reads text that opens with a bracket or a brace', () => {
    const a = parseArticle(
      '[Updated] Council approves bus routes\n\nThe council approved three routes.\n',
    );
    expect(a.paragraphs).toEqual(['The council approved three routes.']);
  });

  it('gives such failures their own code, as the --errors records carry it', () => {
    expect(() => parseArticle(bytesOf('story.json'))).toThrow(
      expect.objectContaining({ code: 'not-article' }),
    );
  });

  it('reports it in one line through the CLI, exit 1', () => {
    const result = spawnSync(process.execPath, ['bin/parse-article.js', `${DIR}/story.json`], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `parse-article: ${DIR}/story.json: not an article: a JSON document\n`,
    );
  });
});

describe('Markdown is read as the text it shows', () => {
  it('takes "# Title" as the headline and leaves the front matter and marks out', () => {
    const a = parseArticle(bytesOf('front-matter.md'));
    expect(a.headline).toBe('Council approves new bus routes');
    expect(a.paragraphs).toEqual([
      'The city council on Tuesday approved three new bus routes, the mayor said, adding that services would start in March.',
      '"This is the biggest change to the network in a decade," she said.',
      'Route 12 will link the station with the airport for the first time.',
    ]);
    expect(JSON.stringify(a)).not.toMatch(/---|title:|tags:|\*\*/);
  });

  const samples = readdirSync('samples').filter((name) => /\.(?:txt|html)$/.test(name));

  // The summary, a quote under the heading, comes back as the summary or, where the layout
  // has no place for one, as the opening paragraph.
  it.each(samples)('our own Markdown of %s reads back to its headline and paragraphs', (name) => {
    const article = parseArticle(readFileSync(`samples/${name}`));
    const again = parseArticle(renderMarkdown(article));
    expect(again.headline).toBe(article.headline);
    const text = (a: Article) => [a.summary ?? '', ...a.paragraphs].filter(Boolean);
    expect(text(again)).toEqual(text(article));
  });
});
