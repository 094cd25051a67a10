/**
 * The line a page prints under its headline for readers: who wrote the story and when.
 *
 *   By Ana Ruiz | Published 26 July 2024 10:30 GMT
 *   Sofia Vargas · June 28, 2024
 *   Posted on June 14, 2024 · Updated June 15, 2024 9:02 AM EDT
 *
 * A line is read as one only when every piece of it is a credit or a stamp, so a sentence of the
 * story never is.
 */
import { readStamp } from '../time/reading.js';
import { parseByLine } from '../wire/byline.js';
import { trimEndOf } from './clean.js';
import { isReadingTime } from './furniture.js';

export interface MetaLine {
  /** Names credited, as printed ("Ana Ruiz", "Reuters"). */
  names: string[];
  created: string | null;
  updated: string | null;
}

// A date line is short; longer text is never tested.
const MAX_LINE = 200;
const SEPARATORS = /[|·•—–]/;
// The words that label a stamp, with "on" and a colon after them.
// "Story first published:", "Update:" (one site's singular), "Published Date -" label stamps too.
const LABEL =
  /^(?:story\s+)?(?:last\s+updated?|first\s+published|published|updated?|posted|modified|created)(?:\s+(?:date|time))?(?:\s+(?:on|at))?\s*:?/i;
const LABEL_INSIDE =
  /\s(?:last\s+updated?|first\s+published|published|updated?|posted|modified|created)\b/i;
const UPDATE_LABEL = /^(?:last\s+)?(?:updated?|modified)/i;
// "Jun 28, 2024 | 3:02 PM IST": a time printed apart from its date.
const TIME_OF_DAY =
  /^\d{1,2}[:.]\d{2}(?::\d{2})?\s?(?:[ap]\.?m\.?)?(?:\s?(?:[a-z]{2,5}|\([a-z]{2,5}\)|\[[a-z]{2,5}\]))?$/i;
// A time printed alone says it is one by its hour's half or its zone: "12:06pm EDT", not "10.30".
const TIME_MARK = /[ap]\.?m\.?|[a-z]{2,5}[)\]]?$/i;
const MAX_TIME_LINE = 40;

/** A template's labels with their stamps left out: "Published: Updated:". */
export function isLabelsOnly(line: string): boolean {
  if (!line.includes(':') || line.length > MAX_LABELS_LINE) return false;
  const parts = line
    .split(':')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return parts.length > 0 && parts.every((part) => LABEL.exec(part)?.[0].length === part.length);
}
const MAX_LABELS_LINE = 60;

/** Whether the stamp gives a date but no time of day ("Tuesday 4 March 2025"). */
export function isDateOnly(text: string): boolean {
  return readStamp(text.trim(), { field: 'check' }).kind === 'date';
}

export interface TimeOnly {
  which: 'created' | 'updated';
  time: string;
}

/**
 * "Updated 04:34 pm IST", "12:06pm EDT": a stamp's time of day printed without its date, which
 * names an instant only with a date printed elsewhere.
 */
export function readTimeOnly(line: string): TimeOnly | null {
  if (line.length > MAX_TIME_LINE || line === '') return null;
  const label = LABEL.exec(line);
  const time = (label ? line.slice(label[0].length) : line).trim();
  if (!TIME_OF_DAY.test(time) || (!label && !TIME_MARK.test(time))) return null;
  return { which: label && UPDATE_LABEL.test(label[0]) ? 'updated' : 'created', time };
}

/** Whether the text is a stamp in a shape the stamp reader knows (zone or no zone). */
export function isStampText(text: string): boolean {
  if (text === '') return false;
  const reading = readStamp(text.trim(), { field: 'check' });
  return (
    reading.kind !== 'unresolved' ||
    !reading.warnings.some((w) => w.code === 'stamp-unreadable' || w.code === 'stamp-invalid')
  );
}

// " - " between pieces, or a dash run on to the zone before a reading time: "13:20 BST- 1 min".
const PIECE_BREAK = / - |(?<=[a-z])- (?=\d)/i;
// A button the page prints at the end of its date line: "January 23, 2024 at 10:07 am EST Share".
const PAGE_BUTTON = / (?:share|print|save|listen|comments?|adjust font size:?)$/i;
// The buttons that size the page's text, printed on the date line: "A+A-".
const FONT_SIZE = /^A[+-] ?A[+-]$/;

/** "By Ana Ruiz Published 26 July 2024" → ["By Ana Ruiz", "Published 26 July 2024"]. */
function pieces(line: string): string[] {
  const found: string[] = [];
  for (const part of line.split(PIECE_BREAK).flatMap((p) => p.split(SEPARATORS))) {
    let rest = part.trim();
    for (;;) {
      // A piece may open with a label ("Last updated"); the next one starts after it.
      const lead = LABEL.exec(rest)?.[0].length ?? 0;
      const m = LABEL_INSIDE.exec(rest.slice(lead));
      if (!m) break;
      found.push(rest.slice(0, lead + m.index).trim());
      rest = rest.slice(lead + m.index).trim();
    }
    found.push(rest);
  }
  return found
    .map((p) => trimEndOf(p.replace(/^[\s,;]+/, '').replace(PAGE_BUTTON, ''), ' ,;'))
    .filter((p) => p !== '' && !FONT_SIZE.test(p) && !isReadingTime(p));
}

/** The credit and stamps of a printed date line, or null when the line is anything else. */
export function parseMetaLine(line: string): MetaLine | null {
  if (line.length > MAX_LINE) return null;
  const result: MetaLine = { names: [], created: null, updated: null };
  const bare: string[] = [];
  let byCredit = false;
  let last: 'created' | 'updated' | null = null;
  // A label printed apart from its stamp: "Published Date - 4 February 2024".
  let pending: 'created' | 'updated' | null = null;
  // "Mar 4, 2025 | Updated 04:34 pm IST": a later stamp's time on the date printed before it.
  let date: string | null = null;
  for (const piece of pieces(line)) {
    const label = LABEL.exec(piece);
    if (label) {
      let stamp = piece.slice(label[0].length).trim();
      const which = UPDATE_LABEL.test(label[0]) ? 'updated' : 'created';
      if (stamp === '') {
        pending = which;
        continue;
      }
      if (date !== null && TIME_OF_DAY.test(stamp) && isStampText(`${date} ${stamp}`)) {
        stamp = `${date} ${stamp}`;
      }
      if (!isStampText(stamp)) return null;
      if (isDateOnly(stamp)) date = stamp;
      last = which;
      pending = null;
      result[last] ??= stamp;
      continue;
    }
    if (pending !== null && isStampText(piece)) {
      last = pending;
      pending = null;
      result[last] ??= piece;
      continue;
    }
    pending = null;
    if (last !== null && TIME_OF_DAY.test(piece)) {
      const joined = `${result[last] ?? ''} ${piece}`;
      if (isStampText(joined)) {
        result[last] = joined;
        last = null;
        continue;
      }
    }
    const by = parseByLine(piece);
    if (by !== null) {
      result.names.push(by);
      byCredit = true;
    } else if (isStampText(piece)) {
      result.created ??= piece;
      last = 'created';
      if (isDateOnly(piece)) date = piece;
    } else if (parseByLine(`By ${piece}`) !== null) {
      bare.push(piece);
    } else {
      return null;
    }
  }
  const stamped = result.created !== null || result.updated !== null;
  // A bare name is a credit only beside a stamp: alone it could be any short title-cased line.
  if (!stamped && !byCredit) return null;
  result.names.push(...bare);
  return result;
}
