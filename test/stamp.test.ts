import fc from 'fast-check';
import { DateTime, FixedOffsetZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isoAt, parseStamp } from '../src/time/stamp.js';
import { lookupZone } from '../src/time/zones.js';

const stamp = (text: string, assumeZone?: string) =>
  parseStamp(text, assumeZone ? { field: 'created', assumeZone } : { field: 'created' });

describe('parseStamp', () => {
  it('resolves the Devdiscourse byline shape in IST', () => {
    expect(stamp('14-06-2024 17:34 IST')).toEqual({
      stamp: {
        text: '14-06-2024 17:34 IST',
        iso: '2024-06-14T17:34:00+05:30',
        utc: '2024-06-14T12:04:00Z',
        zone: 'Asia/Kolkata',
      },
      warnings: [],
    });
  });

  it('crosses the date line into the previous UTC day', () => {
    expect(stamp('01-01-2025 03:15 IST').stamp.utc).toBe('2024-12-31T21:45:00Z');
  });

  it.each([
    ['14-06-2024 17:34 GMT', '2024-06-14T17:34:00Z', 'Etc/GMT'],
    ['14-06-2024 17:34 BST', '2024-06-14T16:34:00Z', 'Europe/London'],
    ['14-06-2024 08:30 EDT', '2024-06-14T12:30:00Z', 'America/New_York'],
    ['14-01-2024 08:30 EST', '2024-01-14T13:30:00Z', 'America/New_York'],
    ['14-06-2024 17:34 PKT', '2024-06-14T12:34:00Z', 'Asia/Karachi'],
    ['14-06-2024 17:34 SGT', '2024-06-14T09:34:00Z', 'Asia/Singapore'],
    ['14-06-2024 17:34 JST', '2024-06-14T08:34:00Z', 'Asia/Tokyo'],
    ['14-06-2024 17:34 AEST', '2024-06-14T07:34:00Z', 'Australia/Sydney'],
    ['14-06-2024 17:34 NPT', '2024-06-14T11:49:00Z', 'Asia/Kathmandu'],
    ['14-06-2024 17:34 UTC', '2024-06-14T17:34:00Z', 'UTC'],
  ])('%s → %s', (text, utc, zone) => {
    const result = stamp(text);
    expect(result.stamp.utc).toBe(utc);
    expect(result.stamp.zone).toBe(zone);
    expect(result.warnings).toEqual([]);
  });

  it('reads month names, 12-hour clocks and seconds', () => {
    expect(stamp('June 14, 2024 5:34 PM IST').stamp.iso).toBe('2024-06-14T17:34:00+05:30');
    expect(stamp('14 Jun 2024 12:05 AM IST').stamp.iso).toBe('2024-06-14T00:05:00+05:30');
    expect(stamp('14-06-2024 17:34:09 IST').stamp.iso).toBe('2024-06-14T17:34:09+05:30');
  });

  it('keeps the offset of an ISO stamp as given', () => {
    expect(stamp('2024-06-14T17:34:00+05:30').stamp).toEqual({
      text: '2024-06-14T17:34:00+05:30',
      iso: '2024-06-14T17:34:00+05:30',
      utc: '2024-06-14T12:04:00Z',
      zone: null,
    });
    expect(stamp('2024-06-14T12:04:00Z').stamp.zone).toBe('UTC');
  });

  it('keeps the text and warns on an ambiguous zone', () => {
    const result = stamp('14-06-2024 17:34 CST');
    expect(result.stamp).toEqual({
      text: '14-06-2024 17:34 CST',
      iso: null,
      utc: null,
      zone: null,
    });
    expect(result.warnings.map((w) => w.code)).toEqual(['stamp-zone-ambiguous']);
  });

  it('warns on impossible dates and unknown shapes instead of guessing', () => {
    expect(stamp('31-02-2024 10:00 IST').warnings.map((w) => w.code)).toEqual(['stamp-invalid']);
    expect(stamp('yesterday evening').warnings.map((w) => w.code)).toEqual(['stamp-unreadable']);
    expect(stamp('14-06-2024 17:34').warnings.map((w) => w.code)).toEqual(['stamp-no-zone']);
  });

  it('reads a numeric offset after a written date (RFC 2822, as feeds and meta print it)', () => {
    expect(stamp('Mon, 18 Nov 2019 16:07:38 -0600').stamp).toEqual({
      text: 'Mon, 18 Nov 2019 16:07:38 -0600',
      iso: '2019-11-18T16:07:38-06:00',
      utc: '2019-11-18T22:07:38Z',
      zone: null,
    });
    expect(stamp('June 28, 2024 9:05 AM +05:30').stamp.utc).toBe('2024-06-28T03:35:00Z');
    expect(stamp('14-06-2024 17:34 +0000').stamp.zone).toBe('UTC');
  });

  it('reads a time printed before its date', () => {
    expect(stamp('01:38:07 PM IST Nov 20, 2019').stamp.utc).toBe('2019-11-20T08:08:07Z');
    expect(stamp('Fri 6:45 PM, Feb 16, 2018').stamp.iso).toBe('2018-02-16T18:45:00');
    expect(stamp('9:05 am 28 June 2024').stamp.iso).toBe('2024-06-28T09:05:00');
  });

  it('keeps a time printed without a zone as wall-clock time, with no instant', () => {
    expect(stamp('2015-04-30T07:19:58')).toEqual({
      stamp: { text: '2015-04-30T07:19:58', iso: '2015-04-30T07:19:58', utc: null, zone: null },
      warnings: [
        {
          code: 'stamp-no-zone',
          message:
            'created time "2015-04-30T07:19:58" names no time zone; kept as printed, without an instant',
        },
      ],
    });
    expect(stamp('April 30, 2015 7:19 PM').stamp).toMatchObject({
      iso: '2015-04-30T19:19:00',
      utc: null,
      zone: null,
    });
    expect(stamp('2015-04-30 07:19:58.250').stamp.iso).toBe('2015-04-30T07:19:58.250');
    // An impossible time stays unresolved.
    expect(stamp('31-02-2024 10:00').stamp.iso).toBeNull();
    // A zone assumed by the site's convention still gives the instant.
    expect(stamp('2015-04-30T07:19:58', 'IST').stamp.utc).toBe('2015-04-30T01:49:58Z');
  });

  it('reads the shapes pages print: weekday, "at", "p.m.", ordinals', () => {
    expect(stamp('Friday, June 28, 2024 at 1:20 p.m. EDT').stamp.utc).toBe('2024-06-28T17:20:00Z');
    expect(stamp('Fri 28 June 2024 10:30 BST').stamp.utc).toBe('2024-06-28T09:30:00Z');
    expect(stamp('Sun, 14 Jul 2024 10:00:00 GMT').stamp.utc).toBe('2024-07-14T10:00:00Z');
    expect(stamp('26 July 2024, 10:30 GMT').stamp.iso).toBe('2024-07-26T10:30:00Z');
    expect(stamp('June 28th, 2024 9:05 am IST').stamp.iso).toBe('2024-06-28T09:05:00+05:30');
  });

  it.each([
    ['Apr 09 2019 | 3:32 PM IST', '2019-04-09T15:32:00+05:30'],
    ['Jun 10 2016 | 1:07 AM IST', '2016-06-10T01:07:00+05:30'],
    ['Nov 13, 2021 09:39 PM IST', '2021-11-13T21:39:00+05:30'],
    ['Thursday, October 14, 2021, 23:51 [IST]', '2021-10-14T23:51:00+05:30'],
    ['2014-06-04 01:33 GMT', '2014-06-04T01:33:00Z'],
    ['Thu May 16, 2013 12:06pm EDT', '2013-05-16T12:06:00-04:00'],
    ['July 2, 2015 1:49 a.m. PDT', '2015-07-02T01:49:00-07:00'],
    ['August 31st, 2023 at 23:07 IST', '2023-08-31T23:07:00+05:30'],
    ['Sep 17, 2019 15:55 (IST)', '2019-09-17T15:55:00+05:30'],
  ])('reads the site form "%s"', (text, iso) => {
    expect(stamp(text).stamp.iso).toBe(iso);
  });

  it('gives a date printed without a time as the day, with no instant, and says so', () => {
    for (const [text, day] of [
      ['June 28, 2024', '2024-06-28'],
      ['28 June 2024', '2024-06-28'],
      ['Friday, 5 July 2024', '2024-07-05'],
      ['3rd Sept. 2024', '2024-09-03'],
      ['2024-06-28', '2024-06-28'],
    ] as const) {
      const result = stamp(text, 'IST');
      expect(result.stamp).toEqual({ text, iso: day, utc: null, zone: null });
      expect(result.warnings.map((w) => w.code)).toEqual(['stamp-date-only']);
    }
    expect(stamp('30 February 2024').warnings.map((w) => w.code)).toEqual(['stamp-invalid']);
    expect(stamp('June 2024').warnings.map((w) => w.code)).toEqual(['stamp-unreadable']);
  });

  it('assumes the given zone, and says so', () => {
    const result = stamp('14-06-2024 17:34', 'IST');
    expect(result.stamp.utc).toBe('2024-06-14T12:04:00Z');
    expect(result.warnings.map((w) => w.code)).toEqual(['stamp-zone-assumed']);
  });
});

