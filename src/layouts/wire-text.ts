/**
 * Raw agency copy with no site frame (FORMAT.md §3), any republisher's page copied as text, and
 * any other plain text:
 *
 *   Site name, menus, breadcrumb          (a copied page)
 *   Headline
 *   Standfirst                            (optional)
 *   By Jane Doe                           (optional)
 *   Published: … / Updated: …             (optional)
 *   Share buttons, "Advertisement"        (a copied page)
 *   MOSCOW, June 14 (Reuters) - Story…
 *   …
 *   (Reporting by …; Editing by …)        (optional)
 *   Related stories, footer               (a copied page)
 *
 * The dateline anchors the story: the headline is the text nearest above the byline and stamps
 * that precede it, not the first line of the copy.
 */
import type { Document } from '../read/document.js';
import type { Draft } from './draft.js';
import type { Layout } from './layout.js';
import { emptyDraft } from './draft.js';
import { ownUrl } from '../text/own-url.js';
import { readBody } from '../text/body.js';
import { headlineOverSummary, isHeaderFurniture, isUiLine, withoutMenu } from '../text/chrome.js';
import { endsLikeSentence, isBulleted, stripBullet, toBlocks } from '../text/clean.js';
import { parseByLine } from '../wire/credit.js';
import { parseDateline } from '../wire/dateline.js';

const MAX_HEADLINE_LENGTH = 300;
// How far into the copy the dateline paragraph may stand: a copied page carries the site's
// menus, the headline block and share buttons above it.
const DATELINE_SEARCH_LINES = 60;
const STAMP_LINE =
  /^(published|updated|posted|created|modified|first published)(?:\s+on)?(?:\s*:|\s)(.+)$/i;
// Papers credit their writer and editor on one line: "Written by Ana Sen | Edited by Raj Kapoor".
const WRITTEN_BY = /^(?:written|reported) by ([^|\s][^|]{1,79})(?:\|.{0,120})?$/i;
// "Source: Xinhua" under the headline credits the agency.
const SOURCE_LINE = /^source\s*:\s*(\S.{0,60})$/i;
// "Published: 3 June 2024, 07:18 BST / Updated: 3 June 2024, 09:02 BST" holds two stamps.
const STAMP_SEPARATOR = / [/|] (?=(?:updated|modified|published|posted|created)\b)/i;
// A standfirst runs longer than its headline; a short block above it is the headline.
const MIN_STANDFIRST_LENGTH = 80;

function firstTextLine(lines: readonly string[], from = 0): number {
  let i = from;
  while (i < lines.length && (lines[i] === '' || isUiLine(lines[i] ?? ''))) i++;
  return i;
}

/** Index of the line opening with a wire dateline near the top of the copy, or -1. */
function datelineAt(lines: readonly string[]): number {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < DATELINE_SEARCH_LINES; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    seen++;
    if (parseDateline(line)) return i;
  }
  return -1;
}

