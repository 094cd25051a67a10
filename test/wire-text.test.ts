import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const wire = (name: string) =>
  parseArticle(readFileSync(`test/fixtures/wire/${name}`), { path: name });

describe('raw wire copy', () => {
  it('AP: dateline with an em dash, contributor line kept out of the body', () => {
    const a = wire('ap-contributor.txt');
    expect(a.input.layout).toBe('wire-text');
    expect(a.headline).toBe('Storms knock out power to thousands across Texas');
    expect(a.agency).toBe('AP');
    expect(a.location).toBe('Washington');
    expect(a.dateline).toEqual({
      text: 'WASHINGTON (AP)',
      location: 'WASHINGTON',
      date: null,
      agency: 'AP',
    });
    expect(a.paragraphs).toHaveLength(2);
    expect(a.credits).toEqual({
      text: 'Associated Press writer Jamie Stengle in Dallas contributed to this report.',
      roles: [{ role: 'Contributing', names: ['Jamie Stengle'] }],
    });
    expect(a.updated).toBeNull();
    expect(a.created).toBeNull();
    expect(a.warnings).toEqual([]);
  });

  it('PTI: desk sign-off on its own line', () => {
    const a = wire('pti-raw-signoff.txt');
    expect(a.agency).toBe('PTI');
    expect(a.location).toBe('New Delhi');
    expect(a.signOff).toBe('PTI ABC DEF GHI');
    expect(a.paragraphs.at(-1)).toBe(
      'The decision was taken at a meeting of the Union Cabinet chaired by the prime minister.',
    );
  });

  it('IANS: "--IANS" and the initials line together', () => {
    const a = wire('ians-raw.txt');
    expect(a.agency).toBe('IANS');
    expect(a.signOff).toBe('--IANS sk/arm');
    expect(a.paragraphs).toEqual([
      'Kolkata, Jan 2 (IANS) The 48th International Kolkata Book Fair will feature publishers from 20 countries, the organisers said on Thursday.',
      'Germany will be the focal theme country this year.',
    ]);
  });

  it('ANI: region and country qualifiers, closing "(ANI)" split off the last sentence', () => {
    const a = wire('ani-raw.txt');
    expect(a.dateline).toEqual({
      text: 'Kolkata (West Bengal) [India], September 21 (ANI)',
      location: 'Kolkata',
      date: null,
      agency: 'ANI',
    });
    expect(a.signOff).toBe('(ANI)');
    expect(a.paragraphs.at(-1)).toBe('Relief camps have been set up in 12 blocks of the district.');
  });

  it("an unnamed republisher's notice, and a Published: stamp line", () => {
    const a = wire('republished-notice.txt');
    expect(a.headline).toBe('Coastal Towns Brace for Cyclone Landfall');
    expect(a.agency).toBe('UNI');
    expect(a.created).toEqual({
      text: 'June 14, 2024 5:34 PM IST',
      iso: '2024-06-14T17:34:00+05:30',
      utc: '2024-06-14T12:04:00Z',
      zone: 'Asia/Kolkata',
    });
    expect(a.dateline?.date).toBe('2024-06-14');
    expect(a.disclaimer).toBe(
      'Disclaimer: This news item was auto-published from an agency wire and has not been reviewed by the editors of The Coastal Herald.',
    );
    expect(a.paragraphs).toHaveLength(2);
  });

  it('Xinhua: a double hyphen after the credit', () => {
    const a = wire('xinhua-double-dash.txt');
    expect(a.agency).toBe('Xinhua');
    expect(a.location).toBe('Beijing');
    expect(a.dateline?.text).toBe('BEIJING, June 17 (Xinhua)');
  });

  it('copy that opens with its dateline has no headline, and says so', () => {
    const a = wire('no-headline-dateline.txt');
    expect(a.headline).toBe('');
    expect(a.warnings.map((w) => w.code)).toEqual(['no-headline']);
    expect(a.paragraphs[0]).toMatch(/^GENEVA, Dec 31 \(Reuters\) - The World Health Organization/);
    // No stamps: the dateline's year cannot be known.
    expect(a.dateline?.date).toBeNull();
    expect(a.credits?.roles.map((r) => r.role)).toEqual(['Reporting', 'Editing']);
  });

  it('AP: a rule before the writers line is neither body nor credit', () => {
    const a = wire('ap-rule-writers.txt');
    expect(a.paragraphs).toEqual([
      'MIAMI (AP) — A storm hit the coast on Friday.',
      'Residents were told to leave.',
    ]);
    expect(a.credits?.roles).toEqual([{ role: 'Contributing', names: ['Ann Lee', 'Bo Chen'] }]);
  });

  it('AFP: hyphenated desk initials are a sign-off', () => {
    const a = wire('afp-signoff.txt');
    expect(a.agency).toBe('AFP');
    expect(a.signOff).toBe('bur-ach/st');
    expect(a.paragraphs).toHaveLength(2);
  });

  it('a notice that names its feed and says it is unedited', () => {
    const a = wire('unnamed-feed-notice.txt');
    expect(a.disclaimer).toBe(
      '(This item was sourced from the PTI feed and appears here unedited.)',
    );
    expect(a.paragraphs).toEqual(['MUMBAI, June 14 (PTI) Heavy rains lashed the city on Friday.']);
  });

  it('summary bullets before the By line and the dateline', () => {
    const a = wire('reuters-summary-bullets.txt');
    expect(a.input.layout).toBe('wire-text');
    expect(a.headline).toBe('UPDATE 2-Oil edges higher as supply worries linger');
    expect(a.author).toBe('Jane Doe');
    expect(a.agency).toBe('Reuters');
    expect(a.location).toBe('London');
    expect(a.paragraphs).toEqual([
      'Brent up 0.4%, WTI up 0.3%',
      'Both benchmarks set for weekly gains',
      'LONDON, June 14 (Reuters) - Oil prices edged higher on Friday as worries over supply lingered.',
    ]);
  });

  it('text with no dateline at all is plain text', () => {
    const a = wire('plain-no-dateline.txt');
    expect(a.input.layout).toBe('plain-text');
    expect(a.headline).toBe('Notes from the village council meeting');
    expect(a.agency).toBeNull();
    expect(a.dateline).toBeNull();
    expect(a.paragraphs).toHaveLength(2);
    expect(a.wordCount).toBe(21);
  });
});