describe('ISO stamps read without luxon agree with luxon', () => {
  // The reading before the fast path: luxon's fromISO, at the stated offset or the assumed zone.
  function byLuxon(text: string, assumeZone?: string): { iso: string | null; utc: string | null } {
    // "+05": an offset of hours only, read as one unless a zone is assumed (as before).
    const hasOffset =
      /(?:Z|[+-]\d{2}:?\d{2})$/i.test(text) || (!assumeZone && /[+-]\d{2}$/.test(text));
    const zone = assumeZone ? lookupZone(assumeZone) : undefined;
    if (!hasOffset && !zone) {
      // A time without a zone keeps its wall-clock time and names no instant.
      const wall = DateTime.fromISO(text, { zone: 'UTC' });
      const iso = wall.isValid
        ? wall.toISO({ suppressMilliseconds: true, includeOffset: false })
        : null;
      return { iso, utc: null };
    }
    const dt = hasOffset
      ? DateTime.fromISO(text, { setZone: true })
      : DateTime.fromISO(text, { zone: FixedOffsetZone.instance(zone?.offset ?? 0) });
    if (!dt.isValid) return { iso: null, utc: null };
    return {
      iso: dt.toISO({ suppressMilliseconds: true }),
      utc: new Date(dt.toMillis()).toISOString().replace('.000Z', 'Z'),
    };
  }

  const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
  const isoText = fc
    .tuple(
      fc.integer({ min: 1900, max: 2100 }),
      two(13),
      two(32),
      fc.constantFrom('T', ' '),
      two(24),
      two(60),
      fc.option(two(60)),
      fc.option(fc.stringMatching(/^[.,]\d{1,9}$/)),
      fc.option(
        fc.oneof(
          fc.constantFrom('Z', 'z'),
          fc
            .tuple(fc.constantFrom('+', '-'), two(25), fc.constantFrom(':', ''), two(61))
            .map((p) => p.join('')),
          fc.tuple(fc.constantFrom('+', '-'), two(25)).map((p) => p.join('')),
        ),
      ),
    )
    .map(
      ([year, month, day, t, hour, minute, second, fraction, offset]) =>
        `${year}-${month}-${day}${t}${hour}:${minute}` +
        (second === null ? '' : `:${second}${fraction ?? ''}`) +
        (offset ?? ''),
    );

  it('gives the same instant and offset as luxon', () => {
    fc.assert(
      fc.property(isoText, fc.constantFrom(undefined, 'IST', 'EDT', 'UTC'), (text, zone) => {
        const { stamp: ours } = stamp(text, zone);
        // luxon wants the T; a space (SQL's way) is read the same here.
        const standard = `${text.slice(0, 10)}T${text.slice(11)}`;
        expect({ iso: ours.iso, utc: ours.utc }).toEqual(byLuxon(standard, zone));
      }),
      {
        seed: Number(process.env.FUZZ_SEED ?? 20261126),
        numRuns: Number(process.env.FUZZ_RUNS ?? 3000),
      },
    );
  });

  it.each([
    ['2024-06-14T17:34:00+05:30', '2024-06-14T17:34:00+05:30', '2024-06-14T12:04:00Z'],
    ['2024-06-14T17:34:00.250Z', '2024-06-14T17:34:00.250Z', '2024-06-14T17:34:00.250Z'],
    ['2024-06-14 17:34-0400', '2024-06-14T17:34:00-04:00', '2024-06-14T21:34:00Z'],
    ['2024-12-31T23:59:59-10:00', '2024-12-31T23:59:59-10:00', '2025-01-01T09:59:59Z'],
  ])('%s', (text, iso, utc) => {
    expect(stamp(text).stamp).toMatchObject({ iso, utc });
  });
});

