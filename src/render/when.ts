/**
 * Time stamps for a reader: the time as the page printed it, then the same instant in the
 * reader's zone — "14 Jun 2024, 17:34 IST · 14:04 CEST".
 */
import { DateTime } from 'luxon';
import type { Timestamp } from '../article.js';
import { ZONES } from '../time/zones.js';

// Intl names zones by locale: en-US knows EDT but not CEST, en-GB knows CEST, en-IN knows IST.
const LABEL_LOCALES = ['en-US', 'en-GB', 'en-IN', 'en-AU'];
const OFFSET_NAME = /^(?:GMT|UTC)[+-]/;
const PRINTED_ZONE = /^[A-Z]{2,5}$/;
// English month abbreviations, fixed: the view reads the same whatever the system locale.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The abbreviation news copy prints for this zone at this offset (JST, PKT…), if any. */
function newsAbbreviation(zone: string, offset: number): string | undefined {
  for (const [name, info] of Object.entries(ZONES)) {
    if (info.zone === zone && info.offset === offset && name.length > 1) return name;
  }
  return undefined;
}

/** A short name for the zone of `time`: "CEST", "JST", else "UTC+2". */
export function zoneLabel(time: DateTime): string {
  const zone = time.zoneName ?? 'UTC';
  const known = newsAbbreviation(zone, time.offset);
  if (known) return known;
  let fallback: string | undefined;
  for (const locale of LABEL_LOCALES) {
    const name = time.setLocale(locale).toFormat('ZZZZ');
    if (!OFFSET_NAME.test(name)) return name;
    fallback ??= name;
  }
  return (fallback ?? zone).replace(/^GMT/, 'UTC');
}

const two = (n: number): string => String(n).padStart(2, '0');

function clock(time: DateTime): string {
  return `${two(time.hour)}:${two(time.minute)}`;
}

function day(time: DateTime, withYear: boolean): string {
  const date = `${time.day} ${MONTHS[time.month - 1] ?? ''}`;
  return withYear ? `${date} ${time.year}` : date;
}

export interface StampParts {
  /** As printed, tidied: "14 Jun 2024, 17:34 IST"; the raw text when it was never resolved. */
  printed: string;
  /** The instant for the reader: "14:04 CEST", dated when the day differs; null in the printed zone. */
  reader: string | null;
}

export type StampFormatter = (stamp: Timestamp) => StampParts;

/**
 * Formats stamps for a reader in `readerZone`. Naming a zone costs a few Intl look-ups, so each
 * formatter remembers the names it has found (a zone has one or two offsets a year).
 */
export function stampFormatter(readerZone: string): StampFormatter {
  const labels = new Map<string, string>();
  const label = (time: DateTime): string => {
    const key = `${time.zoneName ?? ''} ${time.offset}`;
    let name = labels.get(key);
    if (name === undefined) {
      name = zoneLabel(time);
      labels.set(key, name);
    }
    return name;
  };
  const printedZone = (stamp: Timestamp, local: DateTime): string => {
    const last = stamp.text.slice(stamp.text.lastIndexOf(' ') + 1);
    if (PRINTED_ZONE.test(last)) return last;
    return label(stamp.zone ? local.setZone(stamp.zone) : local);
  };
  return (stamp) => {
    const printed = stamp.iso ? DateTime.fromISO(stamp.iso, { setZone: true }) : null;
    if (!printed?.isValid || !stamp.utc) return { printed: stamp.text, reader: null };
    const head = `${day(printed, true)}, ${clock(printed)} ${printedZone(stamp, printed)}`;
    const reader = printed.setZone(readerZone);
    if (!reader.isValid || reader.offset === printed.offset) return { printed: head, reader: null };
    const sameDay =
      reader.day === printed.day && reader.month === printed.month && reader.year === printed.year;
    const date = sameDay ? '' : `${day(reader, reader.year !== printed.year)}, `;
    return { printed: head, reader: `${date}${clock(reader)} ${label(reader)}` };
  };
}

/** "14 Jun 2024, 17:34 IST · 14:04 CEST" for a reader in Europe/Berlin. */
export function describeStamp(stamp: Timestamp, readerZone: string): string {
  const { printed, reader } = stampFormatter(readerZone)(stamp);
  return reader ? `${printed} · ${reader}` : printed;
}
