import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const fixture = (name: string) =>
  parseArticle(readFileSync(`test/fixtures/text/${name}`), { path: name });

describe('devdiscourse-text edge cases', () => {
  it('finds the headline under a breadcrumb, a byline split over lines and inline lists', () => {
    const a = fixture('split-byline-one-block.txt');
    expect(a.input.layout).toBe('devdiscourse-text');
    expect(a.headline).toBe('Floods Cut Off Villages in Northern Nepal');
    expect(a.summary).toBe(
      'Swollen rivers have cut road links to dozens of villages in northern Nepal after days of heavy rain. Rescue teams are using helicopters to reach stranded families.',
    );
    expect(a.agency).toBe('AFP');
    expect(a.location).toBe('Kathmandu');
    expect(a.updated?.utc).toBe('2024-07-05T08:32:00Z');
    expect(a.created?.utc).toBe('2024-07-05T08:10:00Z');
    expect(a.countries).toEqual(['Nepal', 'India']);
    expect(a.tags).toEqual(['Nepal', 'Floods', 'Monsoon']);
    expect(a.image).toEqual({ caption: 'Floods Cut Off Villages in Northern Nepal', credit: null });
    expect(a.dateline).toEqual({
      text: 'KATHMANDU, July 5 (AFP)',
      location: 'KATHMANDU',
      date: '2024-07-05',
      agency: 'AFP',
    });
    // The right-hand column after TRENDING never reaches the body.
    expect(a.paragraphs).toEqual([
      'KATHMANDU, July 5 (AFP) - Floodwaters have cut road links to at least 40 villages in northern Nepal, officials said Friday.',
      'Helicopters ferried food and medicine to the worst-hit areas.',
    ]);
    expect(a.warnings).toEqual([]);
  });

  it('joins hard-wrapped lines into paragraphs, the notice included', () => {
    const a = fixture('hard-wrapped.txt');
    expect(a.summary).toBe(
      'Dock workers at three major ports stayed off the job for a third day on Wednesday as talks between unions and port operators stalled.',
    );
    expect(a.paragraphs).toHaveLength(2);
    expect(a.paragraphs[0]).toMatch(
      /^ROTTERDAM, April 10 \(Reuters\) - Dock workers .* automation stalled\.$/,
    );
    expect(a.disclaimer).toBe(
      '(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)',
    );
    expect(a.wordCount).toBe(53);
  });

  it('assumes IST for a stamp without a zone and keeps an unknown zone unresolved, with warnings', () => {
    const a = fixture('stamps-odd.txt');
    expect(a.updated).toEqual({
      text: '15-03-2024 18:00',
      iso: '2024-03-15T18:00:00+05:30',
      utc: '2024-03-15T12:30:00Z',
      zone: 'Asia/Kolkata',
    });
    expect(a.created).toEqual({ text: '15-03-2024 17:10 XYZ', iso: null, utc: null, zone: null });
    expect(a.warnings.map((w) => w.code)).toEqual(['stamp-zone-assumed', 'stamp-zone-unknown']);
    // The dateline's year comes from the stamp that did resolve.
    expect(a.dateline?.date).toBe('2024-03-15');
    expect(a.summary).toBeNull();
  });

  it('reports a missing Created stamp and an empty body', () => {
    const a = fixture('updated-only-no-body.txt');
    expect(a.headline).toBe('Short Item With Nothing But a Headline');
    expect(a.agency).toBe('IANS');
    expect(a.location).toBeNull();
    expect(a.created).toBeNull();
    expect(a.updated?.utc).toBe('2024-02-01T03:30:00Z');
    expect(a.paragraphs).toEqual([]);
    expect(a.wordCount).toBe(0);
    expect(a.warnings.map((w) => w.code)).toEqual(['no-created', 'no-body']);
  });

  it('copes with runs of blank lines, padded pipes, dash bullets and body lists', () => {
    const a = fixture('blank-runs-bullets.txt');
    expect(a.headline).toBe('Rupee Slips 5 Paise Against US Dollar');
    expect(a.agency).toBe('PTI');
    expect(a.location).toBe('Mumbai');
    expect(a.countries).toEqual(['India']);
    expect(a.image).toEqual({ caption: 'Representative Image.', credit: 'Pixabay' });
    expect(a.paragraphs).toEqual([
      'Mumbai, Jun 18 (PTI) The rupee depreciated 5 paise to settle at 83.55 (provisional) against the US dollar on Tuesday.',
      'Forex traders said the strong American currency overseas weighed on the local unit.',
      'Brent crude futures rose 0.3 per cent.',
      'Foreign investors sold shares worth Rs 2,175 crore.',
    ]);
    expect(JSON.stringify(a)).not.toContain('Give Feedback');
    expect(a.warnings).toEqual([]);
  });

  it('drops a pasted menu above the headline and the page around the story', () => {
    const a = fixture('pasted-page-menu.txt');
    expect(a.headline).toBe('Ministers Agree Framework for Plastic Pollution Treaty');
    expect(a.summary).toMatch(
      /^Negotiators from more than 170 countries agreed on a framework text/,
    );
    expect(a.countries).toEqual(['Canada', 'Kenya']);
    expect(a.image).toEqual({
      caption: 'Delegates at the negotiating session in Ottawa.',
      credit: 'Reuters',
    });
    expect(a.paragraphs).toEqual([
      'Negotiators from more than 170 countries on Monday agreed on a framework text for a global treaty to curb plastic pollution.',
      'The final round of talks is scheduled for November in Busan, South Korea.',
    ]);
    expect(a.tags).toEqual([]);
    expect(a.warnings).toEqual([]);
  });

  it('knows the repeated headline for the hidden caption even with blank lines around it', () => {
    const a = fixture('spaced-no-countries.txt');
    expect(a.headline).toBe('Sri Lanka Extends Fuel Quota Scheme for Three Months');
    expect(a.image).toEqual({ caption: a.headline, credit: null });
    expect(a.countries).toEqual([]);
    expect(a.paragraphs).toHaveLength(2);
    expect(a.paragraphs[0]).toMatch(
      /^COLOMBO, June 14 \(Reuters\) - Sri Lanka will keep rationing/,
    );
    expect(a.dateline?.date).toBe('2024-06-14');
    expect(a.warnings).toEqual([]);
  });

  it('reads a lynx dump: numbered links and the References list go', () => {
    const a = fixture('lynx-dump.txt');
    expect(a.headline).toBe('Rupee Recovers 12 Paise on Foreign Inflows');
    expect(a.summary).toBe(
      'The rupee recovered 12 paise to close at 83.44 against the US dollar on Monday, supported by foreign fund inflows and a softer dollar overseas.',
    );
    expect(a.image).toEqual({ caption: 'Representative Image.', credit: 'Pixabay' });
    expect(a.countries).toEqual(['India']);
    expect(a.tags).toEqual(['Rupee', 'Forex']);
    expect(a.paragraphs).toEqual([
      'Mumbai, Jun 17 (PTI) The rupee recovered 12 paise to settle at 83.44 (provisional) against the US dollar on Monday.',
      'Forex traders said foreign fund inflows and a weaker dollar supported the local unit.',
    ]);
    expect(a.disclaimer).toMatch(/^\(This story has not been edited by Devdiscourse staff/);
    expect(JSON.stringify(a)).not.toMatch(/\[\d+\]|https:/);
  });

  it('reads html2text Markdown: heading marks and link targets go', () => {
    const a = fixture('html2text-markdown.txt');
    expect(a.headline).toBe('Tea Exports Rise 9% on Strong Demand from West Asia');
    expect(a.summary).toBe(
      "India's tea exports rose 9 per cent in the first quarter, led by strong demand from West Asian markets, the Tea Board said.",
    );
    expect(a.image).toEqual({ caption: a.headline, credit: null });
    expect(a.paragraphs[0]).toBe(
      "Kolkata, Jun 18 (PTI) India's tea exports rose 9 per cent to 58.2 million kg in January-March, the Tea Board said on Tuesday.",
    );
    expect(a.tags).toEqual(['Tea Board', 'Exports']);
    expect(a.warnings).toEqual([]);
  });

  it.each(['notice-then-footer.txt', 'lynx-no-references.txt'])(
    'finds the notice and the sign-off before page footers (%s)',
    (name) => {
      const a = fixture(name);
      expect(a.paragraphs).toEqual(['Pune, Jun 18 (PTI) Body text here.']);
      expect(a.signOff).toBe('PTI AB CD');
      expect(a.disclaimer).toMatch(/^\(This story has not been edited by Devdiscourse staff/);
      expect(a.countries).toEqual(['India']);
    },
  );

  it('puts a byline wrapped by a converter back together', () => {
    const a = fixture('wrapped-byline.txt');
    expect(a.created).toMatchObject({ text: '18-06-2024 19:05 IST', utc: '2024-06-18T13:35:00Z' });
    expect(a.image).toEqual({ caption: 'Representative Image.', credit: 'ANI' });
    expect(a.paragraphs).toEqual(['Pune, Jun 18 (PTI) Body text here.']);
  });

  it('never keeps a byline-shaped line in the body (a fuzzing find)', () => {
    const a = parseArticle('\r\n\r\n|\r\nUpdated:\r\nUpdated:\r\n•\r\nUpdated:\r\n!\r\n');
    for (const paragraph of a.paragraphs) expect(paragraph).not.toMatch(/updated\s*:/i);
  });

  it('treats the same copy as text whatever its line endings, BOM or trailing spaces', () => {
    const text = readFileSync('test/fixtures/text/hard-wrapped.txt', 'utf8');
    const plain = parseArticle(text);
    const windows = parseArticle(`\ufeff${text.replace(/\n/g, '   \r\n')}`);
    expect({ ...windows, input: plain.input }).toEqual(plain);
    expect(windows.input.bytes).toBeGreaterThan(plain.input.bytes);
  });
});

const seed = '../shared/seeds/devdiscourse-putin-ceasefire.txt';
let seedText: Buffer | null = null;
try {
  seedText = readFileSync(seed);
} catch {
  seedText = null;
}

// The reference copy lives beside the repository, not in it; checked wherever it is present.
describe.runIf(seedText !== null)('the reference page copy', () => {
  it('parses to the known fields', () => {
    const a = parseArticle(seedText ?? '', { path: 'seed.txt' });
    expect(a.headline).toBe(
      'Putin Proposes Immediate Cease-Fire Amid Stalemate in Ukraine Conflict',
    );
    expect(a.summary).toMatch(
      /^Russian President Vladimir Putin has proposed .* remain unresolved\.$/,
    );
    expect(a.agency).toBe('PTI');
    expect(a.location).toBe('Moscow');
    expect(a.created?.utc).toBe('2024-06-14T12:04:00Z');
    expect(a.updated?.utc).toBe('2024-06-14T12:04:00Z');
    expect(a.countries).toEqual(['Russian Federation']);
    expect(a.image?.caption).toBe(a.headline);
    expect(a.paragraphs).toHaveLength(6);
    expect(a.disclaimer).toMatch(/^\(This story has not been edited by Devdiscourse staff/);
    expect(JSON.stringify(a)).not.toContain('Give Feedback');
    expect(a.warnings).toEqual([]);
  });
});
