/**
 * Fast paths held to the plain patterns they stand for: each is rewritten for speed (a scan from
 * the end, one pass instead of three), so arbitrary strings must give what the pattern gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsWithOpenStamp } from '../src/sites/devdiscourse/byline.js';
import { collapseSpaces, countWords, isCjk, isLetterOrDigit, toLines } from '../src/text/clean.js';
import { readStamp } from '../src/time/reading.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261126);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

/** Strings made of the pieces the pattern is about, with any other character now and then. */
function piecesOf(pieces: readonly string[], maxLength = 12): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 2 })), {
      maxLength,
    })
    .map((parts) => parts.join(''));
}

describe('endsWithOpenStamp', () => {
  const OPEN_STAMP = /(?:updated|created)\s*:[\d\s/.-]*$/i;
  const pieces = [
    'Updated',
    'updated',
    'CREATED',
    'Created',
    'upDated',
    'reupdated',
    ':',
    ' ',
    '  ',
    '\u00a0',
    '\t',
    '\u2028',
    '12',
    '-',
    '/',
    '.',
    '|',
    'IST',
    'x',
    '\u0130',
    '\u212a',
    '\u017f',
  ];

  it('agrees with the unanchored pattern on arbitrary lines', () => {
    fc.assert(
      fc.property(piecesOf(pieces), (line) => {
        expect(endsWithOpenStamp(line)).toBe(OPEN_STAMP.test(line));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('reads the usual shapes', () => {
    expect(endsWithOpenStamp('PTI | Delhi | Updated: 18-06-2024 19:05 IST | Created:')).toBe(true);
    expect(endsWithOpenStamp('PTI | Delhi | Created: 18-06-2024')).toBe(true);
    expect(endsWithOpenStamp('Created : ')).toBe(true);
    expect(endsWithOpenStamp('PTI | Delhi | Created: 18-06-2024 19:05 IST')).toBe(false);
    expect(endsWithOpenStamp('The rules were updated: 12.')).toBe(true);
    expect(endsWithOpenStamp('It was outdated: 12')).toBe(false);
    expect(endsWithOpenStamp('')).toBe(false);
  });
});

describe('spacing', () => {
  // The passes as first written: every line break a space, odd spaces spaces, invisibles gone,
  // runs of spaces one, ends trimmed; lines split on any break, a run of blank lines kept as one.
  const collapseReference = (text: string): string =>
    text
      .replace(/\r\n|[\n\r\u0085\u2028\u2029]/g, ' ')
      .replace(/[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
      .replace(/[\u200b\u2060\ufeff\u00ad]/g, '')
      .replace(/ {2,}/g, ' ')
      .trim();
  const linesReference = (text: string): string[] =>
    text
      .split(/\r\n|[\n\r\u0085\u2028\u2029]/)
      .map(collapseReference)
      .filter((line, i, all) => line !== '' || all[i - 1] !== '');
  const text = piecesOf(
    [
      ' ',
      '  ',
      '\n',
      '\r\n',
      '\r',
      '\n\n',
      '\t',
      '\u00a0',
      '\u200b',
      '\u00ad',
      '\u2028',
      '\u0085',
      '\u3000',
      '\ufeff',
      'word',
      'Word.',
      '\u201cq\u201d',
    ],
    30,
  );

  it('collapseSpaces agrees with the passes it stands for', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(collapseSpaces(value)).toBe(collapseReference(value));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('toLines agrees with splitting and collapsing each line', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(toLines(value)).toEqual(linesReference(value));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('the byline stamp read in one step', () => {
  const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
  const bylineStamp = fc
    .tuple(two(39), two(19), fc.integer({ min: 1000, max: 2999 }), two(29), two(69))
    .chain(([day, month, year, hour, minute]) =>
      fc
        .constantFrom('IST', 'EDT', 'UTC', 'Z', 'CST', 'ABCDE', 'XY')
        .map((zone) => `${day}-${month}-${year} ${hour}:${minute} ${zone}`),
    );

  it('gives what the general reading gives', () => {
    fc.assert(
      fc.property(bylineStamp, fc.constantFrom(undefined, 'IST'), (text, assumeZone) => {
        const options = assumeZone ? { field: 'updated', assumeZone } : { field: 'updated' };
        // A tab where the space was: the same stamp, which only the general reading takes.
        const general = readStamp(text.replace(' ', '\t'), options);
        const fast = readStamp(text, options);
        expect(JSON.stringify(fast).replaceAll('\\t', ' ')).toBe(
          JSON.stringify(general).replaceAll('\\t', ' '),
        );
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('countWords word by word', () => {
  // The count as first written: one pass over every character, a word counted at its first
  // letter or digit after a space; each CJK character a word of its own.
  function countReference(paragraphs: readonly string[]): number {
    let count = 0;
    for (const paragraph of paragraphs) {
      let counted = false;
      for (let i = 0; i < paragraph.length; i++) {
        const code = paragraph.codePointAt(i) ?? 0;
        if (code > 0xffff) i++;
        if (code === 0x20) {
          counted = false;
        } else if (isCjk(code)) {
          counted = false;
          count++;
        } else if (!counted && isLetterOrDigit(code)) {
          counted = true;
          count++;
        }
      }
    }
    return count;
  }
  const paragraph = piecesOf(
    [
      ' ',
      '  ',
      'word',
      'W2',
      '2',
      '\u2014',
      '\u201cq\u201d',
      '\u2026',
      '-',
      '\u092e\u093e',
      '\u00e7a',
      '\ud835\udc01',
      '\ud83d\ude00',
      '\u4e1c\u4eac',
      '\u30ab\u30bf\u30fb',
      '\ud55c\uad6d',
      '\u3002',
      '\ud840\udc00',
      '\u00a0',
      '.',
      "'",
    ],
    20,
  );

  it('agrees with the pass over every character', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 4 }), (paragraphs) => {
        expect(countWords(paragraphs)).toBe(countReference(paragraphs));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
