import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseArticle, type Article, type CreditRole } from '../src/index.js';
import {
  CSV_COLUMNS,
  LIST_SEPARATOR,
  PARAGRAPH_SEPARATOR,
  csvField,
  csvHeader,
  csvRecord,
  neutralised,
} from '../src/render/csv.js';
import { createRenderer } from '../src/render/index.js';

const DIR = 'test/fixtures/render';
const FIXTURES = ['wide-story', 'markup-story', 'no-picture'];

function load(name: string): Article {
  const path = `${DIR}/${name}.txt`;
  return parseArticle(readFileSync(path), { path });
}

/** The value at a JSON path such as "created.utc", as the CSV cell should hold it. */
function expectedCell(article: Article, path: string): string {
  let value: unknown = article;
  for (const key of path.split('.')) {
    value = value === null ? null : (value as Record<string, unknown>)[key];
  }
  if (value === null || value === undefined) return '';
  if (path === 'paragraphs') return (value as string[]).join(PARAGRAPH_SEPARATOR);
  if (path === 'warnings') return article.warnings.map((w) => w.code).join(LIST_SEPARATOR);
  if (path === 'credits.roles') {
    return (value as CreditRole[])
      .map((r) => `${r.role}: ${r.names.join(', ')}`)
      .join(LIST_SEPARATOR);
  }
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function rows(text: string): string[][] {
  return parse(text, { relax_column_count: false, record_delimiter: '\r\n' });
}

describe('CSV', () => {
  it('names its columns by JSON path, every field of the article included', () => {
    const names = CSV_COLUMNS.map((c) => c.name);
    expect(names.slice(0, 10)).toEqual([
      'schemaVersion',
      'headline',
      'summary',
      'agency',
      'author',
      'location',
      'updated.text',
      'updated.iso',
      'updated.utc',
      'updated.zone',
    ]);
    const article = load('wide-story');
    const leaves = (value: unknown, prefix: string): string[] =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
        : [prefix];
    // Every leaf of a full article is a column (the credit roles list is one column).
    const withCredits: Article = { ...article, credits: { text: 'x', roles: [] } };
    expect(names).toEqual(leaves(withCredits, ''));
  });

  it.each(FIXTURES)('%s matches its reviewed rendering', async (name) => {
    const text = csvHeader() + csvRecord(load(name));
    await expect(text).toMatchFileSnapshot(`expected/render/${name}.csv`);
  });

  it('turns a batch into one table that a CSV parser reads back field by field', async () => {
    const renderer = await createRenderer('csv', {
      compact: false,
      color: true,
      width: 80,
      tz: 'UTC',
    });
    const articles = FIXTURES.map(load);
    const text =
      renderer.start() + articles.map((a) => renderer.article(a)).join('') + renderer.end();
    expect(renderer.extension).toBe('.csv');
    expect(text).not.toContain('\u001b');
    const [header, ...records] = rows(text);
    expect(header).toEqual(CSV_COLUMNS.map((c) => c.name));
    expect(records).toHaveLength(articles.length);
    records.forEach((record, i) => {
      const article = articles[i] as Article;
      const names = header ?? [];
      expect(Object.fromEntries(record.map((cell, j) => [names[j], cell]))).toEqual(
        Object.fromEntries(names.map((name) => [name, expectedCell(article, name)])),
      );
      const paragraphs = record[names.indexOf('paragraphs')]?.split(PARAGRAPH_SEPARATOR);
      expect(paragraphs).toEqual(article.paragraphs);
    });
  });

  it('ends every record with CRLF and quotes only the fields that need it', () => {
    const text = csvHeader() + csvRecord(load('no-picture'));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(3);
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\n\nlines')).toBe('"two\n\nlines"');
    expect(csvField(' edge')).toBe('" edge"');
    expect(csvField(null)).toBe('');
    expect(csvField(2)).toBe('2');
  });

  it('writes one table for several inputs from the command line', () => {
    const text = execFileSync(
      process.execPath,
      ['bin/parse-article.js', '-f', 'csv', ...FIXTURES.map((n) => `${DIR}/${n}.txt`)],
      {
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const [header, ...records] = rows(text);
    expect(header).toEqual(CSV_COLUMNS.map((c) => c.name));
    const headlines = records.map((r) => r[CSV_COLUMNS.findIndex((c) => c.name === 'headline')]);
    expect(headlines).toEqual(FIXTURES.map((n) => load(n).headline));
  });
});

describe('cells a spreadsheet would run', () => {
  it('are shown as text: a leading apostrophe before = + - @, a tab or a carriage return', () => {
    for (const cell of [
      '=HYPERLINK("http://x","y")',
      '+1-555',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
    ]) {
      expect(neutralised(cell)).toBe(`'${cell}`);
    }
    for (const cell of ['Monsoon', '', ' =1', 3, null]) expect(neutralised(cell)).toBe(cell);
    const article: Article = {
      ...load('no-picture'),
      headline: '=cmd|"/c calc"!A1',
      signOff: '--IANS aal/dpb',
    };
    const [, row] = rows(csvHeader() + csvRecord(article));
    const column = (name: string): number => CSV_COLUMNS.findIndex((c) => c.name === name);
    expect(row?.[column('headline')]).toBe(`'=cmd|"/c calc"!A1`);
    expect(row?.[column('signOff')]).toBe(`'--IANS aal/dpb`);
    expect(row?.[column('wordCount')]).toBe(String(article.wordCount));
    const [, raw] = rows(csvHeader() + csvRecord(article, true));
    expect(raw?.[column('headline')]).toBe('=cmd|"/c calc"!A1');
  });
});
