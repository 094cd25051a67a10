import { describe, expect, it } from 'vitest';
import { readPageMeta, splitGluedStamp } from '../src/text/page-meta.js';
import { isSignOff, splitTrailingSignOff } from '../src/wire/credits.js';
import { parsePageDateline } from '../src/wire/dateline.js';

const meta = (fields: Partial<ReturnType<typeof readPageMeta>>) => ({
  author: null,
  agency: null,
  place: null,
  created: null,
  updated: null,
  ...fields,
});

describe('readPageMeta: the credit and stamp lines sites print', () => {
  it.each([
    ['Press Trust of India Kolkata', meta({ agency: 'Press Trust of India', place: 'Kolkata' })],
    ['Reported by: Press Trust Of India', meta({ agency: 'Press Trust Of India' })],
    ['By PTI', meta({ agency: 'PTI' })],
    ['Reuters News', meta({ agency: 'Reuters' })],
    ['Meera Pillai |', meta({ author: 'Meera Pillai' })],
    ['By Ana Ruiz and Li Wei', meta({ author: 'Ana Ruiz and Li Wei' })],
    ['Source: Xinhua', meta({ agency: 'Xinhua' })],
    [
      '(Xinhua) Updated: 2021-03-02 10:14 GMT',
      meta({ agency: 'Xinhua', updated: '2021-03-02 10:14 GMT' }),
    ],
    [
      'ANI | Updated: Sep 17, 2019 15:55 IST',
      meta({ agency: 'ANI', updated: 'Sep 17, 2019 15:55 IST' }),
    ],
    [
      'OSLO | Thu May 16, 2013 12:06pm EDT',
      meta({ place: 'OSLO', created: 'Thu May 16, 2013 12:06pm EDT' }),
    ],
    ['Last Updated : Apr 09 2019 | 3:32 PM IST', meta({ updated: 'Apr 09 2019 3:32 PM IST' })],
    [
      'Story first published: Thursday, October 14, 2021, 23:51 [IST]',
      meta({ created: 'Thursday, October 14, 2021, 23:51 [IST]' }),
    ],
    ['Update: 2014-06-04 01:33 GMT', meta({ updated: '2014-06-04 01:33 GMT' })],
    // An agency's name runs straight into the stamp, with or without a place between.
    [
      'Press Trust of India March 3, 2025, 08:15:20 IST',
      meta({ agency: 'Press Trust of India', created: 'March 3, 2025, 08:15:20 IST' }),
    ],
    [
      'PTI Kolkata Updated: Mar 3, 2025 08:15 IST',
      meta({ agency: 'PTI', place: 'Kolkata', updated: 'Mar 3, 2025 08:15 IST' }),
    ],
    // The stamps after a credit's bar; an editor is credited as no one.
    [
      'Written by Ana Ruiz | Updated: Mar 3, 2025, 08:15 IST',
      meta({ author: 'Ana Ruiz', updated: 'Mar 3, 2025, 08:15 IST' }),
    ],
    [
      'Edited By: Li Wei | Updated: Mar 3, 2025, 08:15 IST',
      meta({ updated: 'Mar 3, 2025, 08:15 IST' }),
    ],
    // A label with its stamp after a dash, beside a site's own desk (no person).
    [
      'By Harbour Daily Published Date - 3 March 2025, 08:15 PM',
      meta({ created: '3 March 2025, 08:15 PM' }),
    ],
    // A template's labels with no stamps: a stamp line, but no stamp.
    ['Published: Updated:', meta({})],
    ['Updated:', meta({})],
    // A business-news agency's desk in the byline's place.
    ['Capital Market', meta({ agency: 'Capital Market' })],
    // A later stamp's time of day on the date printed before it.
    [
      'Mar 4, 2025 | Updated 04:34 pm IST',
      meta({ created: 'Mar 4, 2025', updated: 'Mar 4, 2025 04:34 pm IST' }),
    ],
    // A time of day alone: a stamp line, whose date must come from elsewhere.
    ['Updated 04:34 pm IST', meta({ time: { which: 'updated', time: '04:34 pm IST' } })],
    ['12:06pm EDT', meta({ time: { which: 'created', time: '12:06pm EDT' } })],
  ])('%s', (line, expected) => {
    expect(readPageMeta(line)).toEqual(expected);
  });

  it('credits no person for a desk, and reads no sentence or "Published by"', () => {
    expect(readPageMeta('By Express News Service')).toEqual(meta({}));
    expect(readPageMeta('DC Correspondent')).toEqual(meta({}));
    expect(readPageMeta('Our Special Correspondent')).toEqual(meta({}));
    expect(readPageMeta('Published by Harbour Books')).toBeNull();
    expect(readPageMeta('Police said the two men were held on Sunday.')).toBeNull();
    expect(readPageMeta('Cabinet clears new rail line |')).toBeNull();
    expect(readPageMeta('10.30')).toBeNull();
  });
});

