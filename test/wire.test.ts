import { describe, expect, it } from 'vitest';
import {
  parseCredits,
  isCreditLine,
  isSignOff,
  splitTrailingSignOff,
} from '../src/wire/credits.js';
import { classifyCredit, parseByLine } from '../src/wire/byline.js';
import { parseDateline } from '../src/wire/dateline.js';
import { isNotice } from '../src/wire/notice.js';
import { parseArticle } from '../src/index.js';

describe('parseDateline', () => {
  it.each([
    [
      'MOSCOW, June 14 (Reuters) - Russia said…',
      'MOSCOW, June 14 (Reuters)',
      'MOSCOW',
      6,
      14,
      'Reuters',
    ],
    [
      'MOSCOW, June 14 (Reuters) – Russia said…',
      'MOSCOW, June 14 (Reuters)',
      'MOSCOW',
      6,
      14,
      'Reuters',
    ],
    [
      'ISTANBUL/RIYADH (Reuters) - Talks…',
      'ISTANBUL/RIYADH (Reuters)',
      'ISTANBUL/RIYADH',
      null,
      null,
      'Reuters',
    ],
    ['WASHINGTON (Reuters) - The…', 'WASHINGTON (Reuters)', 'WASHINGTON', null, null, 'Reuters'],
    ['New Delhi, Jun 14 (PTI) The…', 'New Delhi, Jun 14 (PTI)', 'New Delhi', 6, 14, 'PTI'],
    ['Chennai, June 14 (IANS) The…', 'Chennai, June 14 (IANS)', 'Chennai', 6, 14, 'IANS'],
    [
      'Srinagar (Jammu and Kashmir) [India], June 14 (ANI): The…',
      'Srinagar (Jammu and Kashmir) [India], June 14 (ANI)',
      'Srinagar',
      6,
      14,
      'ANI',
    ],
    ['PARIS, Sept. 3 (AFP) - France…', 'PARIS, Sept. 3 (AFP)', 'PARIS', 9, 3, 'AFP'],
    [
      'SAN JUAN, Puerto Rico (AP) — A storm…',
      'SAN JUAN, Puerto Rico (AP)',
      'SAN JUAN, Puerto Rico',
      null,
      null,
      'AP',
    ],
    ['LONDON, 14 June (Reuters) - UK…', 'LONDON, 14 June (Reuters)', 'LONDON', 6, 14, 'Reuters'],
    ['NEW DELHI, June 14: The government…', 'NEW DELHI, June 14', 'NEW DELHI', 6, 14, null],
  ])('%s', (paragraph, text, location, month, day, agency) => {
    expect(parseDateline(paragraph)).toMatchObject({ text, location, month, day, agency });
  });

  it.each([
    'The Reserve Bank of India (RBI) on Friday kept rates unchanged.',
    'UPDATE: markets closed early.',
    'Russian President Vladimir Putin pledged on Friday to "immediately" order a cease-fire.',
    'He said (in a statement) that it would go ahead.',
  ])('finds no dateline in %s', (paragraph) => {
    expect(parseDateline(paragraph)).toBeNull();
  });

  it.each([
    [
      'NEW YORK, June 14, 2024 /PRNewswire/ -- Acme Energy today announced…',
      {
        text: 'NEW YORK, June 14, 2024 /PRNewswire/',
        location: 'NEW YORK',
        year: 2024,
        agency: 'PRNewswire',
      },
    ],
    [
      'NEW YORK, June 14, 2024 (GLOBE NEWSWIRE) -- Acme said…',
      {
        text: 'NEW YORK, June 14, 2024 (GLOBE NEWSWIRE)',
        location: 'NEW YORK',
        year: 2024,
        agency: 'GLOBE NEWSWIRE',
      },
    ],
    [
      'SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp. today named…',
      {
        text: 'SAN FRANCISCO--(BUSINESS WIRE)',
        location: 'SAN FRANCISCO',
        year: null,
        agency: 'BUSINESS WIRE',
      },
    ],
  ])('reads the press-release shape %s', (paragraph, expected) => {
    expect(parseDateline(paragraph)).toMatchObject(expected);
  });

  it('takes a printed year as it is, not from the stamps', () => {
    const a = parseArticle(
      'Acme names a new chief\n\nNEW YORK, Dec 30, 2023 /PRNewswire/ -- Acme Corp. named a chief.\n',
    );
    expect(a.dateline?.date).toBe('2023-12-30');
    expect(a.agency).toBe('PRNewswire');
    expect(a.location).toBe('New York');
  });

  it('reads a bare "(Reuters) -" without a place', () => {
    expect(parseDateline('(Reuters) - Apple said on Monday…')).toMatchObject({
      location: null,
      agency: 'Reuters',
    });
  });
});

