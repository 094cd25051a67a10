import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LetterPattern, latin1Twin } from '../src/text/letters.js';

const letterPattern = (re: RegExp): LetterPattern => new LetterPattern(() => re, latin1Twin(re));

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
        const pattern = letterPattern(re);
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
        expect(letterPattern(re).test(s)).toBe(re.test(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('knows capitals of every script', () => {
    const name = letterPattern(PATTERNS[0] as RegExp);
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
    expect(() => letterPattern(/\p{L}/gu)).toThrow();
  });
});

/** Every `new LetterPattern(() => /unicode/u, /twin/)` in src/, read from the syntax tree. */
function letterPatternsInSource(): { where: string; unicode: string; twin: string }[] {
  const found: { where: string; unicode: string; twin: string }[] = [];
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.ts'),
  );
  for (const file of files) {
    const path = join('src', file);
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node) && node.expression.getText(source) === 'LetterPattern') {
        const [make, twin] = node.arguments ?? [];
        const where = `${path}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
        // Both arguments must be literals written out, or the check below could not see them.
        if (
          make === undefined ||
          !ts.isArrowFunction(make) ||
          !ts.isRegularExpressionLiteral(make.body) ||
          twin === undefined ||
          !ts.isRegularExpressionLiteral(twin)
        ) {
          throw new Error(`${where}: expected new LetterPattern(() => /…/u, /…/)`);
        }
        found.push({ where, unicode: make.body.getText(source), twin: twin.getText(source) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

const literal = (text: string): RegExp => {
  const end = text.lastIndexOf('/');
  return new RegExp(text.slice(1, end), text.slice(end + 1));
};

describe('the Latin-1 twins written in src/', () => {
  it('are latin1Twin of their Unicode patterns', () => {
    const patterns = letterPatternsInSource();
    expect(patterns.length).toBeGreaterThan(10);
    for (const { where, unicode, twin } of patterns) {
      const expected = latin1Twin(literal(unicode));
      expect(`/${literal(twin).source}/${literal(twin).flags}`, where).toBe(
        `/${expected.source}/${expected.flags}`,
      );
    }
  });
});
