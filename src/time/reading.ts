/**
 * Reading a printed stamp: its shape, its date and time, the offset it states or is assumed to
 * have, and so its instant in epoch milliseconds. No luxon here: the HTML layouts check stamps
 * with this alone, and stamp.ts turns a reading into the output's Timestamp.
 */
import type { Warning } from '../article.js';
import { monthNumber } from './months.js';
import { AMBIGUOUS, lookupZone, seasonalZone, type ZoneInfo } from './zones.js';

export interface StampOptions {
  /** Field name used in warning messages ("updated", "created"). */
  field: string;
  /** Abbreviation assumed when the text names no zone (a site profile's, Devdiscourse's IST). */
  assumeZone?: string;
}

export type StampReading =
  /** An instant, shown at `offset` minutes east of UTC; `zone` is the IANA zone when known. */
  | { kind: 'instant'; millis: number; offset: number; zone: string | null; warnings: Warning[] }
  /**
   * A time of day printed without a zone: `wall` is the wall-clock time read as if at UTC
   * (epoch milliseconds), which names no instant until a zone is known.
   */
  | { kind: 'floating'; wall: number; warnings: Warning[] }
  /** A date without a time of day. */
  | { kind: 'date'; year: number; month: number; day: number; warnings: Warning[] }
  /** An ISO 8601 form beyond the plain one, to be read by a full ISO parser. */
  | { kind: 'iso'; assumed: ZoneInfo | null }
  /** No instant: unreadable, impossible, or in an unknown zone; the warnings say which. */
  | { kind: 'unresolved'; warnings: Warning[] };

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
  /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})[\sT,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AP]M)\s*)?([A-Z]{1,5}|[+-]\d{2}:?\d{2})?$/i;
// "June 14, 2024 17:34 IST", "Jun 14 2024, 5:34 PM IST", "June 14th, 2024" (a date alone)
const MONTH_FIRST =
  /^([A-Z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AP]M)\s*)?([A-Z]{1,5}|[+-]\d{2}:?\d{2})?)?$/i;
// "14 June 2024 17:34 IST", "14th June, 2024" (a date alone)
const DAY_FIRST =
  /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z]{3,9}\.?),?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AP]M)\s*)?([A-Z]{1,5}|[+-]\d{2}:?\d{2})?)?$/i;
const ISO_LIKE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
// "2025-01-01 01:15 JST": the ISO date and time with a zone's abbreviation, not an offset.
const YEAR_FIRST =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AP]M)\s*)?\s([A-Z]{1,5})$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;
const HOURS_OFFSET = /[+-]\d{2}$/;
// The ISO 8601 shape pages print: 2024-06-14T17:34[:56[.789]][Z|+05:30|+0530|+05]. A full ISO
// parser (luxon's) compiles a set of large patterns on first use, ~3 ms of a one-page run; it is
// left only what this does not read.
const ISO_STAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)?$/i;
// What pages print around the same shapes: "Friday, June 28, 2024 at 1:20 p.m. EDT".
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?$/i;
const DOTTED_MERIDIEM = /\b([ap])\.m\.?/gi;
const MINUTES_PER_DAY = 24 * 60;
// ISO 8601's basic form, as NITF prints it: "20240614T173400+0530", "20240614".
const BASIC_ISO =
  /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(?:[.,]\d{1,9})?(?:(Z)|([+-])(\d{2})(\d{2})?)?)?$/i;
const TIME_FIRST =
  /^(\d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?)(?: ([A-Z]{2,5}))?,? ((?:[A-Z]{3}|\d{1,2} [A-Z]{3})[^:]*)$/i;

// Sites set the time apart from the date ("Apr 09 2019 | 3:32 PM IST") and the zone in brackets
// ("23:51 [IST]", "(IST)"); an ordinal day reads as the day ("August 31st").
// "Nov 05,2023" and "September 24 , 2016 , 17:02": commas without or with a space before.
const GLUED_YEAR = /,(\d{4})\b/g;
const SPACED_COMMA = / ,/g;
const BRACKETED_ZONE = /^[[(]([A-Z]{2,5})[\])]$/i;

// "at" and "@" between a date and its time: "Oct. 16 2020 @ 10:15 GMT".
const AT = /^(?:at|@)$/i;
const TRAILING_ZONE = / ([A-Z]{2,5})$/;