describe('isNotice', () => {
  it.each([
    '(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)',
    '(With inputs from agencies.)',
    'This report is auto-generated from PTI news service. ThePrint holds no responsibility for its content.',
    '(This story has not been edited by Outlook staff and is auto-generated from news agency feeds. Source: PTI)',
    '(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)',
    '(Only the headline of this report may have been reworked by Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)',
    'Disclaimer: This article has been published from a wire agency feed without modifications to the text.',
    '(With agency inputs)',
  ])('recognises %s', (paragraph) => {
    expect(isNotice(paragraph)).toBe(true);
  });

  it.each([
    'The minister said the news agency had been misquoted in several reports over the past week, and that the government would respond formally.',
    'Shares of the wire service company rose 4% on Friday after it reported higher quarterly earnings than analysts had expected.',
    'None of this is expensive compared with the losses it prevents.',
  ])('leaves a story sentence alone: %s', (paragraph) => {
    expect(isNotice(paragraph)).toBe(false);
  });
});

describe('credits and sign-offs', () => {
  it('parses a Reuters credit line into roles and names', () => {
    expect(
      parseCredits(
        '(Reporting by Jane Doe in Moscow and John Roe; Additional reporting by Ann Lee; Editing by Mark Potter)',
      ),
    ).toEqual({
      text: '(Reporting by Jane Doe in Moscow and John Roe; Additional reporting by Ann Lee; Editing by Mark Potter)',
      roles: [
        { role: 'Reporting', names: ['Jane Doe', 'John Roe'] },
        { role: 'Additional reporting', names: ['Ann Lee'] },
        { role: 'Editing', names: ['Mark Potter'] },
      ],
    });
  });

  it('recognises an AP contributor line and leaves sentences alone', () => {
    expect(
      isCreditLine('Associated Press writer Jane Doe in Paris contributed to this report.'),
    ).toBe(true);
    expect(isCreditLine('Reporting by the committee was delayed, officials said.')).toBe(false);
  });

  it("recognises a newspaper's contributor line, names and place", () => {
    expect(isCreditLine('Mara Quill contributed reporting from Lisbon.')).toBe(true);
    expect(isCreditLine('Ada Brook and Tom Reyes contributed additional reporting.')).toBe(true);
    expect(isCreditLine('Every member of the club contributed reporting to the survey.')).toBe(
      false,
    );
  });

  it('recognises desk sign-offs, alone or glued to the last sentence', () => {
    expect(isSignOff('PTI ABC DEF')).toBe(true);
    expect(isSignOff('--IANS')).toBe(true);
    expect(isSignOff('aal/dpb')).toBe(true);
    expect(isSignOff('(ANI)')).toBe(true);
    expect(isSignOff('PTI said so')).toBe(false);
    expect(splitTrailingSignOff('The talks ended on Friday. PTI RKM SSK')).toEqual([
      'The talks ended on Friday.',
      'PTI RKM SSK',
    ]);
    expect(splitTrailingSignOff('He spoke to PTI ABOUT it')).toBeNull();
  });
});

describe('byline credits', () => {
  it.each([
    ['PTI', 'agency'],
    ['Reuters', 'agency'],
    ['Devdiscourse News Desk', 'agency'],
    ['UN News', 'agency'],
    ['PR Newswire', 'agency'],
    ['Press Trust of India', 'agency'],
    ['Voice of America', 'agency'],
    ['The Conversation', 'agency'],
    ['Meera Krishnan', 'author'],
    ['Dr. Anil K. Sharma', 'author'],
  ] as const)('%s is an %s', (name, kind) => {
    expect(classifyCredit(name)).toBe(kind);
  });

  it('reads "By" lines and refuses sentences', () => {
    expect(parseByLine('By Howard Schneider and Ann Saphir')).toBe(
      'Howard Schneider and Ann Saphir',
    );
    expect(parseByLine('By Jane Doe (Reuters)')).toBe('Jane Doe');
    expect(parseByLine('By the time the rescue teams arrived, the water had receded.')).toBeNull();
  });
});
