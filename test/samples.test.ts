import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

// Each text sample has a reviewed expected output; every field of every sample is compared.
const samples = readdirSync('samples')
  .filter((name) => name.endsWith('.txt'))
  .sort();

describe('samples', () => {
  it('has at least one text sample per variant', () => {
    expect(samples.length).toBeGreaterThanOrEqual(10);
  });

  it.each(samples)('%s matches its expected output field by field', (name) => {
    const expected = JSON.parse(
      readFileSync(`test/expected/${name.replace(/\.txt$/, '.json')}`, 'utf8'),
    ) as Record<string, unknown>;
    const actual = parseArticle(readFileSync(`samples/${name}`), {
      path: `samples/${name}`,
    }) as unknown as Record<string, unknown>;
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    for (const field of Object.keys(expected)) {
      expect({ field, value: actual[field] }).toEqual({ field, value: expected[field] });
    }
  });
});
