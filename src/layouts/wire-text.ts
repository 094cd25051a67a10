/**
 * Raw agency copy with no site frame (FORMAT.md §3), and any other plain text:
 *
 *   Headline
 *   By Jane Doe                      (optional)
 *   MOSCOW, June 14 (Reuters) - Story…
 *   …
 *   (Reporting by …; Editing by …)   (optional)
 */
import type { Draft, Document, Layout } from './draft.js';
import { emptyDraft } from './draft.js';
import { readBody } from '../text/body.js';
import { isUiLine } from '../text/chrome.js';
import { parseByLine } from '../wire/credit.js';
import { parseDateline } from '../wire/dateline.js';

const MAX_HEADLINE_LENGTH = 300;
// How far into the copy the dateline paragraph may stand (after headline and "By" lines).
const DATELINE_SEARCH_LINES = 12;
const STAMP_LINE =
  /^(published|updated|posted|created|modified|first published)(?:\s+on)?(?:\s*:|\s)(.+)$/i;

function firstTextLine(lines: readonly string[], from = 0): number {
  let i = from;
  while (i < lines.length && (lines[i] === '' || isUiLine(lines[i] ?? ''))) i++;
  return i;
}

function hasDateline(lines: readonly string[]): boolean {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < DATELINE_SEARCH_LINES; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    seen++;
    if (parseDateline(line)) return true;
  }
  return false;
}

// Summary bullets may stand between the headline and the "By" line and dateline.
const OPENING_PARAGRAPHS = 5;

/** Takes a "By …" paragraph off the opening, before the dateline; its names, or null. */
function takeByLine(paragraphs: string[]): string | null {
  const end = Math.min(paragraphs.length, OPENING_PARAGRAPHS);
  for (let i = 0; i < end; i++) {
    const paragraph = paragraphs[i] ?? '';
    if (parseDateline(paragraph)) return null;
    const names = parseByLine(paragraph);
    if (names !== null) {
      paragraphs.splice(i, 1);
      return names;
    }
  }
  return null;
}

function extract(doc: Document): Draft {
  const { lines } = doc;
  const draft = emptyDraft();
  let start = firstTextLine(lines);
  const first = lines[start];
  if (first !== undefined && first.length <= MAX_HEADLINE_LENGTH && !parseDateline(first)) {
    draft.headline = first;
    start++;
  }
  // "By …" and "Published: …" lines between the headline and the story.
  for (let i = firstTextLine(lines, start); i < lines.length; i = firstTextLine(lines, i + 1)) {
    const line = lines[i] ?? '';
    const author = parseByLine(line);
    const stamp = STAMP_LINE.exec(line);
    if (author !== null) {
      draft.author ??= author;
    } else if (stamp) {
      const which = (stamp[1] ?? '').toLowerCase();
      const value = (stamp[2] ?? '').trim() || null;
      if (which === 'updated' || which === 'modified') draft.updated ??= value;
      else draft.created ??= value;
    } else {
      start = i;
      break;
    }
    start = i + 1;
  }
  const body = readBody(lines, start);
  draft.author ??= takeByLine(body.paragraphs);
  draft.paragraphs = body.paragraphs;
  draft.disclaimer = body.disclaimer;
  draft.credits = body.credits;
  draft.signOff = body.signOff;
  draft.countries = body.countries;
  draft.tags = body.tags;
  draft.agency = body.firstPublishedIn[0] ?? null;
  return draft;
}

export const wireText: Layout = {
  name: 'wire-text',
  kind: 'text',
  matches: (doc) => doc.kind === 'text' && hasDateline(doc.lines),
  extract,
};

export const plainText: Layout = {
  name: 'plain-text',
  kind: 'text',
  matches: (doc) => doc.kind === 'text',
  extract,
};
