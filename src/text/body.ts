/**
 * The body of a plain-text copy: paragraphs, the lists around it (countries, tags, source) and
 * the notice that closes it. Shared by the text layouts.
 */
import {
  isEndMarker,
  isInlineLink,
  isRule,
  isFurnitureLine,
  withoutHeadingMark,
} from './furniture.js';
import { hasBracketedCredit, PHOTOGRAPHER_CREDIT } from './picture-credit.js';
import { endsLikeSentence, isBulleted, stripBullet } from './clean.js';
import { isCreditLine, isSignOff, splitTrailingSignOff } from '../wire/credits.js';
import { isNotice, isStrongNotice } from '../wire/notice.js';
import type { LabelReader } from './list-labels.js';
import { noClosing, type Closing } from './closing.js';

export interface Body extends Closing {
  paragraphs: string[];
  countries: string[];
  tags: string[];
  firstPublishedIn: string[];
}

const MAX_ITEM_LENGTH = 80;
// Hard-wrapped copies (lynx, html2text) keep every line short; real paragraphs run longer.
const WRAP_WIDTH = 100;

function isItem(line: string): boolean {
  const text = stripBullet(line);
  return text.length > 0 && text.length <= MAX_ITEM_LENGTH && !/[.!?]$/.test(text);
}

function inlineItems(rest: string): string[] {
  return rest
    .split(/[,|•;]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

function nextNonBlank(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i] === '') i++;
  return i;
}

/**
 * Reads a list after its header. Bulleted items may stand apart with blank lines between them;
 * unbulleted ones end at the first blank line. Returns the index after the list.
 */
function readList(
  lines: readonly string[],
  from: number,
  into: string[],
  labels: LabelReader,
): number {
  let i = nextNonBlank(lines, from);
  const bulleted = i < lines.length && isBulleted(lines[i] ?? '');
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line === '') {
      if (!bulleted) break;
      const next = nextNonBlank(lines, i);
      if (next >= lines.length || !isBulleted(lines[next] ?? '')) return next;
      i = next;
      continue;
    }
    if (isFurnitureLine(line) || isEndMarker(line) || labels.read(line) || !isItem(line)) break;
    if (bulleted && !isBulleted(line)) break;
    into.push(stripBullet(line));
    i++;
  }
  return i;
}

// A converter may leave a few lines long (a link, a line it could not break): a copy is wrapped
// when nearly all of its lines are short and those inside its paragraphs run on unfinished.
const MAX_LONG_SHARE = 0.2;
const MIN_RUN_ON_SHARE = 0.6;
const MIN_WRAPPED_LINE = 40;

function isHardWrapped(blocks: readonly string[][]): boolean {
  let lines = 0;
  let long = 0;
  let inner = 0;
  let runOn = 0;
  for (const block of blocks) {
    lines += block.length;
    block.forEach((line, k) => {
      if (line.length > WRAP_WIDTH) long++;
      if (k === block.length - 1) return;
      inner++;
      // A line broken at a converter's width, not a subhead or a tag.
      if (line.length >= MIN_WRAPPED_LINE && !endsLikeSentence(line)) runOn++;
    });
  }
  if (inner === 0) return false;
  return long === 0 || (long <= lines * MAX_LONG_SHARE && runOn >= inner * MIN_RUN_ON_SHARE);
}

function toParagraphs(blocks: readonly string[][]): string[] {
  const wrapped = isHardWrapped(blocks);
  const paragraphs: string[] = [];
  for (const block of blocks) {
    let current: string[] = [];
    const flush = (): void => {
      if (current.length) paragraphs.push(current.join(' '));
      current = [];
    };
    for (const line of block) {
      if (isBulleted(line)) {
        flush();
        const item = stripBullet(line);
        if (item) paragraphs.push(item);
      } else if (wrapped) {
        current.push(line);
      } else {
        flush();
        paragraphs.push(line);
      }
    }
    flush();
  }
  return paragraphs;
}

// The notice, a credit line and a sign-off, in any order: at most a few paragraphs.
const MAX_CLOSING_PARTS = 4;
// A copied page's lines after the notice: "Subscribe to our channels", "More from …" and links.
const MAX_TRAILING_FURNITURE = 6;
const MAX_FURNITURE_LENGTH = 100;

