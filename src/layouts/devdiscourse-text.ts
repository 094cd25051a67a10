/**
 * A plain-text copy of a Devdiscourse article page (FORMAT.md §1–2):
 *
 *   Headline
 *   Summary paragraph (optional)
 *   SOURCE | City | Updated: dd-MM-yyyy HH:mm IST | Created: dd-MM-yyyy HH:mm IST
 *   Caption. Image Credit: X        (the headline again when the story has no picture)
 *     • Country:
 *     • India
 *   Body paragraphs…
 *   (notice)
 *   READ MORE ON: tags
 */
import type { Document } from '../read/document.js';
import type { Draft } from './draft.js';
import type { Layout } from './layout.js';
import { emptyDraft, takeClosing } from './draft.js';
import { ownUrl } from '../text/own-url.js';
import { readBody } from '../text/body.js';
import {
  COUNTRY_HEADER,
  headlineOverSummary,
  isHeaderFurniture,
  isFurnitureLine,
  withoutHeadingMark,
  withoutMenu,
} from '../text/furniture.js';
import { endsLikeSentence, letterKey, toBlocks } from '../text/clean.js';
import { classifyCredit, parseByLine } from '../wire/byline.js';

interface Byline {
  credit: string | null;
  place: string | null;
  updated: string | null;
  created: string | null;
}

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

