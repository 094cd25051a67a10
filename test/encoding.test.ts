import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, parseArticle, type Article } from '../src/index.js';
import { decode } from '../src/read/decode.js';
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
    [
      'utf16le-no-bom.txt',
      'not text: UTF-16 without a byte-order mark (save it as UTF-8 or give --encoding utf-16le)',
    ],
    ['utf16le-odd-length.txt', 'not text: invalid UTF-16LE (odd length or broken surrogate pairs)'],
    ['utf32le.txt', 'not text: UTF-32, which is not supported (save it as UTF-8)'],
    ['image.png', 'not text: a PNG image'],
    ['archive.zip', 'not text: a ZIP archive (or a document stored as one)'],
    ['document.pdf', 'not text: a PDF document'],
    ['invalid-utf8.txt', `not text: invalid UTF-8 at byte ${invalidAt}`],
    [
      'random-no-nul.bin',
      'not text: neither UTF-8 nor any encoding its letters point to (binary data?)',
    ],
  ])('%s: %s', (name, reason) => {
    expect(() => parse(name)).toThrow(InputError);
    const code = reason.startsWith('not text') ? 'not-text' : 'empty';
    expect(() => parse(name)).toThrow(new InputError(code, reason));
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

describe('legacy encodings are told by their letters, or refused, never garbled', () => {
  it.each([
    ['polish.windows-1250.txt', 'polish.utf8.txt', 'windows-1250', 'Rząd ogłosił nowe zasady'],
    ['turkish.windows-1254.txt', 'turkish.utf8.txt', 'windows-1254', 'İstatistik kurumu yıllık'],
  ])('%s is read as %s', (name, reference, encoding, words) => {
    const article = parse(name);
    expect(article.input.encoding).toBe(encoding);
    expect(article.paragraphs.join(' ')).toContain(words);
    expectSameStory(article, parse(reference));
  });

  it('reads Cyrillic in Windows-1251, once refused, by its letters', () => {
    const article = parse('cyrillic-windows-1251.txt');
    expect(article.input.encoding).toBe('windows-1251');
    expect(article.paragraphs.join(' ')).toContain('"Переговоры возможны," the spokesman');
  });

  // Each sentence saved in its encoding: read right, or refused; never read as another.
  const SENTENCES: readonly (readonly [string, string])[] = [
    ['windows-1250', 'Vláda schválila nový zákon o daních, řekl ministr.'],
    ['windows-1250', 'Příští týden začne stavba mostu přes řeku.'],
    ['windows-1250', 'A kormány hétfőn új törvényt fogadott el.'],
    ['windows-1250', 'Guvernul a aprobat legea după o dezbatere lungă.'],
    ['windows-1250', 'Spokesman Łukasz Żak said the talks would go on.'],
    ['windows-1250', 'Dvořák conducted the orchestra in Brno.'],
    ['windows-1252', 'Le gouvernement a annoncé lundi une réforme des retraites très contestée.'],
    ['windows-1252', 'Die Regierung hat am Montag ein Gesetz beschlossen, sagte er in München.'],
    [
      'windows-1252',
      'El gobierno aprobó el lunes una ley, dijo el ministro en Málaga. ¿Qué pasará?',
    ],
    ['windows-1252', 'Il governo ha approvato lunedì la nuova legge così com’era.'],
    ['windows-1252', 'Regjeringen har vedtatt en ny lov om skatt, sa ministeren i Tromsø.'],
    ['windows-1252', 'Ríkisstjórnin samþykkti ný lög á mánudag, sagði ráðherrann.'],
    ['windows-1252', 'José Müller and François Dubois met in Zürich — “briefly”…'],
    ['windows-1254', 'Hükümet pazartesi günü yeni vergi yasasını açıkladı, dedi bakan.'],
    ['windows-1254', 'Şule Öztürk said in İzmir that the talks would go on.'],
    ['windows-1251', 'Правительство одобрило новый закон о налогах, сообщил министр.'],
    ['windows-1251', 'Уряд ухвалив новий закон про податки, повідомив міністр у Києві.'],
    [
      'windows-1253',
      'Η κυβέρνηση ενέκρινε τη Δευτέρα νέο νόμο για τους φόρους, δήλωσε ο υπουργός.',
    ],
    ['windows-1257', 'Vyriausybė pirmadienį patvirtino naują mokesčių įstatymą, sakė ministras.'],
    ['windows-1257', 'Valdība pirmdien apstiprināja jaunu nodokļu likumu, sacīja ministrs.'],
  ];

  function encode(text: string, encoding: string): Uint8Array {
    const decoder = new TextDecoder(encoding);
    const byteOf = new Map<string, number>();
    for (let b = 0xff; b >= 0; b--) byteOf.set(decoder.decode(Uint8Array.of(b)), b);
    // Node reads 0x80–0x9F of Windows-1252 as Latin-1; the curly quotes and dashes by hand.
    for (const [ch, b] of [
      ['’', 0x92],
      ['“', 0x93],
      ['”', 0x94],
      ['—', 0x97],
      ['…', 0x85],
    ] as const)
      byteOf.set(ch, b);
    return Uint8Array.from(Array.from(text, (ch) => byteOf.get(ch) ?? 0x3f));
  }

  it.each(SENTENCES)('%s: %s', (encoding, sentence) => {
    const bytes = encode(sentence, encoding);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    let decoded;
    try {
      decoded = decode(bytes);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(
        new RegExp(`^not text: encoding not certain, likely .*\\b${encoding}\\b.*--encoding`),
      );
      return;
    }
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(sentence);
  });

  it('reads most of them rather than refusing', () => {
    let read = 0;
    for (const [encoding, sentence] of SENTENCES) {
      try {
        if (decode(encode(sentence, encoding)).text === sentence) read++;
      } catch {
        // refused
      }
    }
    expect(read).toBeGreaterThanOrEqual(SENTENCES.length - 4);
  });

  it('names the likely encoding when the letters leave a doubt', () => {
    expect(() => parse('japanese-text.shift_jis.txt')).toThrow(
      /^not text: encoding not certain, likely shift_jis \(Japanese\).*; name it with --encoding shift_jis, or save the file as UTF-8$/,
    );
    expect(() => decode(encode('Dvořák conducted the orchestra in Brno.', 'windows-1250'))).toThrow(
      /likely windows-1250 \(Central European\) or windows-1257 \(Baltic\)/,
    );
  });
});

describe('the encoding a page declares, or the caller names, is used', () => {
  it.each([
    ['cyrillic-page.windows-1251.html', 'cyrillic-page.utf8.html', 'windows-1251'],
    ['chinese-page.gbk.html', 'chinese-page.utf8.html', 'gbk'],
    ['japanese-page.shift_jis.html', 'japanese-page.utf8.html', 'shift_jis'],
  ])('%s declares %s', (name, reference, encoding) => {
    const article = parse(name);
    expect(article.input.kind).toBe('html');
    expect(article.input.encoding).toBe(encoding);
    expectSameStory(article, parse(reference));
  });

  it('takes the encoding the caller names, by any of its labels', () => {
    const article = parseArticle(bytesOf('japanese-text.shift_jis.txt'), { encoding: 'sjis' });
    expect(article.input.encoding).toBe('shift_jis');
    expect(article.headline).toBe('市立図書館が改装を終えて再開');
    const polish = parseArticle(bytesOf('polish.windows-1250.txt'), { encoding: 'cp1250' });
    expect(polish.input.encoding).toBe('windows-1250');
    const name = 'story.windows-1252.txt';
    expect(parseArticle(bytesOf(name), { encoding: 'latin1', path: name })).toEqual(parse(name));
  });

  it('refuses an unknown encoding, or bytes that are not in the named one', () => {
    expect(() => parseArticle(bytesOf('polish.utf8.txt'), { encoding: 'martian' })).toThrow(
      new InputError('not-text', 'not text: unknown encoding "martian"'),
    );
    expect(() => parseArticle(bytesOf('polish.windows-1250.txt'), { encoding: 'utf-8' })).toThrow(
      new InputError('not-text', 'not text: invalid bytes for utf-8, the encoding given'),
    );
  });

  it('lets a byte-order mark win over the encoding named', () => {
    const article = parseArticle(bytesOf('story.utf8-bom-crlf.txt'), { encoding: 'windows-1250' });
    expect(article.input.encoding).toBe('utf-8');
  });

  it('reads a UTF-16 file without its mark when told so', () => {
    const article = parseArticle(bytesOf('utf16le-no-bom.txt'), { encoding: 'utf-16le' });
    expect(article.input.encoding).toBe('utf-16le');
    expectSameStory(article, story);
  });

  it('--encoding on the command line; an unknown name is a usage error', () => {
    const ok = spawnSync(
      process.execPath,
      ['bin/parse-article.js', '--encoding', 'windows-1254', `${DIR}/turkish.windows-1254.txt`],
      { encoding: 'utf8' },
    );
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as Article).input.encoding).toBe('windows-1254');
    const bad = spawnSync(
      process.execPath,
      ['bin/parse-article.js', '--encoding', 'martian', `${DIR}/polish.utf8.txt`],
      { encoding: 'utf8' },
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr.split('\n')[0]).toMatch(/^parse-article: .*unknown encoding "martian"/);
    const refused = spawnSync(
      process.execPath,
      ['bin/parse-article.js', `${DIR}/japanese-text.shift_jis.txt`],
      { encoding: 'utf8' },
    );
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toMatch(
      /^parse-article: \S+japanese-text.shift_jis.txt: not text: encoding not certain, likely shift_jis/,
    );
  });
});