describe('what closes a copy', () => {
  it('leaves out Reuters contact lines, promotions after the notice and an e-mail signature', () => {
    const a = parseArticle(
      [
        'Copper climbs on supply worries',
        '',
        'SANTIAGO, June 3 (Reuters) - Copper prices rose on Monday.',
        '',
        '(Reporting by Ana Ruiz; Editing by Tom Lee)',
        '((ana.ruiz@reuters.example; +56 2 2437 0000))',
      ].join('\n'),
    );
    expect(a.paragraphs).toEqual(['SANTIAGO, June 3 (Reuters) - Copper prices rose on Monday.']);
    expect(a.credits?.text).toBe('(Reporting by Ana Ruiz; Editing by Tom Lee)');

    const b = parseArticle(
      [
        'Goa caps beach shacks',
        '',
        'Panaji, Nov 21 (PTI) The Goa government capped beach shacks at 350.',
        '',
        'Also Read | Charter flights to land at Mopa airport',
        '',
        'The official said operators must segregate waste.',
        '',
        '(This story has not been edited by Konkan Chronicle staff and is auto-generated from a syndicated feed.)',
        '',
        'Join our WhatsApp channel for the latest news from Goa.',
        '--',
        'Priya N',
      ].join('\n'),
    );
    expect(b.paragraphs).toEqual([
      'Panaji, Nov 21 (PTI) The Goa government capped beach shacks at 350.',
      'The official said operators must segregate waste.',
    ]);
    expect(b.disclaimer).toMatch(/^\(This story has not been edited/);
  });
});
