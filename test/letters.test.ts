import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LetterPattern, latin1Twin } from '../src/text/letters.js';

// One of each construct the wire patterns use: property classes inside and outside a class,
// negated in a lookbehind, with the i flag, under a counted quantifier, beside literal punctuation.
const PATTERNS: readonly RegExp[] = [
  /^[\p{Lu}\p{Lt}][\p{L}\p{M}.'’-]*(?: [\p{Lu}\p{Lt}][\p{L}\p{M}.'’-]*){0,3}$/u,
  /^by\s+(\p{L}[^|]{1,12})$/iu,
  /(?<![\p{L}\p{M}])[\p{Lu}\p{Lt}]\.$/u,
  /^([\p{Lu}\p{Lt}][\p{Lu}\p{Lt}\p{M}.'’/ -]{1,10}?)\s*(?:[:—–]|\s-)\s+/u,
  / (?:in|at) [\p{Lu}\p{Lt}]/u,
];

// Every Latin-1 character and some general punctuation, then the same with letters beyond.
const latin1 = fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c));
const punctuation = fc.constantFrom('’', '‘', '“', '—', '–', '…');
const typical = fc.constantFrom('B', 'y', 'b', ' ', ' ', '.', '-', 'I', 'n', 'a', 'A', 'É', 'ö');
const beyond = fc.constantFrom(
  'Ł',
  'ł',
  'Ş',
  'İ',
  'ı',
  'Ộ',
  'Ω',
  'ω',
  'Ж',
  'ж',
  '\u0301',
  'ǅ',
  '𝐀',
);
const text = (...units: fc.Arbitrary<string>[]) =>
  fc.string({ unit: fc.oneof(...units), maxLength: 16 });

describe('LetterPattern', () => {
  it('matches as its Unicode pattern on Latin-1 text, by the narrowed twin', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATTERNS), text(latin1, punctuation, typical), (re, s) => {
        expect(latin1Twin(re).exec(s)?.[0]).toBe(re.exec(s)?.[0]);
        const pattern = new LetterPattern(re);
        expect(pattern.test(s)).toBe(re.test(s));
        expect(pattern.exec(s)?.[0]).toBe(re.exec(s)?.[0]);
        expect(pattern.search(s)).toBe(s.search(re));
      }),
      { numRuns: 3000 },
    );
  });

  it('matches as its Unicode pattern on text with letters beyond Latin-1', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATTERNS), text(typical, beyond), (re, s) => {
        expect(new LetterPattern(re).test(s)).toBe(re.test(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('knows capitals of every script', () => {
    const name = new LetterPattern(PATTERNS[0] as RegExp);
    for (const s of ['Łukasz Nowak', 'Şule Kaya', 'Ελένη', 'Дмитрий', 'Nguyễn Thị', 'José Díaz'])
      expect(name.test(s), s).toBe(true);
    for (const s of ['łukasz', 'şule', '42 Ave', '“Quoted”']) expect(name.test(s), s).toBe(false);
  });

  it('narrows the classes inside and outside brackets', () => {
    expect(latin1Twin(/^\p{L}[\p{Lu}\p{Lt}\p{M}.]$/iu).source).toBe(
      '^[A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff][A-Z\\u00c0-\\u00d6\\u00d8-\\u00de.]$',
    );
    expect(latin1Twin(/\p{L}/iu).flags).toBe('i');
  });

  it('refuses a pattern with state', () => {
    expect(() => new LetterPattern(/\p{L}/gu)).toThrow();
  });
});