describe('isoAt prints an instant at an offset as luxon does', () => {
  it('agrees with luxon over the years 0-9999 and any offset within a day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }),
        fc.oneof(
          fc.constantFrom(0, 330, 345, -240, -570, 60),
          fc.integer({ min: -1439, max: 1439 }),
        ),
        (millis, offset) => {
          const byLuxon = DateTime.fromMillis(millis, {
            zone: FixedOffsetZone.instance(offset),
          }).toISO({ suppressMilliseconds: true });
          const ours = isoAt(millis, offset);
          if (ours !== null) expect(ours).toBe(byLuxon);
          else expect(byLuxon).toMatch(/^[+-]\d{6}-/);
        },
      ),
      { seed: Number(process.env.FUZZ_SEED ?? 20261126), numRuns: 3000 },
    );
  });

  it('leaves years beyond 9999 to luxon', () => {
    expect(isoAt(253_402_300_800_000, 0)).toBeNull();
    expect(isoAt(0, 330)).toBe('1970-01-01T05:30:00+05:30');
  });
});

describe('US generic zones (ET, CT, MT, PT)', () => {
  it.each([
    ['March 14, 2024 12:06 p.m. ET', '2024-03-14T12:06:00-04:00', 'America/New_York'],
    ['Jan 5, 2024, 9:30 AM ET', '2024-01-05T09:30:00-05:00', 'America/New_York'],
    ['June 14, 2024 at 1:49 a.m. PT', '2024-06-14T01:49:00-07:00', 'America/Los_Angeles'],
    ['Dec 1, 2023 4:00 PM CT', '2023-12-01T16:00:00-06:00', 'America/Chicago'],
    // The rule before 2007: daylight time until the last Sunday of October.
    ['Oct 20, 2005 10:00 PM ET', '2005-10-20T22:00:00-04:00', 'America/New_York'],
    ['Oct 31, 2005 10:00 PM ET', '2005-10-31T22:00:00-05:00', 'America/New_York'],
    // The changes themselves, at 2 a.m. local time.
    ['Mar 10, 2024 1:59 AM ET', '2024-03-10T01:59:00-05:00', 'America/New_York'],
    ['Mar 10, 2024 3:00 AM ET', '2024-03-10T03:00:00-04:00', 'America/New_York'],
    ['Nov 3, 2024 2:30 AM PT', '2024-11-03T02:30:00-08:00', 'America/Los_Angeles'],
  ])('%s', (text, iso, zone) => {
    expect(stamp(text).stamp).toMatchObject({ iso, zone });
  });

  it('agrees with the IANA rules away from the changeover hours', () => {
    const zones = { ET: 'America/New_York', PT: 'America/Los_Angeles' } as const;
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1987-01-01'), max: new Date('2037-12-31'), noInvalidDate: true }),
        fc.integer({ min: 4, max: 23 }),
        fc.constantFrom('ET', 'PT'),
        (date, hour, name: keyof typeof zones) => {
          const wall = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
          const day = date.getUTCDate();
          const text = `${day}-${wall.month}-${wall.year} ${hour}:15 ${name}`;
          const expected = DateTime.fromObject(
            { ...wall, day, hour, minute: 15 },
            { zone: zones[name] },
          );
          expect(stamp(text).stamp.utc).toBe(
            expected.toUTC().toISO({ suppressMilliseconds: true }),
          );
        },
      ),
      { seed: Number(process.env.FUZZ_SEED ?? 20261204), numRuns: 2000 },
    );
  });
});
