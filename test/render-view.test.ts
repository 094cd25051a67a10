import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseArticle, type Article } from '../src/index.js';
import { createRenderer } from '../src/render/index.js';
import { renderView } from '../src/render/terminal.js';
import { describeStamp } from '../src/render/when.js';
import { textWidth } from '../src/render/wrap.js';

const DIR = 'test/fixtures/render';
const FIXTURES = ['wide-story', 'markup-story', 'no-picture'];
const ESC = '\u001b[';

function load(name: string): Article {
  const path = `${DIR}/${name}.txt`;
  return parseArticle(readFileSync(path), { path });
}

describe('the reading view', () => {
  it.each(FIXTURES.flatMap((name) => [60, 120].map((width) => [name, width] as const)))(
    '%s at %i columns matches its reviewed rendering',
    async (name, width) => {
      const text = renderView(load(name), { color: false, width, tz: 'Europe/Berlin' });
      await expect(text).toMatchFileSnapshot(`expected/render/${name}.${width}.view.txt`);
    },
  );

  it.each(FIXTURES)('%s: no line is wider than the width, coloured or not', (name) => {
    for (const width of [24, 40, 60, 120]) {
      for (const color of [false, true]) {
        const lines = renderView(load(name), { color, width, tz: 'Asia/Tokyo' }).split('\n');
        for (const line of lines) {
          expect(textWidth(stripVTControlCharacters(line))).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  it('prints no escape code without colour, and the same text with it', () => {
    const article = load('wide-story');
    const plain = renderView(article, { color: false, width: 60, tz: 'UTC' });
    const colored = renderView(article, { color: true, width: 60, tz: 'UTC' });
    expect(plain).not.toContain('\u001b');
    expect(colored).toContain(ESC);
    // Labels are bracketed without colour and padded inside colour: the layout is the same.
    const widths = (text: string): number[] =>
      text.split('\n').map((line) => textWidth(stripVTControlCharacters(line)));
    expect(widths(colored)).toEqual(widths(plain));
    expect(stripVTControlCharacters(colored)).toContain(' Japan   Republic of Korea ');
    expect(plain).toContain('[Japan] [Republic of Korea]');
  });

  it('sets the headline in bold over a rule, and picks out the dateline', () => {
    const lines = renderView(load('no-picture'), { color: true, width: 80, tz: 'UTC' }).split('\n');
    expect(lines[0]).toBe(
      `${ESC}1mStorm Names 'Asha', Says Met Office, as Gales Close Ports${ESC}22m`,
    );
    expect(stripVTControlCharacters(lines[1] ?? '')).toBe('─'.repeat(57));
    const first = lines.find((line) => line.includes('Kolkata, Oct 18'));
    expect(first).toContain(`${ESC}1mKolkata, Oct 18 (PTI)${ESC}22m The weather office`);
  });

  it('subdues the disclaimer and shows warnings in yellow at the end', () => {
    const lines = renderView(load('wide-story'), { color: true, width: 200, tz: 'UTC' })
      .trimEnd()
      .split('\n');
    const disclaimer = lines.find((line) => line.includes('This story has not been edited'));
    expect(disclaimer?.startsWith(`${ESC}2m`)).toBe(true);
    expect(lines.at(-1)).toBe(
      `${ESC}33mWarning: updated (12-08-2024 06:10 IST) is earlier than created (12-08-2024 21:45 IST) [updated-before-created]${ESC}39m`,
    );
  });

  it('leaves out a caption that only repeats the headline', () => {
    const text = renderView(load('no-picture'), { color: false, width: 80, tz: 'UTC' });
    expect(text.split("Storm Names 'Asha'").length - 1).toBe(1);
    const captioned = renderView(load('wide-story'), { color: false, width: 200, tz: 'UTC' });
    expect(captioned).toContain(
      'Visitors float paper lanterns on the Sumida river. · Image credit: Reuters',
    );
  });

  it('shows Created and Updated as printed and in the reader zone', () => {
    const text = renderView(load('wide-story'), {
      color: false,
      width: 80,
      tz: 'America/New_York',
    });
    expect(text).toContain('Created 12 Aug 2024, 21:45 IST · 12:15 EDT');
    expect(text).toContain('Updated 12 Aug 2024, 06:10 IST · 11 Aug, 20:40 EDT');
    // Same stamp twice: shown once.
    const same = renderView(load('no-picture'), { color: false, width: 80, tz: 'Asia/Tokyo' });
    expect(same).toContain('Created 18 Oct 2024, 23:50 IST · 19 Oct, 03:20 JST');
    expect(same).not.toContain('Updated');
  });

  it('omits the converted time in the printed zone, and shows an unresolved stamp as printed', () => {
    const stamp = load('no-picture').created;
    expect(stamp).not.toBeNull();
    if (!stamp) return;
    expect(describeStamp(stamp, 'Asia/Kolkata')).toBe('18 Oct 2024, 23:50 IST');
    expect(describeStamp(stamp, 'Europe/London')).toBe('18 Oct 2024, 23:50 IST · 19:20 BST');
    expect(describeStamp(stamp, 'Europe/Berlin')).toBe('18 Oct 2024, 23:50 IST · 20:20 CEST');
    expect(describeStamp(stamp, 'America/Sao_Paulo')).toBe('18 Oct 2024, 23:50 IST · 15:20 UTC-3');
    expect(describeStamp(stamp, 'Asia/Kathmandu')).toBe(
      '18 Oct 2024, 23:50 IST · 19 Oct, 00:05 NPT',
    );
    const unresolved = { text: '18-10-2024 23:50 XYZ', iso: null, utc: null, zone: null };
    expect(describeStamp(unresolved, 'UTC')).toBe('18-10-2024 23:50 XYZ');
  });

  it('leaves out every part an article does not have', () => {
    const bare: Article = {
      ...load('no-picture'),
      headline: 'Only a headline',
      summary: null,
      agency: null,
      author: null,
      location: null,
      created: null,
      updated: null,
      countries: [],
      image: null,
      dateline: null,
      paragraphs: [],
      disclaimer: null,
      credits: null,
      signOff: null,
      tags: [],
      url: null,
      site: null,
      language: null,
    };
    expect(renderView(bare, { color: false, width: 80, tz: 'UTC' })).toBe(
      `Only a headline\n${'─'.repeat(15)}\n`,
    );
    expect(renderView({ ...bare, headline: '' }, { color: false, width: 80, tz: 'UTC' })).toBe(
      '\n',
    );
  });

  it('dims a desk sign-off as it dims the credit line', () => {
    const article: Article = { ...load('no-picture'), signOff: 'PTI ABC DEF' };
    const text = renderView(article, { color: true, width: 80, tz: 'UTC' });
    expect(text).toContain(`${ESC}2mPTI ABC DEF${ESC}22m`);
  });

  it('keeps control characters in the copy away from the terminal', () => {
    const article = load('no-picture');
    const hostile: Article = {
      ...article,
      headline: 'Title\u001b]0;owned\u0007 here',
      paragraphs: ['A \u001b[31mred\u001b[0m word\u009b2J.'],
    };
    const text = renderView(hostile, { color: false, width: 80, tz: 'UTC' });
    expect(text.replaceAll('\n', '')).not.toMatch(/\p{Cc}/u);
    expect(text).toContain('Title ]0;owned here');
  });

  it('sets articles in one stream apart with a full-width rule', async () => {
    const renderer = await createRenderer('view', {
      compact: false,
      color: false,
      width: 50,
      tz: 'UTC',
    });
    const text =
      renderer.start() +
      renderer.article(load('no-picture')) +
      renderer.article(load('markup-story')) +
      renderer.end();
    expect(text).toContain(`\n\n${'━'.repeat(50)}\n\n"Budget 2.0"`);
    expect(text.startsWith('Storm Names')).toBe(true);
    expect(renderer.extension).toBe('.txt');
    // start() begins a new stream (one file per input with --out-dir): no rule before it.
    expect(renderer.start() + renderer.article(load('markup-story'))).toMatch(/^"Budget 2\.0"/);
  });
});