/** The text in the shapes the patterns read: weekday dropped, "at" and "p.m." made plain. */
function plain(text: string): string {
  const words = text.split(/\s+/).filter((word) => word !== '|');
  if (words.length > 1 && WEEKDAY.test(words[0] ?? '')) words.shift();
  const joined = words
    .filter((word, i) => !AT.test(word) || !/^\d/.test(words[i + 1] ?? ''))
    .map((word) => BRACKETED_ZONE.exec(word)?.[1] ?? word)
    .join(' ')
    .replace(DOTTED_MERIDIEM, '$1M')
    .replace(GLUED_YEAR, ', $1')
    .replace(SPACED_COMMA, ',');
  // "6:45 PM, Feb 16, 2018", "01:38:07 PM IST Nov 20, 2019": the time first, put after the date.
  const timeFirst = TIME_FIRST.exec(joined);
  if (!timeFirst) return joined;
  const [, time = '', zone, printedDate = ''] = timeFirst;
  // "07:41 AM Jan 30, 2026 IST": the zone after the date is the time's.
  const zoneAfter = zone === undefined ? TRAILING_ZONE.exec(printedDate) : null;
  const date = zoneAfter ? printedDate.slice(0, zoneAfter.index) : printedDate;
  const named = zone ?? zoneAfter?.[1];
  return named === undefined ? `${date} ${time}` : `${date} ${time} ${named}`;
}

