import { readFileSync } from 'node:fs';
import { Lexer, marked, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseArticle, type Article } from '../src/index.js';
import { createRenderer } from '../src/render/index.js';
import { escapeMarkdown, renderMarkdown, yamlString } from '../src/render/markdown.js';

const DIR = 'test/fixtures/render';
const FIXTURES = ['wide-story', 'markup-story', 'no-picture'];

function load(name: string): Article {
  const path = `${DIR}/${name}.txt`;
  return parseArticle(readFileSync(path), { path });
}

/** Front matter and body of one document. */
function split(doc: string): { meta: Record<string, unknown>; body: string } {
  expect(doc.startsWith('---\n')).toBe(true);
  const end = doc.indexOf('\n---\n', 4);
  expect(end).toBeGreaterThan(0);
  const meta = parseYaml(doc.slice(4, end), { strict: true }) as Record<string, unknown>;
  return { meta, body: doc.slice(end + 5) };
}

/** What a reader sees of a block: its text with markup resolved. */
function plain(html: string): string {
  return html
    .replace(/<[^<>]*>/g, '')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .trim();
}

describe('Markdown', () => {
  it.each(FIXTURES)('%s matches its reviewed rendering', async (name) => {
    await expect(renderMarkdown(load(name))).toMatchFileSnapshot(`expected/render/${name}.md`);
  });

  it.each(FIXTURES)('%s: the front matter is valid YAML holding the metadata', (name) => {
    const article = load(name);
    const { meta } = split(renderMarkdown(article));
    expect(meta).toMatchObject({
      headline: article.headline,
      summary: article.summary,
      agency: article.agency,
      author: article.author,
      location: article.location,
      created: article.created?.iso ?? null,
      updated: article.updated?.iso ?? null,
      countries: article.countries,
      tags: article.tags,
      wordCount: article.wordCount,
      schemaVersion: article.schemaVersion,
      input: { path: article.input.path, kind: article.input.kind, layout: article.input.layout },
    });
    expect(meta.warnings ?? []).toEqual(article.warnings);
    expect(meta.image ?? null).toEqual(article.image);
  });

  it.each(FIXTURES)('%s: a Markdown reader sees the story as written', (name) => {
    const article = load(name);
    const tokens = Lexer.lex(split(renderMarkdown(article)).body).filter(
      (t: Token) => t.type !== 'space',
    );
    const blocks = tokens.map((t) => ({ type: t.type, text: plain(marked.parser([t])) }));
    const expected = [
      { type: 'heading', text: article.headline },
      ...(article.summary ? [{ type: 'blockquote', text: article.summary }] : []),
      ...article.paragraphs.map((text) => ({ type: 'paragraph', text })),
      ...(article.credits ? [{ type: 'paragraph', text: article.credits.text }] : []),
      ...(article.signOff ? [{ type: 'paragraph', text: article.signOff }] : []),
      ...(article.disclaimer ? [{ type: 'paragraph', text: article.disclaimer }] : []),
    ];
    expect(blocks).toEqual(expected);
  });

  it('picks out the dateline in bold and sets the disclaimer in italics', () => {
    const html = marked.parse(split(renderMarkdown(load('markup-story'))).body, { async: false });
    expect(html).toContain('<p><strong>New Delhi [India], February 5 (ANI)</strong>: The finance');
    expect(html).toContain('<p><em>(This story has not been edited by Devdiscourse staff');
  });

  it('keeps a headline with quotes, a colon and hashes one YAML string and one heading', () => {
    const doc = renderMarkdown(load('markup-story'));
    expect(doc).toContain(
      'headline: "\\"Budget 2.0\\": Minister Says #1 Priority Is Jobs, Not *Targets* or [Quotas] #"',
    );
    expect(doc).toContain(
      '# "Budget 2.0": Minister Says #1 Priority Is Jobs, Not \\*Targets\\* or \\[Quotas\\] \\#',
    );
  });

  it('escapes only what Markdown would read as markup', () => {
    expect(escapeMarkdown('1. Capital spending')).toBe('1\\. Capital spending');
    expect(escapeMarkdown('2024) was a year')).toBe('2024\\) was a year');
    expect(escapeMarkdown('3.5 million people')).toBe('3.5 million people');
    expect(escapeMarkdown('# of posts')).toBe('\\# of posts');
    expect(escapeMarkdown('- dash')).toBe('\\- dash');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('_a_b_ *c* `d` <e> [f] ~g~ \\h')).toBe(
      '\\_a_b\\_ \\*c\\* \\`d\\` \\<e> \\[f\\] \\~g\\~ \\\\h',
    );
    expect(escapeMarkdown("Plain text, with 'quotes' — and dashes.")).toBe(
      "Plain text, with 'quotes' — and dashes.",
    );
  });

  it('writes YAML strings that a YAML reader gives back unchanged', () => {
    for (const text of [
      'a: b',
      '"quoted"',
      "it's",
      '# not a comment',
      '- not a list',
      'yes',
      'null',
      '12:30',
      'tab\there',
      'line\u2028separator',
      'C1\u0085control\u009b',
      '東京 🎉',
      'back\\slash',
    ]) {
      expect(parseYaml(`key: ${yamlString(text)}`, { strict: true })).toEqual({ key: text });
    }
  });

  it('opens each document in a stream with its own front matter', async () => {
    const renderer = await createRenderer('md', {
      compact: false,
      color: true,
      width: 80,
      tz: 'UTC',
    });
    const names = ['no-picture', 'wide-story'];
    const text =
      renderer.start() + names.map((n) => renderer.article(load(n))).join('') + renderer.end();
    expect(renderer.extension).toBe('.md');
    expect(text).not.toContain('\u001b');
    const docs = text.split('\n\n---\n');
    expect(docs).toHaveLength(2);
    expect(split(docs[0] ?? '').meta.headline).toBe(load('no-picture').headline);
    expect(split(`---\n${docs[1] ?? ''}`).meta.headline).toBe(load('wide-story').headline);
  });
});
