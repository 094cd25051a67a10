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
  hour: number;
  minute: number;
  second: number;
  zone: string | null;
}

// dd-MM-yyyy HH:mm[:ss] [AM|PM] [ZONE], the Devdiscourse byline shape (also / and . separators).
const NUMERIC =
  /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})[\sT,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AP]M)\s*)?([A-Z]{1,5})?$/i;
// "June 14, 2024 17:34 IST", "Jun 14 2024, 5:34 PM IST"
const MONTH_FIRST =
  /^([A-Z]{3,9}\.?)\s+(\d{1,2}),?\s+(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AP]M)\s*)?([A-Z]{1,5})?$/i;
// "14 June 2024 17:34 IST"
const DAY_FIRST =
  /^(\d{1,2})\s+([A-Z]{3,9}\.?),?\s+(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AP]M)\s*)?([A-Z]{1,5})?$/i;
const ISO_LIKE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

function hour24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toUpperCase() === 'PM';
  return (hour % 12) + (pm ? 12 : 0);
}

function toParts(text: string): Parts | null {
  let m = NUMERIC.exec(text);
  if (m) {
    return {
      day: Number(m[1]),
      month: Number(m[2]),
      year: Number(m[3]),
      hour: hour24(Number(m[4]), m[7]),
      minute: Number(m[5]),
      second: Number(m[6] ?? 0),
      zone: m[8]?.toUpperCase() ?? null,
    };
  }
  m = MONTH_FIRST.exec(text);
  const month1 = m ? monthNumber(m[1] ?? '') : undefined;
  if (m && month1) {
    return {
      month: month1,
      day: Number(m[2]),
      year: Number(m[3]),
      hour: hour24(Number(m[4]), m[7]),
      minute: Number(m[5]),
      second: Number(m[6] ?? 0),
      zone: m[8]?.toUpperCase() ?? null,
    };
  }
  m = DAY_FIRST.exec(text);
  const month2 = m ? monthNumber(m[2] ?? '') : undefined;
  if (m && month2) {
    return {
      day: Number(m[1]),
      month: month2,
      year: Number(m[3]),
      hour: hour24(Number(m[4]), m[7]),
      minute: Number(m[5]),
      second: Number(m[6] ?? 0),
      zone: m[8]?.toUpperCase() ?? null,
    };
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
    utc: dt.toUTC().toISO(ISO_OPTIONS),
    zone,
  };
}

function unresolved(text: string): Timestamp {
  return { text, iso: null, utc: null, zone: null };
}

/** Parses an ISO 8601 stamp, keeping its offset as given. */
function parseIso(text: string, options: StampOptions): StampResult {
  const hasOffset = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(text);
  if (hasOffset) {
    const dt = DateTime.fromISO(text, { setZone: true, locale: LOCALE });
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
  const dt = DateTime.fromISO(text, {
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
  const { year, month, day, hour, minute, second } = parts;
  const dt = DateTime.fromObject(
    { year, month, day, hour, minute, second },
    { zone: FixedOffsetZone.instance(info.offset), locale: LOCALE },
  );
  if (!dt.isValid) {
    const bad = invalid(text, options);
    return { stamp: bad.stamp, warnings: [...warnings, ...bad.warnings] };
  }
  return { stamp: resolved(text, dt, info.zone), warnings };
}