// Reuters closes with its reporter's contact: "((jane.doe@thomsonreuters.com; +44 …))".
const CONTACT = /(?:^|\s)\(\([^()]{1,300}\)\)$/;

// A desk's credit in brackets under the story: "(Web editor: Ana Ruiz, Li Wei)".
const DESK_CREDIT =
  /^\((?:[A-Z]+ )?(?:editors?|editing|writer|reporter|reporting|translator|translation|photos?) ?: ?[^()]{1,100}\)\.?$/i;

// A page's call to its readers: "Join our WhatsApp channel for …", "Follow us on …".
const PROMOTION =
  /^(?:join|follow|subscribe|download|sign up|get (?:the|our)|for (?:all )?(?:the latest|more) news)\b/i;

/** A page's call to its readers closing the copy: "For the latest news, follow us on …". */
export const isPromotion = (paragraph: string): boolean =>
  paragraph.length <= MAX_PROMOTION && PROMOTION.test(paragraph);
const MAX_PROMOTION = 300;

const isFurniture = (paragraph: string): boolean =>
  paragraph.length <= MAX_FURNITURE_LENGTH &&
  (!endsLikeSentence(paragraph) || PROMOTION.test(paragraph)) &&
  !isCreditLine(paragraph) &&
  !isSignOff(paragraph);

/** Drops the short, unpunctuated lines a page prints after the republisher's notice. */
function dropFurnitureAfterNotice(paragraphs: string[]): void {
  // Most stories end with their own sentence or closing part: nothing to look for.
  const last = paragraphs[paragraphs.length - 1];
  if (last === undefined || !isFurniture(last)) return;
  const from = Math.max(0, paragraphs.length - 1 - MAX_TRAILING_FURNITURE);
  for (let i = paragraphs.length - 2; i >= from; i--) {
    if (!isStrongNotice(paragraphs[i] ?? '')) continue;
    if (paragraphs.slice(i + 1).every(isFurniture)) paragraphs.length = i + 1;
    return;
  }
}