describe('splitGluedStamp: a stamp run on to the end of a line', () => {
  it('sets the stamp apart from the title, past a reading time', () => {
    expect(
      splitGluedStamp('Ferry fares to rise in June2 min read . Updated: 4 Mar 2025, 06:40 PM IST'),
    ).toEqual(['Ferry fares to rise in June', 'Updated: 4 Mar 2025, 06:40 PM IST']);
    expect(
      splitGluedStamp('Ferry fares to rise in June | Last Updated: 4 Mar 2025, 18:40 IST'),
    ).toEqual(['Ferry fares to rise in June', 'Last Updated: 4 Mar 2025, 18:40 IST']);
  });

  it('leaves a sentence, a byline and a stamp line whole', () => {
    for (const line of [
      'The board said so in a statement published on March 4, 2025 10:00 IST',
      'By Asha Menon | Updated: 4 Mar 2025, 06:40 PM IST',
      'Updated: 4 Mar 2025, 06:40 PM IST',
      'The board updated its rules on Monday, 4 March 2025.',
    ]) {
      expect(splitGluedStamp(line)).toBeNull();
    }
  });
});

describe('parsePageDateline: a site desk’s dateline', () => {
  it.each([
    ['New Delhi: The ministry said…', 'New Delhi', null],
    ['Chandigarh, Oct 14: The state…', 'Chandigarh', 10],
    ['Pune | A court on Monday…', 'Pune', null],
    ['JERUSALEM -- Israel said…', 'JERUSALEM', null],
    ['Hyderabad:', 'Hyderabad', null],
  ])('%s', (text, location, month) => {
    const dateline = parsePageDateline(text);
    expect(dateline?.location).toBe(location);
    expect(dateline?.month ?? null).toBe(month);
  });

  // National agencies print their credit after a comma, with or without spaces.
  it.each([
    ['Port Veda, IRNA – The ministry said…', 'Port Veda', 'IRNA'],
    ['Port Veda,SANA- 40 people were…', 'Port Veda', 'SANA'],
    ['Kuala Lumpur, Bernama -- The ministry said…', 'Kuala Lumpur', 'Bernama'],
    ['Port Veda, KUNA: The ministry said…', 'Port Veda', 'KUNA'],
  ])('%s', (text, location, agency) => {
    const dateline = parsePageDateline(text);
    expect(dateline?.location).toBe(location);
    expect(dateline?.agency).toBe(agency);
  });

  it('takes a name that is also an agency’s acronym for an agency only in capitals', () => {
    expect(parsePageDateline('Port Veda, Sana – she said…')?.agency ?? null).toBeNull();
    expect(readPageMeta('Sana Mirza |')).toEqual(meta({ author: 'Sana Mirza' }));
  });

  it('is no picture credit, headline label or section', () => {
    for (const text of ['IMAGE: PTI', 'IN MEMORIAM: A poet', 'Note: none']) {
      expect(parsePageDateline(text)).toBeNull();
    }
  });
});

describe('sign-offs in the forms sites print', () => {
  it('knows en and em dashes and AFP in brackets', () => {
    for (const text of ['–IANS', '— PTI', '-- PTI', '(AFP)']) expect(isSignOff(text)).toBe(true);
    expect(splitTrailingSignOff('The talks resume on Monday. (AFP)')).toEqual([
      'The talks resume on Monday.',
      '(AFP)',
    ]);
  });
});
