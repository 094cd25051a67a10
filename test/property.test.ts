import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, articleSchema, parseArticle, type Article } from '../src/index.js';
import { parseBylineLine } from '../src/sites/devdiscourse/byline.js';
import { collapseSpaces } from '../src/text/clean.js';

// A fixed seed, so a failure reproduces on every run and every machine, and runs sized to keep
// the file fast. To fuzz harder: FUZZ_RUNS=20000 FUZZ_SEED=$RANDOM npx vitest run test/property
const SEED = Number(process.env.FUZZ_SEED ?? 20250603);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
const validate = ajv.compile(articleSchema);

function expectValid(article: Article): void {
  const ok = validate(article);
  expect(ajv.errorsText(validate.errors), 'output validates against the JSON Schema').toBe(
    'No errors',
  );
  expect(ok).toBe(true);
}

/** What holds for every article, whatever went in. */
function expectSound(article: Article): void {
  expectValid(article);
  const { disclaimer, paragraphs } = article;
  if (disclaimer !== null) expect(paragraphs).not.toContain(disclaimer);
  // normalise takes a text layout's paragraphs as they are: they must be collapsed already.
  if (article.input.kind === 'text') {
    for (const paragraph of paragraphs) expect(collapseSpaces(paragraph)).toBe(paragraph);
  }
  if (article.input.layout === 'devdiscourse-text') {
    for (const paragraph of paragraphs) expect(parseBylineLine(paragraph)).toBeNull();
  }
}

