/**
 * A printed stamp as the output gives it: the text as printed, the instant in ISO 8601 at the
 * stamp's own offset and in UTC, and the zone. reading.ts reads it; the usual instants are
 * printed here, and luxon reads and prints the rarer ISO forms and expanded years.
 */
import { DateTime, FixedOffsetZone } from 'luxon';
import type { Timestamp, Warning } from '../article.js';
import { readStamp, type StampOptions } from './reading.js';

export type { StampOptions } from './reading.js';

export interface StampResult {
  stamp: Timestamp;
  warnings: Warning[];
}

const ISO_OPTIONS = { suppressMilliseconds: true } as const;
// Stamps are parsed and printed as numbers, so the locale never shows; naming one spares luxon
// from asking Intl for the system's, which costs ~10 ms at every start of the CLI.
const LOCALE = 'en-US';

// The same instant in UTC; Date's own formatter is far cheaper than a second luxon one.
const utcOf = (millis: number): string => new Date(millis).toISOString().replace('.000Z', 'Z');

function resolved(text: string, dt: DateTime, zone: string | null): StampResult {
  const stamp = { text, iso: dt.toISO(ISO_OPTIONS), utc: utcOf(dt.toMillis()), zone };
  return { stamp, warnings: [] };
}

/** 7 → "07": the two digits of a month, day, hour or minute in an ISO stamp. */
export const twoDigits = (n: number): string => String(n).padStart(2, '0');

/**
 * The instant at a fixed offset as luxon's toISO prints it (milliseconds only when there are
 * some, "Z" for no offset), by Date's own formatter: a batch makes two of these per article.
 * Null for years outside 0000-9999, which luxon prints in its expanded form.
 */
export function isoAt(millis: number, offset: number): string | null {
  const wall = new Date(millis + offset * 60_000);
  const year = wall.getUTCFullYear();
  if (!Number.isInteger(offset) || year < 0 || year > 9999) return null;
  const printed = wall.toISOString();
  const time = wall.getUTCMilliseconds() === 0 ? printed.slice(0, 19) : printed.slice(0, 23);
  if (offset === 0) return `${time}Z`;
  const size = Math.abs(offset);
  return `${time}${offset < 0 ? '-' : '+'}${twoDigits(Math.floor(size / 60))}:${twoDigits(size % 60)}`;
}

function unresolved(text: string, warnings: Warning[]): StampResult {
  return { stamp: { text, iso: null, utc: null, zone: null }, warnings };
}

/** "2024-06-14 17:34Z" (SQL's way) as luxon reads it: "2024-06-14T17:34Z". */
const withT = (text: string): string => `${text.slice(0, 10)}T${text.slice(11)}`;

/** Resolves a printed stamp to an instant, or says why it cannot. */
export function parseStamp(rawText: string, options: StampOptions): StampResult {
  const text = rawText.trim();
  const reading = readStamp(text, options);
  switch (reading.kind) {
    case 'instant': {
      const { millis, offset, zone } = reading;
      const iso = isoAt(millis, offset);
      if (iso !== null) {
        return { stamp: { text, iso, utc: utcOf(millis), zone }, warnings: reading.warnings };
      }
      const dt = DateTime.fromMillis(millis, {
        zone: FixedOffsetZone.instance(offset),
        locale: LOCALE,
      });
      return { ...resolved(text, dt, zone), warnings: reading.warnings };
    }
    case 'floating': {
      // The wall-clock time as ISO 8601 without an offset: "2015-04-30T07:19:58".
      const iso = isoAt(reading.wall, 0)?.slice(0, -1) ?? null;
      if (iso === null) return unresolved(text, reading.warnings);
      return { stamp: { text, iso, utc: null, zone: null }, warnings: reading.warnings };
    }
    case 'date': {
      const { year, month, day } = reading;
      const dt = DateTime.fromObject({ year, month, day }, { zone: 'UTC', locale: LOCALE });
      return {
        stamp: { text, iso: dt.toISODate(), utc: null, zone: null },
        warnings: reading.warnings,
      };
    }
    case 'iso': {
      const { assumed } = reading;
      const dt = assumed
        ? DateTime.fromISO(withT(text), {
            zone: FixedOffsetZone.instance(assumed.offset),
            locale: LOCALE,
          })
        : DateTime.fromISO(withT(text), { setZone: true, locale: LOCALE });
      if (dt.isValid)
        return resolved(text, dt, assumed ? assumed.zone : dt.offset === 0 ? 'UTC' : null);
      return unresolved(text, [
        { code: 'stamp-invalid', message: `${options.field} time "${text}" is not a valid date` },
      ]);
    }
    case 'unresolved':
      return unresolved(text, reading.warnings);
  }
}
