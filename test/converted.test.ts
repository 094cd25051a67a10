/**
 * Copies as people really make them — browser copy-paste, lynx, w3m, pandoc and html2text dumps,
 * raw wire copy, republished stories — written with their expected fields by a reviewer who had
 * not read the parser. Every listed field must come out as expected.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article, Timestamp } from '../src/index.js';
import { parseArticle } from '../src/index.js';

const FIELDS = [
  'headline',
  'summary',
  'agency',
  'author',
  'location',
  'updated',
  'created',
  'countries',
  'image',
  'dateline',
  'paragraphs',
  'disclaimer',
  'credits',
  'signOff',
  'tags',
] as const;

type Expected = Record<(typeof FIELDS)[number], unknown>;

const stamp = (t: Timestamp | { text: string; utc: string | null } | null) =>
  t === null ? null : { text: t.text, utc: t.utc };

function comparable(article: Article, expected: Expected, field: (typeof FIELDS)[number]) {
  const value = article[field];
  if (field === 'updated' || field === 'created') {
    return [stamp(value as Timestamp | null), stamp(expected[field] as Timestamp | null)];
  }
  // Where the reviewer wrote only the credit line's text, only its text is compared.
  const wanted = expected[field];
  if (
    field === 'credits' &&
    value &&
    typeof wanted === 'object' &&
    wanted &&
    !('roles' in wanted)
  ) {
    return [{ text: article.credits?.text }, wanted];
  }
  return [value, wanted];
}

const names = readdirSync('test/fixtures/converted')
  .filter((name) => name.endsWith('.txt'))
  .sort();

describe('copies made by people and converters', () => {
  it('has the reviewed set', () => {
    expect(names.length).toBeGreaterThanOrEqual(20);
  });

  it.each(names)('%s', (name) => {
    const article = parseArticle(readFileSync(`test/fixtures/converted/${name}`));
    const expected = JSON.parse(
      readFileSync(`test/expected/converted/${name.replace(/\.txt$/, '.json')}`, 'utf8'),
    ) as Expected;
    for (const field of FIELDS) {
      const [got, wanted] = comparable(article, expected, field);
      expect({ field, value: got }).toEqual({ field, value: wanted });
    }
  });
});