/** Parses, allowing only InputError; the article, or null when the input was refused. */
function parseOrRefuse(input: string | Uint8Array): Article | null {
  try {
    return parseArticle(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return null;
  }
}

const looksLikeHtml = (text: string): boolean => /^\s*</.test(text);

describe('arbitrary input never breaks the parser', () => {
  const texts = {
    'ASCII text': fc.string({ maxLength: 400 }),
    'any Unicode': fc.string({ unit: 'grapheme', maxLength: 300 }),
    'any code point': fc.string({ unit: 'binary', maxLength: 300 }),
    'lines of words and symbols': fc
      .array(
        fc.oneof(
          fc.constantFrom('|', '•', '* ', '(', ')', ':', 'Updated:', 'IST', '\u00a0', '\t', ''),
          fc.string({ unit: 'grapheme-ascii', maxLength: 30 }),
        ),
        { maxLength: 60 },
      )
      .map((parts) => parts.join(parts.length % 3 === 0 ? '\r\n' : ' ')),
  };

  it.each(Object.entries(texts))('%s: no throw while there is text; valid output', (_, arb) => {
    fc.assert(
      fc.property(arb, (text) => {
        if (text.trim() === '' || looksLikeHtml(text)) {
          const article = parseOrRefuse(text);
          if (article) expectSound(article);
          return;
        }
        expectSound(parseArticle(text));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('bytes: InputError or a valid article, nothing else', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 600 }),
      // Mostly text with a few odd bytes: the near misses that decoding has to judge.
      fc
        .tuple(fc.string({ maxLength: 300 }), fc.uint8Array({ minLength: 1, maxLength: 8 }))
        .map(([text, odd]) => {
          const base = Buffer.from(text, 'utf8');
          const at = Math.floor(base.length / 2);
          return Buffer.concat([base.subarray(0, at), odd, base.subarray(at)]);
        }),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        const article = parseOrRefuse(input);
        if (article) expectSound(article);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

// ---- Devdiscourse-like copies built from parts ----

const WORDS = [
  'minister',
  'council',
  'farmers',
  'monsoon',
  'river',
  'talks',
  'budget',
  'hospital',
  'students',
  'officials',
  'market',
  'prices',
  'village',
  'court',
  'election',
  'border',
  'railway',
  'summit',
  'water',
  'power',
  'across',
  'after',
  'said',
  'would',
  'on',
  'the',
  'of',
  'in',
  'for',
  'new',
  'cafés',
  'Zürich',
  'Kyiv',
  '“steady”',
  'Delhi’s',
  '2024',
  '47.5',
  'नदी',
  'crore,',
];
const CAPITALS = ['The', 'Officials', 'Farmers', 'Students', 'Prices', 'Talks', 'Doctors'];

const words = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));
const sentence = fc
  .tuple(fc.constantFrom(...CAPITALS), words(4, 18), fc.constantFrom('.', '!', '?', '.”'))
  .map(([first, rest, end]) => `${first} ${rest}${end}`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const title = fc
  .array(fc.constantFrom('Rain', 'Talks', 'Budget', 'Court', 'River', 'Farmers', 'Kyiv', 'Café'), {
    minLength: 1,
    maxLength: 3,
  })
  .chain((lead) => words(2, 8).map((rest) => `${lead.join(' ')} ${rest}`));

const AGENCIES = ['PTI', 'Reuters', 'IANS', 'ANI', 'AFP', 'UN News', 'Devdiscourse News Desk'];
const CITIES = ['Moscow', 'New Delhi', 'Washington DC', 'Los Angeles', 'Geneva', 'São Paulo'];
const COUNTRIES = ['India', 'Russian Federation', 'United States', 'Brazil', 'Côte d’Ivoire'];
const NOTICES = [
  '(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)',
  '(With inputs from agencies.)',
  'This report is auto-generated from PTI news service. ThePrint holds no responsibility for its content.',
  '(This story has not been edited by Outlook staff and is auto-generated from news agency feeds. Source: PTI)',
];

const pad = (n: number): string => String(n).padStart(2, '0');
const stamp = fc
  .record({
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    year: fc.integer({ min: 2015, max: 2030 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
  })
  .map((s) => `${pad(s.day)}-${pad(s.month)}-${s.year} ${pad(s.hour)}:${pad(s.minute)}`);

interface Copy {
  headline: string;
  summary: string | null;
  agency: string;
  city: string | null;
  updated: string;
  created: string;
  caption: string | null;
  credit: string | null;
  countries: string[];
  paragraphs: string[];
  notice: string | null;
  tags: string[];
  /** The dateline the first paragraph opens with, as printed. */
  dateline: { text: string; place: string } | null;
}

const datelineParts = fc.record({
  place: fc.constantFrom('MOSCOW', 'New Delhi', 'Geneva', 'SAN JUAN', 'Srinagar'),
  month: fc.constantFrom('June', 'Jun', 'Jan', 'December', 'Sept'),
  day: fc.integer({ min: 1, max: 28 }),
  separator: fc.constantFrom(' - ', ' – ', ' — ', ': ', ' '),
});

const copy: fc.Arbitrary<Copy> = fc
  .record({
    headline: title,
    summary: fc.option(paragraph, { nil: null }),
    agency: fc.oneof(fc.constantFrom(...AGENCIES), fc.stringMatching(/^[A-Z]{2,5}$/)),
    city: fc.option(fc.constantFrom(...CITIES), { nil: null }),
    updated: stamp,
    created: stamp,
    caption: fc.option(
      words(2, 6).map((w) => `Representative image of ${w} today`),
      { nil: null },
    ),
    credit: fc.constantFrom('ANI', 'Reuters', 'PTI'),
    countries: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { minLength: 1, maxLength: 3 }),
    paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 6 }),
    notice: fc.option(fc.constantFrom(...NOTICES), { nil: null }),
    tags: fc.uniqueArray(words(1, 3), { maxLength: 4 }),
    dateline: fc.option(datelineParts, { nil: null }),
  })
  .map(({ dateline: parts, paragraphs: [first = '', ...rest], ...c }) => {
    if (parts === null) return { ...c, paragraphs: [first, ...rest], dateline: null };
    const text = `${parts.place}, ${parts.month} ${parts.day} (${c.agency})`;
    const opened = `${text}${parts.separator}${first}`;
    return { ...c, paragraphs: [opened, ...rest], dateline: { text, place: parts.place } };
  });

/** How a copy is laid out on the page: the noise that pasting and converters add. */
interface Noise {
  newline: string;
  bom: boolean;
  bullet: string;
  indent: string;
  blank: string[];
  trailing: string;
  splitByline: boolean;
  furniture: (string | null)[];
  oddSpace: string;
}

const noise: fc.Arbitrary<Noise> = fc.record({
  newline: fc.constantFrom('\n', '\r\n', '\r'),
  bom: fc.boolean(),
  bullet: fc.constantFrom('•', '*', '-', '·'),
  indent: fc.constantFrom('', '  ', '\t', '    '),
  blank: fc.array(fc.constantFrom('', ' ', '\t', '  \u00a0'), { minLength: 1, maxLength: 3 }),
  trailing: fc.constantFrom('', ' ', '   ', '\t'),
  splitByline: fc.boolean(),
  furniture: fc.array(
    fc.option(fc.constantFrom('SHARE', 'Advertisement', 'Give Feedback'), { nil: null }),
    {
      minLength: 8,
      maxLength: 8,
    },
  ),
  oddSpace: fc.constantFrom(' ', '  ', '\u00a0', ' \u200b'),
});

function bylineOf(c: Copy): string {
  const parts = [c.agency, ...(c.city ? [c.city] : []), `Updated: ${c.updated} IST`];
  return [...parts, `Created: ${c.created} IST`].join(' | ');
}

/** The copy as a pasted page would hold it. */
function render(c: Copy, n: Noise): string {
  const blocks: string[][] = [];
  const furniture = (i: number): void => {
    const line = n.furniture[i % n.furniture.length];
    if (line) blocks.push([line]);
  };
  furniture(0);
  blocks.push([c.headline]);
  if (c.summary) blocks.push([c.summary]);
  const byline = n.splitByline
    ? bylineOf(c)
        .split(' | ')
        .map((p, i, all) => (i < all.length - 1 ? `${p} |` : p))
    : [bylineOf(c)];
  const caption = c.caption === null ? c.headline : `${c.caption}. Image Credit: ${c.credit}`;
  const item = (text: string): string => `${n.indent}${n.bullet} ${text}`;
  blocks.push([...byline, caption, item('Country:'), ...c.countries.map(item)]);
  furniture(1);
  c.paragraphs.forEach((p, i) => {
    blocks.push([p.replaceAll(' ', i % 2 ? n.oddSpace : ' ')]);
    furniture(i + 2);
  });
  if (c.notice) blocks.push([c.notice]);
  if (c.tags.length) blocks.push(['READ MORE ON:', ...c.tags.map(item)]);
  furniture(7);
  const separator = `${n.newline}${n.blank.join(n.newline)}${n.newline}`;
  const text = blocks
    .map((b) => b.map((line) => line + n.trailing).join(n.newline))
    .join(separator);
  return (n.bom ? '\ufeff' : '') + text + n.newline;
}

const titleCased = (place: string): string =>
  place === place.toUpperCase()
    ? place.toLowerCase().replace(/\b\p{Ll}/gu, (ch) => ch.toUpperCase())
    : place;

/** The fields that must come back as they went in. */
function expectRoundTrip(article: Article, c: Copy): void {
  expectSound(article);
  expect(article.input.layout).toBe('devdiscourse-text');
  expect(article.headline).toBe(c.headline);
  expect(article.summary).toBe(c.summary);
  expect(article.agency).toBe(c.agency);
  // Without a city in the byline, the place comes from the dateline, shouting toned down.
  expect(article.location).toBe(c.city ?? (c.dateline ? titleCased(c.dateline.place) : null));
  expect(article.updated?.text).toBe(`${c.updated} IST`);
  expect(article.created?.text).toBe(`${c.created} IST`);
  expect(article.countries).toEqual(c.countries);
  expect(article.image).toEqual(
    c.caption === null
      ? { caption: c.headline, credit: null }
      : { caption: `${c.caption}.`, credit: c.credit },
  );
  expect(article.paragraphs).toEqual(c.paragraphs);
  expect(article.disclaimer).toBe(c.notice);
  expect(article.tags).toEqual(c.tags);
  if (c.dateline) {
    expect(article.dateline).toMatchObject({
      text: c.dateline.text,
      location: c.dateline.place,
      agency: c.agency,
    });
  }
  const byline = bylineOf(c);
  for (const p of article.paragraphs) {
    expect(p).not.toContain(byline);
    if (c.notice) expect(p).not.toContain(c.notice);
  }
}

describe('Devdiscourse-like copies built from parts come back field by field', () => {
  it('as text, whatever the spacing, line endings, bullets and page furniture', () => {
    fc.assert(
      fc.property(copy, noise, (c, n) => {
        expectRoundTrip(parseArticle(render(c, n)), c);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('as bytes in every encoding that is read', () => {
    const encodings = ['utf-8', 'utf-16le', 'utf-16be'] as const;
    fc.assert(
      fc.property(copy, noise, fc.constantFrom(...encodings), (c, n, encoding) => {
        const text = render(c, n);
        const utf16le = Buffer.from(
          `${text.startsWith('\ufeff') ? '' : '\ufeff'}${text}`,
          'utf16le',
        );
        const bytes =
          encoding === 'utf-8'
            ? Buffer.from(text, 'utf8')
            : encoding === 'utf-16le'
              ? utf16le
              : Buffer.from(utf16le).swap16();
        const article = parseArticle(bytes);
        expect(article.input.encoding).toBe(encoding);
        expectRoundTrip(article, c);
      }),
      { seed: SEED, numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('with lines of garbage dropped in between blocks: still sound, never a throw', () => {
    const garbage = fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 5 });
    fc.assert(
      fc.property(copy, noise, garbage, fc.nat(), (c, n, junk, at) => {
        const separator = `${n.newline}${n.newline}`;
        const blocks = render(c, { ...n, blank: [''] }).split(separator);
        blocks.splice(at % blocks.length, 0, junk.join(n.newline));
        expectSound(parseArticle(blocks.join(separator)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
