import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, parseArticle, type Article } from '../src/index.js';
import { repairDoubleDecoding, repairLatin1Punctuation } from '../src/read/repair.js';

// Real files, written once by make.mjs in the same folder: one story in every encoding, the
// ways text gets mangled, and files that are not text.
const DIR = 'test/fixtures/encoding';
const bytesOf = (name: string): Buffer => readFileSync(`${DIR}/${name}`);
const parse = (name: string): Article => parseArticle(bytesOf(name), { path: name });
const codes = (article: Article): string[] => article.warnings.map((w) => w.code);

/** The article as the reference copy reads, but for where the bytes came from. */
function expectSameStory(actual: Article, reference: Article): void {
  expect({ ...actual, input: reference.input, warnings: reference.warnings }).toEqual(reference);
}

const story = parse('story.utf8.txt');

describe('the reference copy (UTF-8)', () => {
  it('reads as the story it is, typography intact', () => {
    expect(story.input.encoding).toBe('utf-8');
    expect(story.headline).toBe('Café Owners in Pune Protest “Steep” Rise in Milk Price');
    expect(story.agency).toBe('PTI');
    expect(story.location).toBe('Pune');
    expect(story.countries).toEqual(['India']);
    expect(story.image).toEqual({ caption: 'Representative Image.', credit: 'ANI' });
    expect(story.paragraphs).toContain(
      '“We have kept our prices for six years… now we cannot,” said Farhad Irani, whose café near the station opened in 1921.',
    );
    expect(story.paragraphs.join(' ')).toContain('worth about €2 for every 100 litres');
    expect(story.disclaimer).toMatch(/^\(This story has not been edited/);
    expect(codes(story)).not.toContain('encoding-repaired');
  });
});

describe('every encoding that is read gives the same article', () => {
  it.each([
    ['story.utf8-bom-crlf.txt', 'utf-8'],
    ['story.utf16le.txt', 'utf-16le'],
    ['story.utf16be.txt', 'utf-16be'],
    ['story.windows-1252.txt', 'windows-1252'],
  ] as const)('%s is read as %s', (name, encoding) => {
    const article = parse(name);
    expect(article.input.encoding).toBe(encoding);
    expect(article.input.bytes).toBe(bytesOf(name).length);
    expect(article.warnings).toEqual(story.warnings);
    expectSameStory(article, story);
  });

  it('reads Latin-1 as Windows-1252, which shares its printable range', () => {
    const reference = parse('latin1-story.utf8.txt');
    const article = parse('latin1-story.latin1.txt');
    expect(article.input.encoding).toBe('windows-1252');
    expect(article.headline).toBe("Zürich Café Wins Award for Señora Ruiz's Recipe");
    expect(article.paragraphs.join(' ')).toContain('called the dessert «parfait»');
    expect(article.paragraphs.join(' ')).toContain('220 °C');
    expectSameStory(article, reference);
  });

  it.each(['unicode-story.utf16le.txt', 'unicode-story.utf16be.txt'])(
    '%s keeps characters beyond any single-byte encoding',
    (name) => {
      const reference = parse('unicode-story.utf8.txt');
      const article = parse(name);
      expect(article.paragraphs.join(' ')).toContain('a cup of “चाय” to ₹15');
      expect(article.paragraphs.join(' ')).toContain('Customers 😊 took it calmly');
      expectSameStory(article, reference);
    },
  );
});

describe('text mangled on its way is repaired when that is certain', () => {
  it.each(['story.double-decoded.txt', 'story.double-decoded-bom.txt'])(
    '%s: UTF-8 that was read as Windows-1252 once already',
    (name) => {
      expect(bytesOf(name).toString('utf8')).toContain('cityâ€™s');
      const article = parse(name);
      expect(article.input.encoding).toBe('utf-8');
      expect(codes(article)).toContain('encoding-repaired');
      expectSameStory(article, story);
    },
  );

  it('Windows-1252 punctuation that went through Latin-1 (control characters U+0080–U+009F)', () => {
    expect(bytesOf('story.c1-punctuation.txt').toString('utf8')).toContain('city\u0092s');
    const article = parse('story.c1-punctuation.txt');
    expect(codes(article)).toContain('encoding-repaired');
    expectSameStory(article, story);
  });

  it('drops a stray control character or two, and says so', () => {
    const article = parse('story.stray-controls.txt');
    expect(article.warnings).toContainEqual({
      code: 'control-characters-dropped',
      message: '2 control characters dropped',
    });
    expectSameStory(article, story);
  });

  it('leaves alone a copy that mixes mojibake with characters typed right', () => {
    const article = parse('mixed-mojibake.txt');
    expect(codes(article)).not.toContain('encoding-repaired');
    expect(article.paragraphs[0]).toContain('Owners of the cityâ€™s old Irani cafés');
    expect(article.headline).toBe(story.headline);
  });

  it.each([
    ['Itâ€™s done', 'It’s done'],
    ['â‚¬5 for a cafÃ© au lait', '€5 for a café au lait'],
    ['â€œQuotedâ€\u009d', '“Quoted”'],
    ['Itâ\u0080\u0099s Latin-1 flavoured', 'It’s Latin-1 flavoured'],
    ['à¤šà¤¾à¤¯', 'चाय'],
  ])('repairs %j', (broken, repaired) => {
    expect(repairDoubleDecoding(broken)).toBe(repaired);
  });

  it.each([
    'plain ASCII',
    'naïve café',
    'Itâ€™s mixed with it’s',
    'Ã© next to an emoji 😊',
    'â€ cut short',
  ])('leaves %j alone', (text) => {
    expect(repairDoubleDecoding(text)).toBeNull();
  });

  it('maps C1 characters back only when each one means something in Windows-1252', () => {
    expect(repairLatin1Punctuation('It\u0092s \u0093so\u0094 \u0080')).toBe('It’s “so” €');
    expect(repairLatin1Punctuation('no controls')).toBeNull();
    expect(repairLatin1Punctuation('undefined \u0081 byte')).toBeNull();
    // NEL alone is a line break, not evidence.
    expect(repairLatin1Punctuation('a line\u0085break')).toBeNull();
  });
});

describe('what is not text is an error, with a reason a person understands', () => {
  const invalidAt = Buffer.byteLength(readFileSync(`${DIR}/story.utf8.txt`, 'utf8').slice(0, 300));

  it.each([
    ['empty.txt', 'empty file'],
    ['blank.txt', 'no text: only white space'],
    ['nul-bytes.txt', 'not text: binary data (NUL bytes)'],
    ['random.bin', 'not text: binary data (NUL bytes)'],
    ['utf16le-no-bom.txt', 'not text: UTF-16 without a byte-order mark (save it as UTF-8)'],
    ['utf16le-odd-length.txt', 'not text: invalid UTF-16LE (odd length or broken surrogate pairs)'],
    ['utf32le.txt', 'not text: UTF-32, which is not supported (save it as UTF-8)'],
    ['image.png', 'not text: a PNG image'],
    ['archive.zip', 'not text: a ZIP archive (or a document stored as one)'],
    ['document.pdf', 'not text: a PDF document'],
    ['invalid-utf8.txt', `not text: invalid UTF-8 at byte ${invalidAt}`],
    [
      'random-no-nul.bin',
      'not text: neither UTF-8 nor Windows-1252/Latin-1 (another encoding? save it as UTF-8)',
    ],
    [
      'cyrillic-windows-1251.txt',
      'not text: neither UTF-8 nor Windows-1252/Latin-1 (another encoding? save it as UTF-8)',
    ],
  ])('%s: %s', (name, reason) => {
    expect(() => parse(name)).toThrow(InputError);
    const code = reason.startsWith('not text') ? 'not-text' : 'empty';
    expect(() => parse(name)).toThrow(new InputError(code, reason));
  });

  it('tells Cyrillic from Western text by its runs of letters, not by how many there are', () => {
    // Few enough non-ASCII bytes to pass for Windows-1252 by count alone.
    const bytes = bytesOf('cyrillic-windows-1251.txt');
    const high = bytes.filter((b) => b >= 0x80).length;
    expect(high / bytes.length).toBeLessThan(0.3);
    expect(() => parseArticle(bytes)).toThrow(/^not text: neither UTF-8 nor Windows-1252/);
  });

  it('reports it in one line through the CLI and exits 1', () => {
    const path = `${DIR}/image.png`;
    const result = spawnSync(process.execPath, ['bin/parse-article.js', path], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`parse-article: ${path}: not text: a PNG image\n`);
  });
});