/** Epoch milliseconds of a wall-clock time at a fixed offset; null for an impossible one. */
function instantAt(parts: Parts, offset: number): number | null {
  const { year, month, day, hour, minute, second, millisecond = 0 } = parts;
  // setUTCFullYear, not Date.UTC, which reads the years 0-99 as 1900-1999.
  const check = new Date(0);
  check.setUTCFullYear(year, month - 1, day);
  const wall = check.setUTCHours(hour, minute, second, millisecond);
  const valid =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  return valid ? wall - offset * 60_000 : null;
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

// The Devdiscourse byline's own shape, the stamp most inputs print: plain() would leave it as
// it is and NUMERIC read it so, which this does in one step.
const BYLINE_STAMP = /^(\d{2})-(\d{2})-(\d{4}) (\d{2}):(\d{2}) ([A-Z]{1,5})$/;

function toParts(printed: string): Parts | null {
  const byline = BYLINE_STAMP.exec(printed);
  if (byline) {
    return {
      year: Number(byline[3]),
      month: Number(byline[2]),
      day: Number(byline[1]),
      timed: true,
      hour: Number(byline[4]),
      minute: Number(byline[5]),
      second: 0,
      zone: byline[6] ?? null,
    };
  }
  const text = plain(printed);
  // Only a year-first text can match; the other shapes skip compiling the pattern.
  let m = text.charAt(4) === '-' ? YEAR_FIRST.exec(text) : null;
  if (m) {
    const [, year, month, day, hour, minute, second, meridiem, zone] = m;
    return {
      year: Number(year),
      month: Number(month),
      day: Number(day),
      timed: true,
      hour: hour24(hour, meridiem),
      minute: Number(minute),
      second: Number(second ?? 0),
      zone: zone?.toUpperCase() ?? null,
    };
  }
  m = NUMERIC.exec(text);
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

function warning(code: string, options: StampOptions, text: string, why: string): Warning {
  return { code, message: `${options.field} time "${text}" ${why}` };
}

/** A time without a zone is kept as the wall-clock time the page printed, and said so. */
const noZone = (text: string, field: string): Warning => ({
  code: 'stamp-no-zone',
  message: `${field} time "${text}" names no time zone; kept as printed, without an instant`,
});

const invalid = (text: string, options: StampOptions, warnings: Warning[] = []): StampReading => ({
  kind: 'unresolved',
  warnings: [...warnings, warning('stamp-invalid', options, text, 'is not a valid date')],
});

/** A plain ISO stamp's instant and the offset it is shown at; null for luxon to read. */
function readPlainIso(text: string, assumed: ZoneInfo | null, field = ''): StampReading | null {
  const m = ISO_STAMP.exec(text);
  if (!m) return null;
  const [, year, month, day, hour, minute, second, fraction, utc, sign, offHours, offMinutes] = m;
  const own = sign
    ? (sign === '-' ? -1 : 1) * (Number(offHours) * 60 + Number(offMinutes ?? 0))
    : utc
      ? 0
      : null;
  const stated = own ?? assumed?.offset ?? 0;
  if (Math.abs(stated) >= MINUTES_PER_DAY || Number(offMinutes ?? 0) >= 60) return null;
  const millis = instantAt(
    {
      year: Number(year),
      month: Number(month),
      day: Number(day),
      timed: true,
      hour: Number(hour),
      minute: Number(minute),
      second: Number(second ?? 0),
      millisecond: fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0,
      zone: null,
    },
    stated,
  );
  if (millis === null) return null;
  if (own === null && !assumed) {
    return { kind: 'floating', wall: millis, warnings: [noZone(text, field)] };
  }
  // Its own offset names the instant; an assumed zone is where it is shown.
  return assumed
    ? { kind: 'instant', millis, offset: assumed.offset, zone: assumed.zone, warnings: [] }
    : { kind: 'instant', millis, offset: stated, zone: stated === 0 ? 'UTC' : null, warnings: [] };
}

/** An ISO 8601 stamp, at the offset it gives, or in the assumed zone when it gives none. */
function readIso(text: string, options: StampOptions): StampReading {
  if (ISO_OFFSET.test(text)) return readPlainIso(text, null) ?? { kind: 'iso', assumed: null };
  const assumed = options.assumeZone ? lookupZone(options.assumeZone) : undefined;
  if (assumed) return readPlainIso(text, assumed) ?? { kind: 'iso', assumed };
  // "+05": an offset in hours alone.
  if (HOURS_OFFSET.test(text)) return readPlainIso(text, null) ?? { kind: 'iso', assumed: null };
  return (
    readPlainIso(text, null, options.field) ?? {
      kind: 'unresolved',
      warnings: [noZone(text, options.field)],
    }
  );
}

/**
 * Reads a printed stamp (trimmed). The abbreviation's own offset is used (never the zone's
 * rules), because "EST" printed in July still states -05:00.
 */
export function readStamp(text: string, options: StampOptions): StampReading {
  const stated = text.charCodeAt(0) <= 57 && BASIC_ISO.exec(text);
  if (stated) return readBasicIso(stated, text, options);
  if (ISO_LIKE.test(text) && !YEAR_FIRST.test(text)) return readIso(text, options);
  const parts = toParts(text);
  if (!parts) {
    return {
      kind: 'unresolved',
      warnings: [warning('stamp-unreadable', options, text, 'is not a known format')],
    };
  }
  if (!parts.timed) {
    const { year, month, day } = parts;
    if (instantAt({ ...parts, hour: 0, minute: 0, second: 0 }, 0) === null) {
      return invalid(text, options);
    }
    const why = 'gives a date but no time of day';
    return {
      kind: 'date',
      year,
      month,
      day,
      warnings: [warning('stamp-date-only', options, text, why)],
    };
  }
  const warnings: Warning[] = [];
  let abbreviation = parts.zone;
  if (!abbreviation && options.assumeZone) {
    abbreviation = options.assumeZone;
    const why = `names no zone; ${options.assumeZone} assumed`;
    warnings.push(warning('stamp-zone-assumed', options, text, why));
  }
  if (!abbreviation) {
    const wall = instantAt(parts, 0);
    if (wall === null) return invalid(text, options, warnings);
    return { kind: 'floating', wall, warnings: [...warnings, noZone(text, options.field)] };
  }
  // "Mon, 18 Nov 2019 16:07:38 -0600" (RFC 2822, as feeds and pages print it): the offset itself.
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(abbreviation);
  if (numeric) {
    const offset = (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
    const millis = Math.abs(offset) < MINUTES_PER_DAY ? instantAt(parts, offset) : null;
    if (millis === null) return invalid(text, options, warnings);
    return { kind: 'instant', millis, offset, zone: offset === 0 ? 'UTC' : null, warnings };
  }
  const info = lookupZone(abbreviation) ?? seasonalZone(abbreviation, parts);
  if (!info) {
    const code = AMBIGUOUS.has(abbreviation) ? 'stamp-zone-ambiguous' : 'stamp-zone-unknown';
    const why = AMBIGUOUS.has(abbreviation) ? 'is ambiguous' : 'is not a known zone';
    warnings.push({ code, message: `${options.field} time "${text}": "${abbreviation}" ${why}` });
    return { kind: 'unresolved', warnings };
  }
  const millis = instantAt(parts, info.offset);
  if (millis === null) return invalid(text, options, warnings);
  return { kind: 'instant', millis, offset: info.offset, zone: info.zone, warnings };
}

/** "20240614T173400+0530" → the same as "2024-06-14T17:34:00+05:30" (a date alone, a date). */
function readBasicIso(m: RegExpExecArray, text: string, options: StampOptions): StampReading {
  const [, year, month, day, hour, minute, second, utc, sign, offHours, offMinutes] = m;
  const date = `${year}-${month}-${day}`;
  if (hour === undefined) {
    const reading = readStamp(date, options);
    return reading.kind === 'date' ? { ...reading, warnings: dateOnly(options, text) } : reading;
  }
  const zone = utc ? 'Z' : sign ? `${sign}${offHours}:${offMinutes ?? '00'}` : '';
  const extended = `${date}T${hour}:${minute}:${second ?? '00'}${zone}`;
  const reading = readStamp(extended, options);
  return reading.kind === 'unresolved'
    ? { kind: 'unresolved', warnings: reading.warnings.map((w) => reworded(w, extended, text)) }
    : reading;
}

const dateOnly = (options: StampOptions, text: string): Warning[] => [
  warning('stamp-date-only', options, text, 'gives a date but no time of day'),
];

const reworded = (w: Warning, from: string, to: string): Warning => ({
  ...w,
  message: w.message.replace(from, to),
});

/** The instant a stamp names, in epoch milliseconds; null when it names none plainly. */
export function instantOf(text: string, options: StampOptions): number | null {
  const reading = readStamp(text.trim(), options);
  return reading.kind === 'instant' ? reading.millis : null;
}
