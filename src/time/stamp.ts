import { DateTime, FixedOffsetZone } from 'luxon';
import type { Timestamp, Warning } from '../article.js';
import { monthNumber } from './months.js';
import { AMBIGUOUS, lookupZone } from './zones.js';

export interface StampResult {
  stamp: Timestamp;
  warnings: Warning[];
}

export interface StampOptions {
  /** Field name used in warning messages ("updated", "created"). */
  field: string;
  /** Abbreviation assumed when the text names no zone (Devdiscourse prints IST). */
  assumeZone?: string;
}

interface Parts {
  year: number;
  month: number;
  day: number;
  /** false when only a date is printed ("June 28, 2024"). */
  timed: boolean;
  hour: number;
  minute: number;
  second: number;
  millisecond?: number;
  zone: string | null;
}

// dd-MM-yyyy HH:mm[:ss] [AM|PM] [ZONE], the Devdiscourse byline shape (also / and . separators).
const NUMERIC =
  /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})[\sT,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AP]M)\s*)?([A-Z]{1,5})?$/i;
// "June 14, 2024 17:34 IST", "Jun 14 2024, 5:34 PM IST", "June 14th, 2024" (a date alone)
const MONTH_FIRST =
  /^([A-Z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AP]M)\s*)?([A-Z]{1,5})?)?$/i;
// "14 June 2024 17:34 IST", "14th June, 2024" (a date alone)
const DAY_FIRST =
  /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z]{3,9}\.?),?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AP]M)\s*)?([A-Z]{1,5})?)?$/i;
const ISO_LIKE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// What pages print around the same shapes: "Friday, June 28, 2024 at 1:20 p.m. EDT".
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?$/i;
const DOTTED_MERIDIEM = /\b([ap])\.m\.?/gi;

/** The text in the shapes the patterns read: weekday dropped, "at" and "p.m." made plain. */
function plain(text: string): string {
  const words = text.split(/\s+/);
  if (words.length > 1 && WEEKDAY.test(words[0] ?? '')) words.shift();
  return words
    .filter((word, i) => word.toLowerCase() !== 'at' || !/^\d/.test(words[i + 1] ?? ''))
    .join(' ')
    .replace(DOTTED_MERIDIEM, '$1M');
}

/**
 * The instant a wall-clock time names at a fixed offset; null for an impossible date or time.
 * Built from epoch milliseconds: several times cheaper in luxon than from calendar fields, and
 * this runs twice for every article of a batch.
 */
function atOffset(parts: Parts & { hour: number }, offset: number): DateTime | null {
  const { year, month, day, hour, minute, second, millisecond = 0 } = parts;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  const check = new Date(wall);
  const valid =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  if (!valid) return null;
  return DateTime.fromMillis(wall - offset * 60_000, {
    zone: FixedOffsetZone.instance(offset),
    locale: LOCALE,
  });
}

function hour24(hour: string | undefined, meridiem: string | undefined): number {
  if (hour === undefined) return 0;
  if (!meridiem) return Number(hour);
  const pm = meridiem.toUpperCase() === 'PM';
  return (Number(hour) % 12) + (pm ? 12 : 0);
}

// The three shapes share their groups after the date: 3 year, 4 hour, 5 minute, 6 second,
// 7 AM/PM, 8 zone.
function withTime(m: RegExpExecArray, day: number, month: number): Parts {
  return {
    day,
    month,
    year: Number(m[3]),
    timed: m[4] !== undefined,
    hour: hour24(m[4], m[7]),
    minute: Number(m[5]),
    second: Number(m[6] ?? 0),
    zone: m[8]?.toUpperCase() ?? null,
  };
}

function toParts(printed: string): Parts | null {
  const text = plain(printed);
  let m = NUMERIC.exec(text);
  if (m) return withTime(m, Number(m[1]), Number(m[2]));
  m = MONTH_FIRST.exec(text);
  const month1 = m ? monthNumber(m[1] ?? '') : undefined;
  if (m && month1) return withTime(m, Number(m[2]), month1);
  m = DAY_FIRST.exec(text);
  const month2 = m ? monthNumber(m[2] ?? '') : undefined;
  if (m && month2) return withTime(m, Number(m[1]), month2);
  m = ISO_DATE.exec(text);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return { year, month, day, timed: false, hour: 0, minute: 0, second: 0, zone: null };
  }
  return null;
}

const ISO_OPTIONS = { suppressMilliseconds: true } as const;
// Stamps are parsed and printed as numbers, so the locale never shows; naming one spares luxon
// from asking Intl for the system's, which costs ~10 ms at every start of the CLI.
const LOCALE = 'en-US';

function resolved(text: string, dt: DateTime, zone: string | null): Timestamp {
  return {
    text,
    iso: dt.toISO(ISO_OPTIONS),
    // The same instant in UTC; Date's own formatter is far cheaper than a second luxon one.
    utc: new Date(dt.toMillis()).toISOString().replace('.000Z', 'Z'),
    zone,
  };
}

function unresolved(text: string): Timestamp {
  return { text, iso: null, utc: null, zone: null };
}

// The ISO 8601 shape pages print: 2024-06-14T17:34[:56[.789]][Z|+05:30|+0530|+05]. luxon's own
// ISO parser compiles a set of large patterns on first use, ~3 ms of a one-page run; it still
// reads whatever this does not.
const ISO_STAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)?$/i;

