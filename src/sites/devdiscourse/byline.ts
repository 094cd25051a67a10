/**
 * The Devdiscourse byline grammar (FORMAT.md §1):
 *
 *   SOURCE | City | Updated: dd-MM-yyyy HH:mm IST | Created: dd-MM-yyyy HH:mm IST
 *
 * the city may be missing, and converters break the line at its pipes or inside a stamp.
 */
import type { BylineGrammar, SiteByline } from '../profile.js';

const STAMP_PART = /^(updated|created|published|modified)\s*(?::|on\b)(.*)$/i;
const NUMERIC_DATE = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}/;
// A byline names at least one stamp and is split by pipes; cheap tests first.
const MAYBE_BYLINE = /\b(?:updated|created)\s*:/i;

// A byline has a handful of parts; a line with many more is a table row or a rule of pipes.
const MAX_BYLINE_PARTS = 12;
const PIPE = 0x7c;

/**
 * The non-blank parts of a line split on pipes, or null past `max` of them. A loop rather than
 * split('|'), which would make an array entry for every pipe of a line of 100,000 pipes.
 */
function pipeParts(line: string, max: number): string[] | null {
  const parts: string[] = [];
  let start = 0;
  while (start <= line.length) {
    while (line.charCodeAt(start) === PIPE) start++;
    const pipe = line.indexOf('|', start);
    const end = pipe < 0 ? line.length : pipe;
    const part = line.slice(start, end).trim();
    if (part) {
      if (parts.length === max) return null;
      parts.push(part);
    }
    start = end + 1;
  }
  return parts;
}

export function parseBylineLine(line: string): SiteByline | null {
  if (!line.includes('|') && !/^(?:updated|created)\s*:/i.test(line)) return null;
  if (!MAYBE_BYLINE.test(line)) return null;
  const parts = pipeParts(line, MAX_BYLINE_PARTS);
  if (parts === null) return null;
  const byline: SiteByline = { credit: null, place: null, updated: null, created: null };
  const names: string[] = [];
  let published = false;
  let created = false;
  for (const part of parts) {
    const stamp = STAMP_PART.exec(part);
    if (stamp) {
      const which = (stamp[1] ?? '').toLowerCase();
      published ||= which === 'published';
      created ||= which === 'created';
      const value = (stamp[2] ?? '').trim() || null;
      if (which === 'updated' || which === 'modified') byline.updated ??= value;
      else byline.created ??= value;
    } else if (byline.updated === null && byline.created === null) {
      names.push(part);
    }
  }
  if (byline.updated === null && byline.created === null) return null;
  // Devdiscourse labels its stamps Updated and Created and prints them dd-MM-yyyy;
  // "Published: … | Updated: …" or "Updated: Nov 21, 2024" is another site's date line.
  if (published && !created) return null;
  if (
    ![byline.updated, byline.created].some((stamp) => stamp !== null && NUMERIC_DATE.test(stamp))
  ) {
    return null;
  }
  byline.credit = names[0] ?? null;
  byline.place = names.length > 1 ? (names[names.length - 1] ?? null) : null;
  return byline;
}

// The byline sits under the headline and summary; deeper down it would be quoted text.
const BYLINE_SEARCH_LINES = 400;

// A byline broken by a converter's line width: "… | Created: 18-06-2024" then "19:05 IST",
// or "… | Created:" then the stamp, or a part starting "Updated:" / "Created:" on the next line.
const STAMP_REST = /^(?:\d{1,2}[:/.-]\d|(?:updated|created)\s*:)/i;
const STAMP_TAIL_CHAR = /^[\d\s/.-]$/;
const SPACE_CHAR = /^\s$/;
const COLON = 0x3a;

/**
 * Whether the line ends "Updated:" or "Created:" with nothing but a stamp's digits, separators
 * and spaces after it. Read from the end: an unanchored pattern would scan every line in full.
 */
export function endsWithOpenStamp(line: string): boolean {
  let end = line.length;
  while (end > 0 && STAMP_TAIL_CHAR.test(line.charAt(end - 1))) end--;
  if (end === 0 || line.charCodeAt(end - 1) !== COLON) return false;
  end--;
  while (end > 0 && SPACE_CHAR.test(line.charAt(end - 1))) end--;
  const word = line.slice(Math.max(0, end - 7), end).toLowerCase();
  return word === 'updated' || word === 'created';
}

function continuesByline(previous: string, line: string): boolean {
  if (previous.endsWith('|') || line.startsWith('|')) return true;
  return STAMP_REST.test(line) && endsWithOpenStamp(previous);
}

/**
 * Converters sometimes break the byline's spans onto lines of their own; put them back. With a
 * limit, only the first `limit` joined lines are made: all that detection looks at.
 */
function joinDanglingPipes(lines: readonly string[], limit = Infinity): string[] {
  const out: string[] = [];
  // The joined line is kept in pieces and joined once: appending to the string itself made each
  // step copy the whole line so far, quadratic on a file of pipe-only lines.
  let pieces: string[] = [];
  for (const line of lines) {
    const previous = pieces[pieces.length - 1];
    const blank = pieces.length === 1 && previous === '';
    if (previous !== undefined && !blank && line !== '' && continuesByline(previous, line)) {
      pieces.push(line);
      continue;
    }
    if (pieces.length > 0) out.push(pieces.join(' '));
    if (out.length >= limit) return out;
    pieces = [line];
  }
  if (pieces.length > 0) out.push(pieces.join(' '));
  return out;
}

/** The lines with a split byline put back together; most copies need nothing joined. */
function bylineLines(lines: readonly string[], limit = Infinity): readonly string[] {
  const end = Math.min(lines.length, BYLINE_SEARCH_LINES);
  for (let i = 0; i < end; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('|') || line.endsWith('|') || endsWithOpenStamp(line)) {
      return joinDanglingPipes(lines, limit);
    }
  }
  return lines;
}

export const devdiscourseByline: BylineGrammar = {
  read: parseBylineLine,
  rejoin: bylineLines,
  searchLines: BYLINE_SEARCH_LINES,
  stampText: MAYBE_BYLINE,
};