// A desk's sign-off glued to the last sentence, which the agency's own forms do not cover: an
// agency and long desk codes ("….PTI SJR BN WELCOME"), or a word in capitals ("….AGENCIES").
const GLUED_SIGN_OFF = /[.!?"”’](?: ?((?:PTI|UNI|IANS|ANI)(?: [A-Z]{2,8}){1,6})|([A-Z]{3,12}))$/;

// A desk's sign-off of its editors' names or initials in any case: "mara/Tovi", "RK/JS".
const DESK_NAMES = /^[A-Z]{2,12}(?:\/[A-Z]{2,12}){1,3}$/i;

/**
 * A desk's sign-off glued to the last sentence, taken into the body; the paragraph without it, or
 * null. (A credit line glued to a story printed on one line stays: the paragraph as printed.)
 */
function splitGlued(body: Body, last: string): string | null {
  if (body.signOff === null) {
    const glued = splitTrailingSignOff(last);
    if (glued !== null) {
      body.signOff = glued[1];
      return glued[0];
    }
    const m = GLUED_SIGN_OFF.exec(last);
    if (m) {
      body.signOff = m[1] ?? m[2] ?? null;
      return last.slice(0, m.index + 1);
    }
  }
  return null;
}

/**
 * Takes what closes a story off its end: the republisher's notice, the agency's credit line and
 * the desk's sign-off (which PTI glues to the last sentence).
 */
export function splitClosing(body: Body): void {
  const { paragraphs } = body;
  const contact = CONTACT.exec(paragraphs[paragraphs.length - 1] ?? '');
  if (contact) {
    const rest = (paragraphs.pop() ?? '').slice(0, contact.index).trim();
    if (rest) paragraphs.push(rest);
  }
  dropFurnitureAfterNotice(paragraphs);
  for (let step = 0; step < MAX_CLOSING_PARTS; step++) {
    const last = paragraphs[paragraphs.length - 1];
    if (last === undefined) return;
    if (body.disclaimer === null && isNotice(last)) {
      body.disclaimer = last;
    } else if (body.credits === null && (isCreditLine(last) || DESK_CREDIT.test(last))) {
      body.credits = last;
    } else if (isSignOff(last) || DESK_NAMES.test(last)) {
      body.signOff = body.signOff === null ? last : `${last} ${body.signOff}`;
    } else {
      const rest = splitGlued(body, last);
      if (rest === null) return;
      paragraphs[paragraphs.length - 1] = rest;
      continue;
    }
    paragraphs.pop();
  }
}

// A picture's caption left in the story: its credit in brackets, after it ("REUTERS/Ana Ruiz")
// or a label alone ("Photo: PTI").
const SHORT_LABELLED = /^(?:photo|image|picture|pic)s? ?: ?[^.]{1,60}$/i;
/** A picture's caption left in the story, known by its credit. */
export const isBodyCaption = (paragraph: string): boolean =>
  paragraph.length <= MAX_CAPTION &&
  (hasBracketedCredit(paragraph) ||
    PHOTOGRAPHER_CREDIT.test(paragraph) ||
    SHORT_LABELLED.test(paragraph));
const MAX_CAPTION = 400;

// A related story's headline ends with whom it quotes: "…to resolve civic issues: Om Birla".
const QUOTED_HEADLINE = /^[^.!?]{12,200}: [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}$/;
const MIN_HEADLINE_WORDS = 4;
// A list of other stories' headlines or of tags: each item a line of a few words.
const MAX_LIST_ITEM_WORDS = 20;
// A page's label over nothing: "Recent Updates:" closing the copy.
const MAX_LABEL_WORDS = 4;
// "f", "|": a stray letter or mark a converter left, never a paragraph.
const MAX_STRAY = 2;
// A tag or a headline ends on a name or a noun; a copy cut mid-sentence often ends on a lower-case
// word, which a run of two lines (subhead, cut paragraph) must not be taken for.
const ENDS_CAPITALISED = /(?:^|\s)[A-Z][\w.'’-]*$/;
const MIN_SURE_RUN = 3;

const wordCount = (text: string): number => text.split(' ').length;

/** A paragraph of the page's own: a call to follow it ("Join our WhatsApp channel"). */
const isPromotionLine = (paragraph: string): boolean =>
  paragraph.length <= MAX_FURNITURE_LENGTH &&
  PROMOTION.test(paragraph) &&
  !endsLikeSentence(paragraph);

/** A related story's headline between paragraphs: no sentence, a colon and a speaker's name. */
const isQuotedHeadline = (paragraph: string): boolean =>
  !endsLikeSentence(paragraph) &&
  wordCount(paragraph) >= MIN_HEADLINE_WORDS &&
  QUOTED_HEADLINE.test(paragraph);

// A story's own subhead is a few words ("Talks resume"); another story's headline says more.
const MIN_RELATED_WORDS = 7;
const MAX_RELATED_WORDS = 14;
const MIN_PROSE_WORDS = 8;

const isProse = (paragraph: string): boolean =>
  endsLikeSentence(paragraph) && wordCount(paragraph) >= MIN_PROSE_WORDS;

// A headline ends on a word; a paragraph that lost its full stop may end on an emoji or a mark.
const endsOnWord = (text: string): boolean => {
  const last = text.charAt(text.length - 1);
  return (last >= '0' && last <= '9') || last.toLowerCase() !== last.toUpperCase();
};

/** Another story's headline: a statement of several words with no sentence end. */
const isHeadlineShaped = (paragraph: string): boolean => {
  if (!endsOnWord(paragraph)) return false;
  const words = wordCount(paragraph);
  return (
    words >= MIN_RELATED_WORDS && words <= MAX_RELATED_WORDS && /^[A-Z0-9‘'"“]/.test(paragraph)
  );
};

// "(AP)": the agency's tag a page adds to the second print of a caption.
const AGENCY_TAG = /^ \([A-Z]{2,10}\)$/i;

/** A caption printed twice, the second time with the agency's tag: both prints are no story. */
const isTaggedRepeat = (first: string | undefined, second: string | undefined): boolean =>
  first !== undefined &&
  second !== undefined &&
  second.length > first.length &&
  second.startsWith(first) &&
  AGENCY_TAG.test(second.slice(first.length));

// "ArlandArland FloodsPort Veda": tags whose links a converter ran together.
const GLUED_WORDS = /[a-z][A-Z]/g;
const MIN_GLUED = 2;
// A story's line cut short may hold "WhatsApp" and "YouTube" too, among many more words.
const MAX_GLUED_LIST_WORDS = 10;

const isGluedList = (paragraph: string): boolean =>
  paragraph.length <= MAX_FURNITURE_LENGTH * 2 &&
  !endsLikeSentence(paragraph) &&
  wordCount(paragraph) <= MAX_GLUED_LIST_WORDS &&
  (paragraph.match(GLUED_WORDS)?.length ?? 0) >= MIN_GLUED;

/** A line of a list of tags or headlines: a few words and no sentence. */
const isListItem = (paragraph: string): boolean =>
  paragraph.length <= MAX_FURNITURE_LENGTH * 2 &&
  !endsLikeSentence(paragraph) &&
  wordCount(paragraph) <= MAX_LIST_ITEM_WORDS &&
  !isCreditLine(paragraph) &&
  !isSignOff(paragraph);

/** The paragraph next to paragraph i on one side, past the pictures' captions. */
function besideCaptions(paragraphs: readonly string[], i: number, step: 1 | -1): string {
  let j = i + step;
  while (isBodyCaption(paragraphs[j] ?? '')) j += step;
  return paragraphs[j] ?? '';
}

/**
 * Drops what a page sets inside and under its story: stray marks, calls to follow the site,
 * related stories' headlines (quoting a speaker, or a bare headline between two paragraphs of
 * prose), and the list of headlines or tags (one per line) after the last
 * sentence, with the label that may close the copy.
 */
function dropPageLists(paragraphs: string[]): void {
  const dropped = paragraphs.map(
    (paragraph, i) =>
      paragraph.length <= MAX_STRAY ||
      paragraph === paragraphs[i - 1] ||
      isTaggedRepeat(paragraph, paragraphs[i + 1]) ||
      isTaggedRepeat(paragraphs[i - 1], paragraph) ||
      isPromotionLine(paragraph) ||
      isQuotedHeadline(paragraph) ||
      (isHeadlineShaped(paragraph) &&
        isProse(besideCaptions(paragraphs, i, -1)) &&
        isProse(besideCaptions(paragraphs, i, 1))),
  );
  let kept = 0;
  for (const [i, paragraph] of paragraphs.entries())
    if (!dropped[i]) paragraphs[kept++] = paragraph;
  paragraphs.length = kept;
  const last = paragraphs[paragraphs.length - 1] ?? '';
  if (last.endsWith(':') && wordCount(last) <= MAX_LABEL_WORDS) paragraphs.pop();
  else if (isGluedList(last)) paragraphs.pop();
  let start = paragraphs.length;
  while (start > 0 && isListItem(paragraphs[start - 1] ?? '')) start--;
  const run = paragraphs.length - start;
  // The story itself (sentences, a long line, a credit or sign-off) must stand above the list.
  if (run < 2 || start === 0) return;
  if (run >= MIN_SURE_RUN || ENDS_CAPITALISED.test(paragraphs[paragraphs.length - 1] ?? '')) {
    paragraphs.length = start;
  }
}

/** A body of these paragraphs with nothing else found yet. */
export function bodyOf(paragraphs: string[]): Body {
  return {
    paragraphs,
    ...noClosing(),
    countries: [],
    tags: [],
    firstPublishedIn: [],
  };
}

/** The body from line `from` on, with the lists opened by the labels given (a site's). */
export function readBody(
  lines: readonly string[],
  from: number,
  labels: LabelReader,
  to = lines.length,
): Body {
  const body = bodyOf([]);
  const blocks: string[][] = [];
  let block: string[] = [];
  let ended = false;
  const endBlock = (): void => {
    if (block.length) blocks.push(block);
    block = [];
  };
  let i = from;
  while (i < to) {
    const line = lines[i] ?? '';
    const label = withoutHeadingMark(line);
    const header = labels.read(label);
    if (header) {
      endBlock();
      body[header.name].push(...inlineItems(header.rest));
      i = readList(lines, i + 1, body[header.name], labels);
      continue;
    }
    // "Also Read | …" between paragraphs is a link, not the footer's "About | Also read" row.
    const link = isInlineLink(line);
    if (!link && isEndMarker(label)) ended = true;
    if (ended || line === '' || isFurnitureLine(label) || link || isRule(line)) {
      endBlock();
    } else {
      block.push(line);
    }
    i++;
  }
  endBlock();
  body.paragraphs = toParagraphs(blocks);
  dropPageLists(body.paragraphs);
  splitClosing(body);
  body.countries = [...new Set(body.countries)];
  body.tags = [...new Set(body.tags)];
  return body;
}