/** A plain ISO stamp at its own offset, else at `assumed` (minutes); null to ask luxon. */
function isoAtOffset(text: string, assumed: number | null): DateTime | null {
  const m = ISO_STAMP.exec(text);
  if (!m) return null;
  const [
    ,
    year,
    month,
    day,
    hour,
    minute,
    second,
    fraction,
    utc,
    sign,
    offsetHours,
    offsetMinutes,
  ] = m;
  const own = sign
    ? (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes ?? 0))
    : utc
      ? 0
      : null;
  const stated = own ?? assumed;
  if (stated === null || Math.abs(stated) >= 24 * 60 || Number(offsetMinutes ?? 0) >= 60)
    return null;
  const parts = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    timed: true,
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second ?? 0),
    millisecond: fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0,
    zone: null,
  };
  const dt = atOffset(parts, stated);
  // Its own offset names the instant; an assumed zone is where it is shown.
  return own !== null && assumed !== null && dt
    ? dt.setZone(FixedOffsetZone.instance(assumed))
    : dt;
}

/** "2024-06-14 17:34Z" (SQL's way) as luxon reads it: "2024-06-14T17:34Z". */
const withT = (text: string): string => `${text.slice(0, 10)}T${text.slice(11)}`;

/** Parses an ISO 8601 stamp, keeping its offset as given. */
function parseIso(text: string, options: StampOptions): StampResult {
  const hasOffset = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(text);
  if (hasOffset) {
    const dt =
      isoAtOffset(text, null) ?? DateTime.fromISO(withT(text), { setZone: true, locale: LOCALE });
    if (!dt.isValid) return invalid(text, options);
    return { stamp: resolved(text, dt, dt.offset === 0 ? 'UTC' : null), warnings: [] };
  }
  const assumed = options.assumeZone ? lookupZone(options.assumeZone) : undefined;
  if (!assumed) {
    return {
      stamp: unresolved(text),
      warnings: [
        { code: 'stamp-no-zone', message: `${options.field} time "${text}" names no time zone` },
      ],
    };
  }
  const dt =
    isoAtOffset(text, assumed.offset) ??
    DateTime.fromISO(withT(text), {
      zone: FixedOffsetZone.instance(assumed.offset),
      locale: LOCALE,
    });
  if (!dt.isValid) return invalid(text, options);
  return { stamp: resolved(text, dt, assumed.zone), warnings: [] };
}

function invalid(text: string, options: StampOptions): StampResult {
  return {
    stamp: unresolved(text),
    warnings: [
      { code: 'stamp-invalid', message: `${options.field} time "${text}" is not a valid date` },
    ],
  };
}

/**
 * A date printed without a time names a day, not an instant: `iso` gives the day (YYYY-MM-DD),
 * `utc` and `zone` stay null, and the reader is told why.
 */
function dateOnly(text: string, parts: Parts, options: StampOptions): StampResult {
  const { year, month, day } = parts;
  const dt = DateTime.fromObject({ year, month, day }, { zone: 'UTC', locale: LOCALE });
  if (!dt.isValid) return invalid(text, options);
  return {
    stamp: { text, iso: dt.toISODate(), utc: null, zone: null },
    warnings: [
      {
        code: 'stamp-date-only',
        message: `${options.field} time "${text}" gives a date but no time of day`,
      },
    ],
  };
}

/**
 * Resolves a printed stamp to an instant. The abbreviation's own offset is used (never the
 * zone's rules), because "EST" printed in July still states -05:00.
 */
export function parseStamp(rawText: string, options: StampOptions): StampResult {
  const text = rawText.trim();
  if (ISO_LIKE.test(text)) return parseIso(text, options);
  const parts = toParts(text);
  if (!parts) {
    return {
      stamp: unresolved(text),
      warnings: [
        {
          code: 'stamp-unreadable',
          message: `${options.field} time "${text}" is not a known format`,
        },
      ],
    };
  }
  if (!parts.timed) return dateOnly(text, parts, options);
  const warnings: Warning[] = [];
  let abbreviation = parts.zone;
  if (!abbreviation && options.assumeZone) {
    abbreviation = options.assumeZone;
    warnings.push({
      code: 'stamp-zone-assumed',
      message: `${options.field} time "${text}" names no zone; ${options.assumeZone} assumed`,
    });
  }
  if (!abbreviation) {
    warnings.push({
      code: 'stamp-no-zone',
      message: `${options.field} time "${text}" names no time zone`,
    });
    return { stamp: unresolved(text), warnings };
  }
  const info = lookupZone(abbreviation);
  if (!info) {
    const code = AMBIGUOUS.has(abbreviation) ? 'stamp-zone-ambiguous' : 'stamp-zone-unknown';
    const why = AMBIGUOUS.has(abbreviation) ? 'is ambiguous' : 'is not a known zone';
    warnings.push({ code, message: `${options.field} time "${text}": "${abbreviation}" ${why}` });
    return { stamp: unresolved(text), warnings };
  }
  const dt = atOffset({ ...parts, hour: parts.hour }, info.offset);
  if (dt === null) {
    const bad = invalid(text, options);
    return { stamp: bad.stamp, warnings: [...warnings, ...bad.warnings] };
  }
  return { stamp: resolved(text, dt, info.zone), warnings };
}
