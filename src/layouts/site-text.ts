/**
 * A plain-text copy of a page whose template a site profile declares (src/sites/): the byline in
 * the site's grammar anchors it, the lists are opened by the site's labels.
 *
 *   Headline
 *   Summary paragraph (optional)
 *   Byline (Devdiscourse: SOURCE | City | Updated: … IST | Created: … IST)
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
import type { SiteByline, SiteProfile } from '../sites/profile.js';
import { emptyDraft, takeClosing } from './draft.js';
import { ownUrl } from '../text/own-url.js';
import { readBody } from '../text/body.js';
import {
  headlineOverSummary,
  isHeaderFurniture,
  isFurnitureLine,
  isReadingTime,
  withoutHeadingMark,
  withoutMenu,
} from '../text/furniture.js';
import { endsLikeSentence, letterKey, toBlocks } from '../text/clean.js';
import { parseByLine } from '../wire/byline.js';
import { labelReader, type LabelReader } from '../text/list-labels.js';
import { creditOf } from './site-credit.js';

/** What a site's text reader works with: its profile, and its labels compiled. */
interface Site {
  profile: SiteProfile;
  labels: LabelReader;
}

function findByline(
  lines: readonly string[],
  site: Site,
): { index: number; byline: SiteByline } | null {
  const grammar = site.profile.byline;
  const end = Math.min(lines.length, grammar.searchLines);
  for (let i = 0; i < end; i++) {
    const byline = grammar.read(lines[i] ?? '');
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

/** The hidden figure repeats the headline: a line that matches one above the byline. */
function repeatsLineAbove(lines: readonly string[], end: number, line: string): boolean {
  const key = letterKey(line);
  return key !== '' && lines.slice(0, end).some((above) => letterKey(above) === key);
}

/** The caption line right under the byline; it is not part of the body. */
function findCaption(
  lines: readonly string[],
  after: number,
  site: Site,
): { caption: string | null; next: number } {
  const isCountries = (line: string): boolean => site.labels.read(line)?.name === 'countries';
  let i = after;
  while (
    i < lines.length &&
    (lines[i] === '' || isFurnitureLine(lines[i] ?? '') || IMAGE_PLACEHOLDER.test(lines[i] ?? ''))
  ) {
    i++;
  }
  const first = lines[i];
  if (first === undefined || isCountries(first)) return { caption: null, next: i };
  // A converter may wrap the caption: its block runs to the next blank line or Country list.
  let end = i + 1;
  while (
    end < i + MAX_CAPTION_LINES &&
    (lines[end] ?? '') !== '' &&
    !isCountries(lines[end] ?? '')
  ) {
    end++;
  }
  // pandoc keeps a figure's caption in brackets: "[Representative Image. Image Credit: ANI]".
  const block = lines.slice(i, end).join(' ');
  const line = block.startsWith('[') && block.endsWith(']') ? block.slice(1, -1).trim() : block;
  const adjacent = i === after;
  let j = end;
  while (j < lines.length && lines[j] === '') j++;
  const beforeCountries = j < lines.length && isCountries(lines[j] ?? '');
  if (
    adjacent ||
    beforeCountries ||
    repeatsLineAbove(lines, after - 1, line) ||
    site.profile.credit.captionLabel.test(line)
  ) {
    return { caption: line, next: end };
  }
  return { caption: null, next: i };
}

/** The blocks above the byline without page furniture, nor the byline's source repeated. */
function withoutUi(blocks: readonly { lines: string[] }[], credit: string | null): string[][] {
  const isFurniture = (line: string): boolean => isHeaderFurniture(line) || isReadingTime(line);
  return blocks
    .map((b) =>
      b.lines.filter((line) => !isFurniture(line) && line !== credit).map(withoutHeadingMark),
    )
    .filter((lines) => lines.length > 0);
}

function extract(doc: Document, site: Site): Draft {
  const { profile } = site;
  const lines = profile.byline.rejoin(doc.lines);
  const draft = emptyDraft();
  draft.assumeZone = profile.zone;
  const found = findByline(lines, site);
  if (!found) return draft;
  const { index, byline } = found;

  const { caption, next } = findCaption(lines, index + 1, site);
  const { headline, summary } = headlineAndSummary(
    withoutUi(toBlocks(lines, 0, index), byline.credit),
    caption,
  );
  const body = readBody(lines, next, site.labels);

  draft.headline = headline;
  draft.summary = summary;
  draft.caption = caption;
  // The byline's shape is the site's template; a copy states no language, and its address only
  // on a line of its own.
  draft.site = profile.site;
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

  const { sourceList } = profile.credit;
  const credit = creditOf(byline.credit, sourceList === null ? [] : body[sourceList]);
  draft.author = credit.author;
  draft.agency = credit.agency;

  // Agency copy may carry a "By Jane Doe" line above the dateline.
  const first = body.paragraphs[0];
  const byName = first === undefined ? null : parseByLine(first);
  if (byName !== null) {
    draft.author ??= byName;
    body.paragraphs.shift();
  }
  // A second byline-shaped line (a quoted page, a converter's leftovers) is never body text.
  draft.paragraphs = body.paragraphs.filter((paragraph) => profile.byline.read(paragraph) === null);
  return draft;
}

/** The text layout of a site: copies whose byline the site's grammar reads. */
export function siteText(profile: SiteProfile): Layout {
  const site: Site = { profile, labels: labelReader(profile.labels) };
  const { byline } = profile;
  return {
    name: `${profile.name}-text`,
    kind: 'text',
    matches: (doc) =>
      doc.kind === 'text' &&
      findByline(byline.rejoin(doc.lines, byline.searchLines), site) !== null,
    extract: (doc) => extract(doc, site),
  };
}