/** The stamps a "Published: …" line states, or null when it is no stamp line. */
function stampsOf(line: string): { created: string | null; updated: string | null } | null {
  if (!STAMP_LINE.test(line)) return null;
  const stamps = { created: null as string | null, updated: null as string | null };
  for (const part of line.split(STAMP_SEPARATOR)) {
    const m = STAMP_LINE.exec(part.trim());
    if (!m) continue;
    const which = (m[1] ?? '').toLowerCase();
    const value = (m[2] ?? '').trim() || null;
    if (which === 'updated' || which === 'modified') stamps.updated ??= value;
    else stamps.created ??= value;
  }
  return stamps;
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

/**
 * A copy with a dateline: the byline and stamp lines above it, and above those the headline and
 * the standfirst — the blocks nearest the byline, past the site's menus and breadcrumbs.
 */
function aroundDateline(lines: readonly string[], at: number): Draft {
  const draft = emptyDraft();
  // The agency may stand on a line of its own under the headline ("PTI"), as the dateline names it.
  const agency = parseDateline(lines[at] ?? '')?.agency?.toLowerCase();
  let firstMeta = at;
  for (let i = 0; i < at; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const author = parseByLine(line) ?? WRITTEN_BY.exec(line)?.[1]?.trim() ?? null;
    const stamps = author === null ? stampsOf(line) : null;
    const source = SOURCE_LINE.exec(line)?.[1] ?? null;
    if (author === null && stamps === null && source === null && line.toLowerCase() !== agency) {
      continue;
    }
    if (author !== null) draft.author ??= author;
    if (source !== null) draft.agency ??= source;
    draft.created ??= stamps?.created ?? null;
    draft.updated ??= stamps?.updated ?? null;
    firstMeta = Math.min(firstMeta, i);
  }
  const allBlocks = toBlocks(lines, 0, firstMeta)
    .map((block) => block.lines.filter((line) => !isHeaderFurniture(line)))
    .filter((block) => block.length > 0);
  // Summary bullets under the headline (Reuters' "* Brent up 0.4%") open the body.
  const bullets = allBlocks.filter((block) => block.every(isBulleted));
  const blocks = allBlocks.filter((block) => !bullets.includes(block));
  const last = blocks[blocks.length - 1];
  const above = blocks[blocks.length - 2];
  const adjacent = headlineOverSummary(last ?? []);
  if (adjacent) {
    draft.headline = adjacent.headline;
    draft.summary = adjacent.summary;
  } else if (last !== undefined) {
    const lastText = last.join(' ');
    const standfirst =
      above !== undefined &&
      (endsLikeSentence(lastText) || lastText.length >= MIN_STANDFIRST_LENGTH) &&
      lastText.length > withoutMenu(above).length
        ? above
        : null;
    draft.headline = withoutMenu(standfirst ?? last) || null;
    draft.summary = standfirst ? lastText : null;
  }
  fillBody(draft, lines, at);
  draft.paragraphs.unshift(...bullets.flat().map(stripBullet));
  return draft;
}

// A stamp's label on a short line of its own ("Updated: 21 Nov 2024") is never story text.
const STAMP_LABEL = /^(?:published|updated|posted|created|modified)\s*(?:on\s*)?:/i;
const MAX_STAMP_LINE = 80;

function fillBody(draft: Draft, lines: readonly string[], from: number): void {
  const agency = draft.agency;
  const body = readBody(lines, from);
  draft.author ??= takeByLine(body.paragraphs);
  draft.paragraphs = body.paragraphs.filter(
    (paragraph) => paragraph.length > MAX_STAMP_LINE || !STAMP_LABEL.test(paragraph),
  );
  draft.disclaimer = body.disclaimer;
  draft.credits = body.credits;
  draft.signOff = body.signOff;
  draft.countries = body.countries;
  draft.tags = body.tags;
  draft.agency = body.firstPublishedIn[0] ?? agency;
}

function extract(doc: Document): Draft {
  const at = datelineAt(doc.lines);
  const draft = at > 0 ? aroundDateline(doc.lines, at) : fromTop(doc.lines);
  draft.url = ownUrl(doc.lines, draft.headline);
  return draft;
}

/** A copy without a dateline (or opening with it): the headline is its first line. */
function fromTop(lines: readonly string[]): Draft {
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
    const stamps = author === null ? stampsOf(line) : null;
    if (author !== null) {
      draft.author ??= author;
    } else if (stamps !== null) {
      draft.created ??= stamps.created;
      draft.updated ??= stamps.updated;
    } else {
      start = i;
      break;
    }
    start = i + 1;
  }
  fillBody(draft, lines, start);
  return draft;
}

export const wireText: Layout = {
  name: 'wire-text',
  kind: 'text',
  matches: (doc) => doc.kind === 'text' && datelineAt(doc.lines) >= 0,
  extract,
};

export const plainText: Layout = {
  name: 'plain-text',
  kind: 'text',
  matches: (doc) => doc.kind === 'text',
  extract,
};