export function parseBylineLine(line: string): Byline | null {
  if (!line.includes('|') && !/^(?:updated|created)\s*:/i.test(line)) return null;
  if (!MAYBE_BYLINE.test(line)) return null;
  const parts = pipeParts(line, MAX_BYLINE_PARTS);
  if (parts === null) return null;
  const byline: Byline = { credit: null, place: null, updated: null, created: null };
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

/**
 * Converters sometimes break the byline's spans onto lines of their own; put them back. With a
 * limit, only the first `limit` joined lines are made: all that detection looks at.
 */
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

function findByline(lines: readonly string[]): { index: number; byline: Byline } | null {
  const end = Math.min(lines.length, BYLINE_SEARCH_LINES);
  for (let i = 0; i < end; i++) {
    const byline = parseBylineLine(lines[i] ?? '');
    if (byline) return { index: i, byline };
  }
  return null;
}

function looksLikeSummary(text: string): boolean {
  return endsLikeSentence(text) && (text.length >= 90 || /[.!?]["'”’)]?\s+\S/.test(text));
}

/**
 * The blocks above the byline are the headline and the summary; anything before them is page
 * furniture. The caption repeats the headline on stories without a picture, which settles it.
 */
function headlineAndSummary(
  blocks: readonly string[][],
  caption: string | null,
): { headline: string | null; summary: string | null } {
  const texts = blocks.map((lines) => lines.join(' '));
  if (texts.length === 0) return { headline: null, summary: null };
  if (caption) {
    // The caption names the headline line; what follows it, up to the byline, is the summary.
    const key = letterKey(caption);
    const lines = blocks.flat();
    const at = lines.findIndex((line) => letterKey(line) === key);
    if (at >= 0) {
      const rest = lines.slice(at + 1).join(' ');
      return { headline: lines[at] ?? null, summary: rest || null };
    }
  }
  if (texts.length === 1) {
    const only = blocks[0] ?? [];
    // Headline and summary with no blank line between them.
    if (only.length > 1) return { headline: only[0] ?? null, summary: only.slice(1).join(' ') };
    return { headline: texts[0] ?? null, summary: null };
  }
  const last = texts[texts.length - 1] ?? '';
  const adjacent = headlineOverSummary(blocks[blocks.length - 1] ?? []);
  if (adjacent) return adjacent;
  if (texts.length === 2 || looksLikeSummary(last)) {
    return { headline: withoutMenu(blocks[blocks.length - 2] ?? []) || null, summary: last };
  }
  return { headline: withoutMenu(blocks[blocks.length - 1] ?? []) || null, summary: null };
}

const MAX_CAPTION_LINES = 3;
// What text browsers print for a picture: "[govt-sets-]", its file name or alt text in brackets.
const IMAGE_PLACEHOLDER = /^\[[^\]\s]{1,80}\]$/;
const IMAGE_CREDIT = /image credit\s*:/i;

/** The hidden figure repeats the headline: a line that matches one above the byline. */
function repeatsLineAbove(lines: readonly string[], end: number, line: string): boolean {
  const key = letterKey(line);
  return key !== '' && lines.slice(0, end).some((above) => letterKey(above) === key);
}

/** The caption line right under the byline; it is not part of the body. */
function findCaption(
  lines: readonly string[],
  after: number,
): { caption: string | null; next: number } {
  let i = after;
  while (
    i < lines.length &&
    (lines[i] === '' || isFurnitureLine(lines[i] ?? '') || IMAGE_PLACEHOLDER.test(lines[i] ?? ''))
  ) {
    i++;
  }
  const first = lines[i];
  if (first === undefined || COUNTRY_HEADER.test(first)) return { caption: null, next: i };
  // A converter may wrap the caption: its block runs to the next blank line or Country list.
  let end = i + 1;
  while (
    end < i + MAX_CAPTION_LINES &&
    (lines[end] ?? '') !== '' &&
    !COUNTRY_HEADER.test(lines[end] ?? '')
  ) {
    end++;
  }
  // pandoc keeps a figure's caption in brackets: "[Representative Image. Image Credit: ANI]".
  const block = lines.slice(i, end).join(' ');
  const line = block.startsWith('[') && block.endsWith(']') ? block.slice(1, -1).trim() : block;
  const adjacent = i === after;
  let j = end;
  while (j < lines.length && lines[j] === '') j++;
  const beforeCountries = j < lines.length && COUNTRY_HEADER.test(lines[j] ?? '');
  if (
    adjacent ||
    beforeCountries ||
    repeatsLineAbove(lines, after - 1, line) ||
    IMAGE_CREDIT.test(line)
  ) {
    return { caption: line, next: end };
  }
  return { caption: null, next: i };
}

// A reader view prints the reading time and the source under the headline: "4–5 minutes".
const READING_TIME = /^\d{1,3}(?:\s?[–-]\s?\d{1,3})?\s?min(?:ute)?s?(?: read)?$/i;

/** The blocks above the byline without page furniture, nor the byline's source repeated. */
function withoutUi(blocks: readonly { lines: string[] }[], credit: string | null): string[][] {
  const isFurniture = (line: string): boolean => isHeaderFurniture(line) || READING_TIME.test(line);
  return blocks
    .map((b) =>
      b.lines.filter((line) => !isFurniture(line) && line !== credit).map(withoutHeadingMark),
    )
    .filter((lines) => lines.length > 0);
}

/** The site whose template this layout (and devdiscourse-html) reads. */
export const DEVDISCOURSE = 'Devdiscourse';

function extract(doc: Document): Draft {
  const lines = bylineLines(doc.lines);
  const draft = emptyDraft();
  const found = findByline(lines);
  if (!found) return draft;
  const { index, byline } = found;

  const { caption, next } = findCaption(lines, index + 1);
  const { headline, summary } = headlineAndSummary(
    withoutUi(toBlocks(lines, 0, index), byline.credit),
    caption,
  );
  const body = readBody(lines, next);

  draft.headline = headline;
  draft.summary = summary;
  draft.caption = caption;
  // The byline's shape is the site's template; a copy states no language, and its address only
  // on a line of its own.
  draft.site = DEVDISCOURSE;
  draft.url = ownUrl(doc.lines, headline);
  draft.place = byline.place;
  draft.updated = byline.updated;
  draft.created = byline.created;
  draft.countries = body.countries;
  for (const [field, value] of [
    ['updated', byline.updated],
    ['created', byline.created],
  ] as const) {
    if (value === null) {
      draft.warnings.push({ code: `no-${field}`, message: `the byline has no ${field} time` });
    }
  }
  draft.tags = body.tags;
  takeClosing(draft, body);

  // On blog posts the byline names the author and FIRST PUBLISHED IN names the source.
  const source = body.firstPublishedIn[0] ?? null;
  if (byline.credit !== null && (source !== null || classifyCredit(byline.credit) === 'author')) {
    draft.author = byline.credit;
    draft.agency = source;
  } else {
    draft.agency = byline.credit;
  }

  // Agency copy may carry a "By Jane Doe" line above the dateline.
  const first = body.paragraphs[0];
  const byName = first === undefined ? null : parseByLine(first);
  if (byName !== null) {
    draft.author ??= byName;
    body.paragraphs.shift();
  }
  // A second byline-shaped line (a quoted page, a converter's leftovers) is never body text.
  draft.paragraphs = body.paragraphs.filter((paragraph) => parseBylineLine(paragraph) === null);
  return draft;
}

export const devdiscourseText: Layout = {
  name: 'devdiscourse-text',
  kind: 'text',
  matches: (doc) =>
    doc.kind === 'text' && findByline(bylineLines(doc.lines, BYLINE_SEARCH_LINES)) !== null,
  extract,
};
