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
import { emptyDraft, takeClosing } from './draft.js';
import { ownUrl } from '../text/own-url.js';
import { isBodyCaption, isPromotion, readBody } from '../text/body.js';
import {
  headlineOverSummary,
  isEndMarker,
  isHeaderFurniture,
  isFurnitureLine,
  withoutMenu,
} from '../text/furniture.js';
import { endsLikeSentence, isBulleted, stripBullet, toBlocks, trimEndOf } from '../text/clean.js';
import { classifyCredit, parseByLine } from '../wire/byline.js';
import { agencyAndPlace, readPageMeta, splitGluedStamp, type PageMeta } from '../text/page-meta.js';
import { isDateOnly, isStampText, type TimeOnly } from '../text/meta-line.js';
import { INDIAN_AGENCIES } from '../wire/agencies.js';
import { findClosingAgency } from '../wire/credits.js';
import { PAGE_LABELS } from '../sites/index.js';
import {
  contentWords,
  isCaption,
  isNameLine,
  isPageFurniture,
  isProseLine,
  isPhrase,
  isShortSentence,
  isStandfirstLine,
  isTitleLike,
  overlap,
  repeatedAbove,
  repeatsAbove,
  withoutTitleSuffix,
} from '../text/page-roles.js';
import {
  parseDateline,
  parsePageDateline,
  parseShoutedPlace,
  type RawDateline,
} from '../wire/dateline.js';
import { INDIAN_DESK_PLACES } from '../wire/indian-places.js';

const MAX_HEADLINE_LENGTH = 300;
// How far into the copy the dateline paragraph may stand: a copied page carries the site's
// menus, the headline block and share buttons above it.
const DATELINE_SEARCH_LINES = 60;
const STAMP_LINE =
  /^(published|updated|posted|created|modified|first published)(?:\s+on)?(?:\s*:|\s)(.+)$/i;
// "Published: 3 June 2024, 07:18 BST / Updated: 3 June 2024, 09:02 BST" holds two stamps.
const STAMP_SEPARATOR = / ?[/|] ?(?=(?:updated|modified|published|posted|created)\b)/i;
// A standfirst runs longer than its headline; a short block above it is the headline.
const MIN_STANDFIRST_LENGTH = 80;

