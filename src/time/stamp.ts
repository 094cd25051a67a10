/**
 * A printed stamp as the output gives it: the text as printed, the instant in ISO 8601 at the
 * stamp's own offset and in UTC, and the zone. reading.ts reads it; luxon makes the instants.
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

function resolved(text: string, dt: DateTime, zone: string | null): StampResult {
  const stamp = {
    text,
    iso: dt.toISO(ISO_OPTIONS),
    // The same instant in UTC; Date's own formatter is far cheaper than a second luxon one.
    utc: new Date(dt.toMillis()).toISOString().replace('.000Z', 'Z'),
    zone,
  };
  return { stamp, warnings: [] };
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
      const dt = DateTime.fromMillis(reading.millis, {
        zone: FixedOffsetZone.instance(reading.offset),
        locale: LOCALE,
      });
      return { ...resolved(text, dt, reading.zone), warnings: reading.warnings };
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