function firstTextLine(lines: readonly string[], from = 0): number {
  let i = from;
  while (i < lines.length && (lines[i] === '' || isFurnitureLine(lines[i] ?? ''))) i++;
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

/** Whether the line credits a person or an agency, or states a stamp. */
function credits(line: string): boolean {
  const meta = readPageMeta(line);
  return meta !== null && Object.values(meta).some((value) => value !== null);
}

/** A byline, credit or stamp line as the page prints it, or null. */
function metaOf(line: string): PageMeta | null {
  const meta = readPageMeta(line);
  if (meta !== null) return meta;
  const stamps = stampsOf(line);
  return stamps && { author: null, agency: null, place: null, ...stamps };
}

function addMeta(draft: Draft, meta: PageMeta, times: TimeOnly[]): void {
  draft.author ??= meta.author;
  draft.agency ??= meta.agency;
  draft.place ??= meta.place;
  draft.created ??= meta.created;
  draft.updated ??= meta.updated;
  if (meta.time) times.push(meta.time);
}

/** A stamp's time printed apart ("Updated 04:34 pm IST") on the date another line printed. */
function joinTimes(draft: Draft, times: readonly TimeOnly[]): void {
  for (const { which, time } of times) {
    const own = draft[which];
    if (own !== null && !isDateOnly(own)) continue;
    const date = [own, draft.created, draft.updated].find((d) => d !== null && isDateOnly(d));
    const joined = date === undefined || date === null ? null : `${date} ${time}`;
    if (joined !== null && isStampText(joined) && !isDateOnly(joined)) draft[which] = joined;
  }
}

/** The stamps a "Published: …" line states, or null when it is no stamp line. */
function stampsOf(line: string): { created: string | null; updated: string | null } | null {
  if (!STAMP_LINE.test(line)) return null;
  const stamps = { created: null as string | null, updated: null as string | null };
  for (const part of line.split(STAMP_SEPARATOR)) {
    const m = STAMP_LINE.exec(part.trim());
    if (!m) continue;
    const which = (m[1] ?? '').toLowerCase();
    // A stamp names a day or an hour: "Published by …" and "Updated: Updated:" name neither.
    // … and "Updated: 15 minutes ago" only how old the copy was.
    const printed = (m[2] ?? '').trim();
    const value = /\d/.test(printed) && !/\bago$/i.test(printed) ? printed : null;
    if (which === 'updated' || which === 'modified') stamps.updated ??= value;
    else stamps.created ??= value;
  }
  return stamps.created === null && stamps.updated === null ? null : stamps;
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
function aroundDateline(lines: readonly string[], at: number, dateline?: RawDateline): Draft {
  const draft = emptyDraft();
  // The agency may stand on a line of its own under the headline ("PTI"), as the dateline names it.
  const agency = parseDateline(lines[at] ?? '')?.agency?.toLowerCase();
  const noise = new Set<number>();
  const metas: { i: number; meta: PageMeta }[] = [];
  for (let i = 0; i < at; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const meta = metaOf(stripBullet(line));
    if (meta === null && line.toLowerCase() !== agency) {
      if (isPageFurniture(line) || isCaption(line) || repeatsAbove(lines, i)) noise.add(i);
      // A caption printed twice, the second time with its credit: both copies are the caption.
      const first = isCaption(line) ? repeatedAbove(lines, i) : -1;
      if (first >= 0) noise.add(first);
      continue;
    }
    if (meta !== null) metas.push({ i, meta: withNameAbove(lines, i, meta, noise) });
    noise.add(i);
  }
  const firstMeta = readMetas(draft, metas, lines, noise, at);
  const kept = (from: number, to: number): string[][] =>
    toBlocks(lines, from, to)
      .map((block) =>
        unwrapped(
          block.lines.filter((line, k) => !noise.has(block.start + k) && !isHeaderFurniture(line)),
        ),
      )
      .filter((block) => block.length > 0);
  // A stamp line may open the copy above the headline ("Published: 16:45, …" / title / "By …").
  let allBlocks = kept(0, firstMeta);
  if (allBlocks.length === 0) allBlocks = kept(0, at);
  // Summary bullets under the headline (Reuters' "* Brent up 0.4%") open the body.
  const bulleted = allBlocks.filter((block) => block.every(isBulleted));
  // " - Harbour Post": a name set off with a dash under the title is the site's, not a summary.
  const bullets = bulleted.filter((block) => !block.every((line) => isNameLine(stripBullet(line))));
  const blocks = allBlocks.filter((block) => !bulleted.includes(block));
  pickHeadline(draft, blocks);
  fillBody(draft, lines, at, dateline);
  checkHeadline(draft, lines, at, noise);
  draft.headline = withoutTrail(draft.headline, lines, at);
  const labelled = labelledSummary(lines, at);
  if (labelled !== null && draft.summary !== draft.headline) draft.summary = labelled;
  draft.summary ??= standfirstBelowMeta(lines, firstMeta, at, noise, draft.headline);
  draft.paragraphs.unshift(...bullets.flat().map(stripBullet));
  return draft;
}

/**
 * Files the byline and stamp lines above the story; returns where the byline's own run of them
 * starts. A stamp printed above the headline (a site's clock, "Friday, December 4, 2026 | 10:32
 * AM") counts only when the run under the headline prints none.
 */
function readMetas(
  draft: Draft,
  metas: readonly { i: number; meta: PageMeta }[],
  lines: readonly string[],
  noise: ReadonlySet<number>,
  at: number,
): number {
  let start = Math.max(0, metas.length - 1);
  while (start > 0) {
    const here = metas[start - 1]?.i ?? 0;
    const next = metas[start]?.i ?? at;
    if (nextStoryText(lines, here + 1, next, noise) !== null) break;
    start--;
  }
  const own = metas.slice(start);
  const above = metas.slice(0, start);
  const times: TimeOnly[] = [];
  for (const { meta } of own) addMeta(draft, meta, times);
  const stamped = own.some(({ meta }) => meta.created !== null || meta.updated !== null);
  for (const { meta } of above) {
    addMeta(
      draft,
      stamped ? { ...meta, created: null, updated: null } : meta,
      stamped ? [] : times,
    );
  }
  joinTimes(draft, times);
  return own[0]?.i ?? at;
}

// A byline may print the writer's name alone on the line above the stamp or the desk's credit.
const MAX_BARE_NAME = 40;

/** The meta of a stamp line with the bare name on the line right above it as its author. */
function withNameAbove(
  lines: readonly string[],
  i: number,
  meta: PageMeta,
  noise: Set<number>,
): PageMeta {
  const name = lines[i - 1] ?? '';
  const title = lines[i - 2] ?? '';
  // Above a stamp or a desk's credit ("PK Jaiswar" / "Tribune News Service").
  const desk = Object.values(meta).every((value) => value === null || value === undefined);
  if (meta.author !== null || (meta.created === null && meta.updated === null && !desk)) {
    return meta;
  }
  // Under the title, or a template's one-word label ("article_Author").
  const under = title.length > name.length || (title !== '' && !title.includes(' '));
  if (name.length > MAX_BARE_NAME || !under || !isNameLine(name)) return meta;
  if (!name.includes(' ') || /\d/.test(name) || classifyCredit(name) !== 'author') return meta;
  // "IANS Beijing", "Capital Market": an agency's credit, not a writer's name.
  if (agencyAndPlace(name) !== null) return meta;
  noise.add(i - 1);
  return { ...meta, author: name };
}

const MAX_TRAIL_WORDS = 4;

/**
 * "News Queensland Forced evacuations…" over "Forced evacuations…": a page's trail run into its
 * title; the title printed alone is the headline.
 */
function withoutTrail(
  headline: string | null,
  lines: readonly string[],
  at: number,
): string | null {
  if (headline === null) return null;
  const printed = titleKey(headline);
  for (let i = 0; i < at; i++) {
    const line = lines[i] ?? '';
    const key = titleKey(line);
    if (key.length < MIN_REPEATED_TITLE || line === headline || !printed.endsWith(` ${key}`)) {
      continue;
    }
    const trail = printed.slice(0, printed.length - key.length);
    if (trail.trim().split(' ').length <= MAX_TRAIL_WORDS) return line;
  }
  return headline;
}

/** A block's lines with a title wrapped mid-phrase made whole: "Another accused in Mumbai" / "train…". */
function unwrapped(block: readonly string[]): string[] {
  const joined: string[] = [];
  for (const line of block) {
    const previous = joined[joined.length - 1];
    const wrapped = previous !== undefined && /^\p{Ll}/u.test(line) && !endsLikeSentence(previous);
    if (wrapped) joined[joined.length - 1] = `${previous} ${line}`;
    else joined.push(line);
  }
  return joined;
}

// The labels sites set over their summary: "Synopsis", "Story highlights", "Key points: …".
const SUMMARY_LABEL =
  /^(?:synopsis|story highlights|highlights|key points|in short|summary|tl;dr)\s?:?\s?(.*)$/i;
const MAX_SUMMARY_ITEMS = 5;

/** The summary a site prints under its label above the story, its items joined; or null. */
function labelledSummary(lines: readonly string[], at: number): string | null {
  for (let i = 0; i < at; i++) {
    const m = SUMMARY_LABEL.exec(lines[i] ?? '');
    if (!m) continue;
    const items = m[1] ? [m[1]] : [];
    for (let k = i + 1; k < at && items.length < MAX_SUMMARY_ITEMS; k++) {
      const line = lines[k] ?? '';
      if (line === '') {
        if (items.length > 0 && !isBulleted(lines[nextTextLine(lines, k)] ?? '')) break;
        continue;
      }
      if (items.length > 0 && !isBulleted(line)) break;
      items.push(stripBullet(line));
    }
    const summary = items.join(' ');
    return isPhrase(summary) ? summary : null;
  }
  return null;
}

/** The headline and standfirst nearest the byline: the last blocks above it. */
function pickHeadline(draft: Draft, blocks: readonly string[][]): void {
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
}

// How much of the story's opening the headline is checked against.
const LEAD_LENGTH = 800;
// A title must share this much more of the story's words to displace the block choice.
const CLEAR_MARGIN = 0.25;

/**
 * The block nearest the byline may be a caption, a standfirst or a site's label; the headline
 * is the title-shaped line that shares the most words with the story's opening. When the two
 * disagree clearly, the title wins, and the doubt is said when they are close.
 */
function checkHeadline(
  draft: Draft,
  lines: readonly string[],
  at: number,
  noise: ReadonlySet<number>,
): void {
  const lead = contentWords(draft.paragraphs.join(' ').slice(0, LEAD_LENGTH));
  if (lead.size === 0) return;
  const current = draft.headline;
  let currentScore = current !== null && isTitleLike(current) ? titleScore(current, lead) : -1;
  let best: { i: number; text: string; score: number } | null = null;
  let first = true;
  for (let i = 0; i < at; i++) {
    const line = lines[i] ?? '';
    if (line === '' || noise.has(i) || !isTitleLike(line) || isHeaderFurniture(line)) continue;
    const score = titleScore(line, lead) + (first ? FIRST_TITLE_BONUS : 0);
    first = false;
    if (line === current) currentScore = Math.max(currentScore, score);
    if (best === null || score > best.score) best = { i, text: line, score };
  }
  if (best === null || best.text === current) return;
  // The headline stands above its standfirst: a title right above the block chosen, that shares
  // more of the story's words, is the headline and the chosen block its standfirst.
  const margin = nextStoryText(lines, best.i + 1, at, noise) === current ? 0 : CLEAR_MARGIN;
  if (best.score <= currentScore + margin) {
    if (current !== null && best.score >= currentScore) {
      draft.warnings.push({
        code: 'headline-doubt',
        message: `"${best.text}" could be the headline as well as "${current}"`,
      });
    }
    return;
  }
  draft.headline = best.text;
  draft.summary = standfirstAfter(lines, best.i, at, noise);
}

const FIRST_TITLE_BONUS = 0.15;
const TITLE_FLAW = 0.3;
// Most titles run to 5-15 words; a longer title-shaped line is likelier a standfirst.
const MAX_TITLE_WORDS = 24;
// A tagline's last word: "Today's latest from".
const DANGLING = /\s(?:from|of|the|to|and|for|with|in|on|at)$/i;

// A breadcrumb's separators: "Home / LATEST / Title", "News » India".
const TRAIL = / [/»>] /;

/**
 * How well a line reads as the story's title: the share of its words the story opens with,
 * trusted less for a line of a few words (a section's "JAMMU & KASHMIR" shares all of its two),
 * less the flaws of furniture.
 */
function titleScore(printed: string, lead: ReadonlySet<string>): number {
  const line = withoutTitleSuffix(printed);
  const size = contentWords(line).size;
  let score = (overlap(line, lead) * size) / (size + 1);
  if (line.includes('|') || TRAIL.test(line)) score -= TITLE_FLAW;
  // A standfirst runs longer than a title: "NO END IN SIGHT: Hong Kong police rounded up 400…".
  if (line.split(' ').length > MAX_TITLE_WORDS) score -= TITLE_FLAW;
  if (/[.!?] \S/.test(line)) score -= TITLE_FLAW;
  if (DANGLING.test(line)) score -= TITLE_FLAW;
  if (line === line.toUpperCase()) score -= TITLE_FLAW;
  return score;
}

/** The next line from `from` before `at` that is neither blank nor noise, or null. */
function nextStoryText(
  lines: readonly string[],
  from: number,
  at: number,
  noise: ReadonlySet<number>,
): string | null {
  for (let i = from; i < at; i++) {
    const line = lines[i] ?? '';
    if (line !== '' && !noise.has(i)) return line;
  }
  return null;
}

function standfirstAfter(
  lines: readonly string[],
  headline: number,
  at: number,
  noise: ReadonlySet<number>,
): string | null {
  // Past a caption the page printed between them.
  const line = nextStoryText(lines, headline + 1, at, noise);
  if (line === null || isCaption(line)) return null;
  return isPhrase(line) && !isPageFurniture(line) ? line : null;
}

/**
 * A standfirst some pages print under the byline and stamps, just above the story: the one
 * sentence-shaped line there, not furniture, a caption or the title printed again.
 */
function standfirstBelowMeta(
  lines: readonly string[],
  firstMeta: number,
  at: number,
  noise: ReadonlySet<number>,
  headline: string | null,
): string | null {
  let found: string | null = null;
  for (let i = firstMeta + 1; i < at; i++) {
    const line = lines[i] ?? '';
    if (line === '' || noise.has(i) || line === headline) continue;
    if (found !== null || !isStandfirstLine(line)) return null;
    found = line;
  }
  return found;
}

// A stamp's label on a short line of its own ("Updated: 21 Nov 2024") is never story text.
const STAMP_LABEL = /^(?:published|updated|posted|created|modified)\s*(?:on\s*)?:/i;
const MAX_STAMP_LINE = 80;

function fillBody(draft: Draft, lines: readonly string[], from: number, alone?: RawDateline): void {
  const agency = draft.agency;
  const body = readBody(lines, from, PAGE_LABELS);
  draft.author ??= takeByLine(body.paragraphs);
  draft.paragraphs = body.paragraphs.filter(
    (paragraph) => paragraph.length > MAX_STAMP_LINE || !STAMP_LABEL.test(paragraph),
  );
  takeClosing(draft, body);
  draft.countries = body.countries;
  draft.tags = body.tags;
  draft.agency = body.firstPublishedIn[0] ?? agency;
  dropTeaser(draft.paragraphs);
  dropEditorsNote(draft.paragraphs);
  takeFootStamps(draft);
  takeStampsUnderStory(draft, lines, from);
  dropPageFurniture(draft.paragraphs);
  // The agency a page credits only in its closing ("— Bernama", "…his assent. (NAN)"), which
  // ends the story: what follows is the page's.
  const datelined = parseDateline(draft.paragraphs[0] ?? '')?.agency ?? null;
  const closing = findClosingAgency(draft.paragraphs);
  // The story ends there only when no more of it follows: a line of the page's, or nothing.
  if (closing !== null && draft.paragraphs.slice(closing.index + 1).every(isNotStory)) {
    draft.paragraphs.length = closing.index;
    if (closing.rest !== null) draft.paragraphs.push(closing.rest);
    draft.signOff ??= closing.signOff;
  }
  if (draft.agency === null && datelined === null) {
    // Read from the copy itself too: the body reader may have set the closing line aside.
    const story = lines.slice(from).filter((line) => line !== '');
    const printed = closing ?? findClosingAgency(story);
    draft.agency = printed?.agency ?? agencyOf(draft.signOff);
    if (printed?.rest === null) draft.signOff ??= printed.signOff;
  }
  const credited = (draft.agency ?? datelined ?? '').trim().toLowerCase();
  if (INDIAN_AGENCIES.has(credited)) draft.assumeZone = 'IST';
  const first = draft.paragraphs[0];
  const wire = draft.paragraphs.slice(0, WIRE_DATELINE_PARAGRAPHS).some((p) => parseDateline(p));
  const dateline = first === undefined || wire ? null : (alone ?? parsePageDateline(first));
  if (dateline && isProse(first?.slice(dateline.length) ?? '')) draft.dateline = dateline;
  if (draft.agency === null && (isIndianDesk(draft.dateline) || isIndianStory(draft))) {
    draft.assumeZone ??= 'IST';
  }
}

// Rupees and their Indian counts, which only India's press prints: "Rs 25 crore", "₹4 lakh".
const INDIAN_MONEY = /(?:\bRs\.? ?|₹ ?)\d|\b\d+(?:\.\d+)? (?:crore|lakh)\b/;
const MONEY_SEARCH_PARAGRAPHS = 6;

/**
 * A story of an Indian site, whose stamps printed without a zone are in IST by the Indian press's
 * convention: filed from an Indian desk town in any case, or counting money in rupees and crores.
 */
function isIndianStory(draft: Draft): boolean {
  const place = (draft.place ?? draft.dateline?.location ?? '').toLowerCase();
  if (INDIAN_DESK_PLACES.has(place)) return true;
  return draft.paragraphs.slice(0, MONEY_SEARCH_PARAGRAPHS).some((p) => INDIAN_MONEY.test(p));
}

// A paragraph of the story runs on as prose; the page's lines after it are short or unfinished.
const MIN_STORY_PARAGRAPH = 200;
const isNotStory = (paragraph: string): boolean =>
  paragraph.length < MIN_STORY_PARAGRAPH || !endsLikeSentence(paragraph);

/** The agency a sign-off names: "-- PTI" → "PTI"; null for a desk's initials. */
function agencyOf(signOff: string | null): string | null {
  if (signOff === null) return null;
  return findClosingAgency(['', signOff])?.agency ?? null;
}

/** "Hyderabad: …": an Indian site's own desk, in the place's own case, with no agency. */
function isIndianDesk(dateline: RawDateline | null | undefined): boolean {
  const place = dateline?.location;
  if (!place || dateline.agency !== null || place === place.toUpperCase()) return false;
  return INDIAN_DESK_PLACES.has(place.toLowerCase());
}

// A foot credit ("Source: Reuters") is no paragraph, nor the byline's agency.
const FOOT_SOURCE = /^(?:[Ss]ource ?: ?\S.{0,60}|[-–—] ?[A-Z][A-Za-z]{1,20})$/;
const isFootCredit = (paragraph: string): boolean =>
  FOOT_SOURCE.test(paragraph) ||
  (paragraph.length <= MAX_AGENCY_NAME && agencyAndPlace(paragraph)?.place === null);
const MAX_AGENCY_NAME = 40;
/** Drops what a page leaves in its story: captions, a foot credit, calls to follow the site. */
function dropPageFurniture(paragraphs: string[]): void {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const paragraph = paragraphs[i] ?? '';
    if (!isBodyCaption(paragraph)) continue;
    // "A burnt trailer outside the shed." / "PHOTO: HARBOUR TV": a credit under its caption.
    const caption =
      i > 0 && isCreditAlone(paragraph) && (paragraphs[i - 1] ?? '').length <= MAX_CAPTION;
    paragraphs.splice(caption ? i - 1 : i, caption ? 2 : 1);
    if (caption) i--;
  }
  for (;;) {
    const last = paragraphs[paragraphs.length - 1];
    if (last === undefined || !(isPromotion(last) || isFootCredit(last))) return;
    paragraphs.pop();
  }
}

/**
 * The stamp lines a page prints under its story: stamps, not paragraphs, and with them the short
 * furniture printed after them ("– Oct. 16 2020 @ 10:15 GMT |" / "Click Banner for Details").
 */
function takeFootStamps(draft: Draft): void {
  const { paragraphs } = draft;
  const from = Math.max(1, paragraphs.length - FOOT_SEARCH_PARAGRAPHS);
  for (let i = from; i < paragraphs.length; i++) {
    const meta = readPageMeta(paragraphs[i] ?? '');
    if (meta === null || (meta.created === null && meta.updated === null)) continue;
    if (!paragraphs.slice(i + 1).every(isFootFurniture)) continue;
    draft.created ??= meta.created;
    draft.updated ??= meta.updated;
    // A second stamp line right above: "Story first published: …" over "Last updated: …".
    const above = readPageMeta(paragraphs[i - 1] ?? '');
    if (above !== null && (above.created !== null || above.updated !== null) && i > 1) {
      draft.created ??= above.created;
      draft.updated ??= above.updated;
      i--;
    }
    paragraphs.length = i;
    return;
  }
}
/**
 * A stamp line the body reader set aside with the furniture under the story ("– Oct. 16 2020 @
 * 10:15 GMT |"): read from the lines right under the story's last paragraph.
 */
function takeStampsUnderStory(draft: Draft, lines: readonly string[], from: number): void {
  const last = draft.paragraphs[draft.paragraphs.length - 1];
  if (last === undefined || (draft.created !== null && draft.updated !== null)) return;
  const tail = last.slice(-LAST_WORDS_KEY);
  let at = -1;
  for (let i = from; i < lines.length && at < 0; i++) if ((lines[i] ?? '').endsWith(tail)) at = i;
  let seen = 0;
  for (let i = at + 1; at >= 0 && i < lines.length && seen < FOOT_SEARCH_PARAGRAPHS; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    // Past the page's own foot ("© The Capital Herald"), a stamp is the page's, not the story's.
    if (isEndMarker(line)) return;
    seen++;
    const meta = readPageMeta(line);
    if (meta === null || (meta.created === null && meta.updated === null)) continue;
    draft.created ??= meta.created;
    draft.updated ??= meta.updated;
    return;
  }
}
const LAST_WORDS_KEY = 30;

// "Story first published: Thursday, October 14, 2021, 23:51 [IST]" closes some sites' stories.
const FOOT_SEARCH_PARAGRAPHS = 3;
const MAX_FOOT_FURNITURE = 60;
const isFootFurniture = (paragraph: string): boolean =>
  paragraph.length <= MAX_FOOT_FURNITURE && !endsLikeSentence(paragraph);
const ELLIPSIS = /(?:\.{3}|…)$/;

// "(Updated at 3:50 p.m. on May 4 with the minister's statement)": the desk's note on the story,
// set in brackets above it, is not its first paragraph.
const EDITORS_NOTE =
  /^\((?:updated|corrected|corrects|adds|recasts|editor['’]?s note|this (?:story|article) (?:has been|was) updated)\b[^()]{0,200}\)$/i;

function dropEditorsNote(paragraphs: string[]): void {
  if (EDITORS_NOTE.test(paragraphs[0] ?? '')) paragraphs.shift();
}

/** A teaser, the lead cut with "...", printed over the lead itself is not a paragraph. */
function dropTeaser(paragraphs: string[]): void {
  const [teaser, lead] = paragraphs;
  if (teaser === undefined || lead === undefined || !ELLIPSIS.test(teaser)) return;
  const cut = trimEndOf(teaser.replace(ELLIPSIS, ''), ' ');
  if (cut.length > 0 && lead.startsWith(cut)) paragraphs.shift();
}

// normalise looks for an agency's dateline in the first paragraphs, past summary bullets.
const WIRE_DATELINE_PARAGRAPHS = 3;

// A page's story opens with prose: the rest of its dateline's paragraph runs on.
const MIN_PROSE = 50;

// A copy cut off mid-sentence still runs on as prose: a long text with sentences inside it.
const LONG_PROSE = 200;
const INNER_SENTENCE_END = /[.!?]["”’)]? [A-Z“"]/;

function isProse(text: string): boolean {
  if (text.length < MIN_PROSE || !text.includes(' ')) return false;
  return endsLikeSentence(text) || (text.length >= LONG_PROSE && INNER_SENTENCE_END.test(text));
}

// A converter's wrapped paragraph: its lines up to the next blank one, a few at most.
const MAX_WRAPPED_LINES = 12;

// Converters wrap at 60-100 columns; a shorter line ends its paragraph, a longer one was never
// wrapped.
const MIN_WRAP = 60;
const MAX_WRAP = 100;

const isWrapped = (line: string): boolean =>
  line.length >= MIN_WRAP && line.length <= MAX_WRAP && !endsLikeSentence(line);

/** Whether line i runs on to line i + 1, as a converter's wrapped paragraph does. */
const runsOn = (lines: readonly string[], i: number): boolean => {
  const next = lines[i + 1] ?? '';
  return isWrapped(lines[i] ?? '') && next !== '' && next.length <= MAX_WRAP;
};

/** The paragraph that opens with `first` on line `at`, its wrapped lines joined. */
function blockFrom(lines: readonly string[], at: number, first: string): string {
  const parts = [first];
  let i = at;
  while (i < at + MAX_WRAPPED_LINES && runsOn(lines, i)) {
    i++;
    parts.push(lines[i] ?? '');
  }
  return parts.join(' ');
}

/**
 * The paragraph that opens with `first` on line `at`, to the next blank line or sentence end: a
 * copy that sets paragraphs apart with blank lines may break its lines anywhere in between.
 */
function paragraphFrom(lines: readonly string[], at: number, first: string): string {
  const parts = [first];
  for (let i = at + 1; i < at + MAX_WRAPPED_LINES && !endsLikeSentence(parts.at(-1) ?? ''); i++) {
    const line = lines[i] ?? '';
    if (line === '') break;
    parts.push(line);
  }
  return parts.join(' ');
}

function nextTextLine(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i] === '') i++;
  return i;
}

interface Anchor {
  /** The line the story opens on. */
  at: number;
  /** The lines, with the dateline's paragraph made whole when the page split it. */
  lines: readonly string[];
  author: string | null;
  /** Set when no run of prose was found and the story's start is a guess. */
  guessed?: boolean;
  /** A dateline printed alone on its line ("Srinagar,"), joined to the paragraph it opens. */
  dateline?: RawDateline;
}

/**
 * Where a page copy's story opens: an agency's dateline, or a site's own in any case ("New
 * Delhi:", alone on its line or opening the paragraph), or a "By …" line running into one.
 */
function pageAnchor(lines: readonly string[]): Anchor | null {
  let seen = 0;
  let storyLines = 0;
  for (let i = 0; i < lines.length && seen < DATELINE_SEARCH_LINES; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    seen++;
    // A headline may open like a desk's dateline ("J-K: Cop injured…"); a story runs on.
    const wire = parseDateline(line);
    if (wire && (wire.agency !== null || isProse(blockFrom(lines, i, line.slice(wire.length))))) {
      return { at: i, lines, author: null };
    }
    const byAndDateline = splitByLineDateline(line);
    if (byAndDateline) {
      const copy = lines.slice();
      copy[i] = byAndDateline.rest;
      return { at: i, lines: copy, author: byAndDateline.author };
    }
    // A desk's dateline opens the story: a standfirst or two at most stand above it; a heading
    // in capitals or a line ending "Earlier," further down is the story's own.
    const opening = storyLines <= MAX_PROSE_ABOVE_DATELINE;
    if (isProseLine(line) && metaOf(line) === null) storyLines++;
    const dateline = opening ? (parsePageDateline(line) ?? parseShoutedPlace(line)) : null;
    // "Meera Pillai |" credits the writer: no place.
    if (!dateline || credits(line)) continue;
    const rest = line.slice(dateline.length);
    if (
      rest !== '' &&
      (isProse(blockFrom(lines, i, rest)) || isProse(paragraphFrom(lines, i, rest)))
    ) {
      return { at: i, lines, author: null };
    }
    const next = nextTextLine(lines, i + 1);
    if (rest === '' && isProse(lines[next] ?? '') && !parseDateline(lines[next] ?? '')) {
      // "New Delhi:" alone on its line opens the paragraph under it; a place printed with no
      // mark after it ("MAPUSA") stands apart, and the paragraph is kept as printed.
      const apart = dateline.text === line.trim();
      const copy = lines.slice();
      if (!apart) copy[next] = `${line} ${lines[next] ?? ''}`;
      for (let j = i; j < next; j++) copy[j] = '';
      return {
        at: next,
        lines: copy,
        author: null,
        dateline: { ...dateline, length: apart ? 0 : line.length },
      };
    }
  }
  return null;
}

const MAX_PROSE_ABOVE_DATELINE = 2;

/** "By Ana Ruiz and Li Wei WASHINGTON (Reuters) – The…" → the names and the datelined rest. */
function splitByLineDateline(line: string): { author: string; rest: string } | null {
  if (!/^by\s/i.test(line) || !line.includes('(')) return null;
  const limit = Math.min(line.length, MAX_BYLINE_SPLIT);
  for (
    let space = line.indexOf(' ');
    space > 0 && space < limit;
    space = line.indexOf(' ', space + 1)
  ) {
    const rest = line.slice(space + 1);
    const dateline = isShoutedWord(rest) ? parseDateline(rest) : null;
    if (dateline?.agency) {
      const author = parseByLine(line.slice(0, space));
      return author === null ? null : { author, rest };
    }
  }
  return null;
}

const MAX_BYLINE_SPLIT = 160;
const isShoutedWord = (text: string): boolean => /^[A-Z][A-Z.'-]+[\s,/(]/.test(text);

// A standfirst is often printed again in the story; how far below it is looked for.
const RECUR_SEARCH_LINES = 200;
const RECUR_KEY_LENGTH = 60;

/** Whether the line's opening is printed again further down: a standfirst, not the story. */
function recursBelow(lines: readonly string[], at: number): boolean {
  const key = (lines[at] ?? '').slice(0, RECUR_KEY_LENGTH);
  const end = Math.min(lines.length, at + RECUR_SEARCH_LINES);
  // Joined, as a converter may have wrapped the story's copy of it over lines.
  return lines
    .slice(at + 1, end)
    .join(' ')
    .includes(key);
}

/** The line after the paragraph that opens on line `at`, wrapped lines and all. */
function blockEnd(lines: readonly string[], at: number): number {
  let i = at;
  while (i < at + MAX_WRAPPED_LINES && runsOn(lines, i)) i++;
  return i + 1;
}

/** The next line from `from` that is neither blank nor the page's furniture. */
function nextStoryLine(lines: readonly string[], from: number): number {
  let next = from;
  while (next < lines.length && isBetweenParagraphs(lines[next] ?? '')) next++;
  return next;
}

const MAX_CREDIT_LINE = 40;

const isCreditAlone = (line: string): boolean =>
  line.length <= MAX_CREDIT_LINE && isCaption(line) && /^\S+ ?:/.test(line);
// A caption over its credit is a short line; a story's paragraph over a stray credit runs longer.
const MAX_CAPTION = 100;

/** Whether the next text line is a picture's credit ("PHOTO: AP"): the text above is a caption. */
function creditedBelow(lines: readonly string[], from: number): boolean {
  return isCreditAlone(lines[nextTextLine(lines, from)] ?? '');
}

// A picture's caption closed by its source: "Police at the scene in Henderson. Source: 1 NEWS".
const SOURCED_CAPTION = /[.!?] Source: [^.]{1,30}$/;

/** What a page sets between a story's paragraphs: furniture and pictures' captions. */
const isBetweenParagraphs = (line: string): boolean =>
  line === '' || isPageFurniture(line) || isCaption(line) || SOURCED_CAPTION.test(line);

/**
 * Whether prose follows from line `from` on. As jusText smooths a short block between two good
 * ones into the run, one short sentence ("But the real test lies at home.") may stand between.
 */
function proseFollows(lines: readonly string[], from: number): boolean {
  const next = nextStoryLine(lines, from);
  const block = blockFrom(lines, next, lines[next] ?? '');
  if (isProseLine(block)) return true;
  if (!isShortSentence(block) || metaOf(block) !== null) return false;
  const after = nextStoryLine(lines, blockEnd(lines, next));
  return isProseLine(blockFrom(lines, after, lines[after] ?? ''));
}

// A title printed again under its trail: "News Queensland Forced evacuations…" / "Forced…".
const MIN_REPEATED_TITLE = 30;
// A title's copies differ at most by a closing quote or mark one of them lost.
const titleKey = (line: string): string => trimEndOf(line, ' .!?"\'”’');

/**
 * Whether line i is a title printed twice, with a trail once: inside a line above it, or holding
 * a shorter line below it whole. Story prose is printed once.
 */
function printedTwice(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  const key = titleKey(line);
  if (key.length < MIN_REPEATED_TITLE) return false;
  for (let k = 0; k < i; k++) if ((lines[k] ?? '').includes(key)) return true;
  const end = Math.min(lines.length, i + DATELINE_SEARCH_LINES);
  for (let k = i + 1; k < end; k++) {
    const below = titleKey(lines[k] ?? '');
    if (below.length >= MIN_REPEATED_TITLE && below.length < key.length && key.endsWith(below)) {
      return true;
    }
  }
  return false;
}

/**
 * Where a copy without a dateline starts its story: the first prose followed by more prose (a
 * standfirst stands alone under the headline, or is printed again below), else the first prose.
 */
function proseAnchor(lines: readonly string[]): Anchor | null {
  let seen = 0;
  let firstProse = -1;
  let firstRecurring = -1;
  let firstRun = -1;
  let labelAt = -1;
  for (let i = 0; i < lines.length && seen < DATELINE_SEARCH_LINES; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    seen++;
    // "Synopsis" / its text: the summary under its label is not the story.
    if (SUMMARY_LABEL.test(line)) labelAt = i;
    if (labelAt >= 0 && nextTextLine(lines, labelAt + 1) === i) continue;
    if (!isProseLine(blockFrom(lines, i, line)) || metaOf(line) !== null) continue;
    if (creditedBelow(lines, blockEnd(lines, i))) continue;
    if (printedTwice(lines, i)) continue;
    // Prose printed again below is a standfirst: the story's guess is the first that is not.
    const recurs = recursBelow(lines, i);
    if (recurs) firstRecurring = firstRecurring < 0 ? i : firstRecurring;
    else if (firstProse < 0) firstProse = i;
    if (!proseFollows(lines, blockEnd(lines, i))) continue;
    if (!recurs) return { at: i, lines, author: null };
    // A copy whose every paragraph is printed again is read from its first run.
    firstRun = firstRun < 0 ? i : firstRun;
  }
  if (firstRun >= 0) return { at: firstRun, lines, author: null };
  const guess = firstProse >= 0 ? firstProse : firstRecurring;
  return guess >= 0 ? { at: guess, lines, author: null, guessed: true } : null;
}

function extract(doc: Document): Draft {
  const draft = readCopy(doc.lines);
  if (draft.headline !== null) draft.headline = withoutTitleSuffix(draft.headline);
  draft.url = ownUrl(doc.lines, draft.headline);
  return draft;
}

/** The copy's lines with a stamp glued to the end of a line near the top set on its own line. */
function withGluedStampsApart(lines: readonly string[]): readonly string[] {
  let copy: string[] | null = null;
  const end = Math.min(lines.length, DATELINE_SEARCH_LINES);
  for (let i = end - 1; i >= 0; i--) {
    const split = splitGluedStamp(lines[i] ?? '');
    if (split === null) continue;
    copy ??= lines.slice();
    copy.splice(i, 1, ...split);
  }
  return copy ?? lines;
}

function readCopy(printed: readonly string[]): Draft {
  const lines = withGluedStampsApart(printed);
  const anchor = pageAnchor(lines) ?? proseAnchor(lines);
  if (!anchor || anchor.at === 0) return fromTop(anchor?.lines ?? lines);
  const draft = aroundDateline(anchor.lines, anchor.at, anchor.dateline);
  draft.author ??= anchor.author;
  if (anchor.guessed === true) {
    draft.warnings.push({
      code: 'body-doubt',
      message: 'no run of prose opens the story; it is taken to start at its first sentence',
    });
  }
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
  const times: TimeOnly[] = [];
  for (let i = firstTextLine(lines, start); i < lines.length; i = firstTextLine(lines, i + 1)) {
    const meta = metaOf(lines[i] ?? '');
    if (meta === null) {
      start = i;
      break;
    }
    addMeta(draft, meta, times);
    start = i + 1;
  }
  joinTimes(draft, times);
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
