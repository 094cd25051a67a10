/**
 * An article container → the story's paragraphs and what closes it (notice, credit line,
 * sign-off), with the same rules the text layouts apply to a plain-text copy.
 */
import { outsideBodyBy } from './outside-body.js';
import type { Element, ParentNode } from './dom.js';
import { endsLikeSentence, letterKey } from '../../text/clean.js';
import { BLOCK, findFirst, isElement, isInvisible, textOf } from './dom.js';
import { paragraphsOf } from './dom-text.js';
import { parseMetaLine } from '../../text/meta-line.js';
import { bodyOf, splitClosing } from '../../text/body.js';
import { isEndMarker, isInlineLink, isFurnitureLine, isReadingTime } from '../../text/furniture.js';
import { parseByLine } from '../../wire/byline.js';
import { isNotice } from '../../wire/notice.js';
import { PAGE_LABELS } from '../../sites/index.js';
import { closingOf, type Closing } from '../../text/closing.js';

export interface ArticleBody extends Closing {
  paragraphs: string[];
  /** A "By Jane Doe" line that opened the body. */
  author: string | null;
}

// "Tags", "Filed under: Politics |", "Labels: ferry, Brenn": a page's list of the story's topics.
const TOPICS_HEADER = /^(?:tags|tagged|filed under|labels|topics)\s?(?::.{0,200})?$/i;

/**
 * Lists that follow a story (tags, its source: a site's labels) and headers of what is not the
 * story.
 */
function endsStory(paragraph: string): boolean {
  return isEndMarker(paragraph) || TOPICS_HEADER.test(paragraph) || isClosingList(paragraph);
}

function isClosingList(paragraph: string): boolean {
  const list = PAGE_LABELS.read(paragraph)?.name;
  return list === 'tags' || list === 'firstPublishedIn';
}

/**
 * Lines a page prints among a story's paragraphs that are controls or pointers, not text: a
 * link to another story ("Related: …", "[Also: …]", "More:"), a reading time ("5 min read",
 * "Reading time: 3 minutes"), a gallery's counter ("1 of 6"), a text-size control, where to
 * follow or write to the publisher.
 */
const POINTER = /^\[?(?:related|also|more|see also)\s?:/i;
const COUNTER = /^\d+ (?:of|\/) \d+$/;
// "Follow us on Facebook and Twitter", "Follow our coverage at https://…", "Write to Jo Lee at
// jo@example.com": where to find more, not the story.
const FOLLOW =
  /^follow .{1,100}? (?:on (?:facebook|twitter|instagram|youtube|linkedin)\b|at https?:\/\/\S+$)|^(?:write to|e-?mail|contact) [^@]{1,60} at [^\s@]+@\S+$/i;
const MAX_CONTROL = 160;

function isControl(line: string): boolean {
  if (line.length > MAX_CONTROL) return false;
  return (
    POINTER.test(line) ||
    isReadingTime(line) ||
    COUNTER.test(line) ||
    FOLLOW.test(line) ||
    line.toLowerCase() === 'text size'
  );
}

// Sentences of story length after an end marker that show the story goes on past it.
const STORY_LINE = 80;
const STORY_LINES_AFTER = 2;

/** Whether story text follows: a container holds the story, and little past its end. */
function storyFollows(lines: readonly string[], from: number): boolean {
  let found = 0;
  for (let i = from; i < lines.length && found < STORY_LINES_AFTER; i++) {
    const line = lines[i] ?? '';
    if (line.length >= STORY_LINE && endsLikeSentence(line)) found++;
  }
  return found >= STORY_LINES_AFTER;
}

// Byline and date lines above a story: a name, a stamp, an update stamp.
const LEADING_LINES = 3;

// How far past the container a notice may stand: the next few boxes, ads and share bars between.
const NOTICE_SIBLINGS = 4;

/** A republisher's notice printed just after the story's container rather than inside it. */
function noticeAfter(container: Element): string | null {
  let seen = 0;
  for (let node = container.next; node && seen < NOTICE_SIBLINGS; node = node.next) {
    if (!isElement(node) || isInvisible(node)) continue;
    seen++;
    const text = textOf(node);
    if (isNotice(text)) return text;
  }
  return null;
}

/**
 * A <span> inside a name or a link in a paragraph's sentence that holds a picture: a hover card
 * shown beside the name (the person's photo, links to their stories), not text.
 */
function isCardInSentence(el: Element): boolean {
  const parent = el.parent;
  if (el.name !== 'span' || !parent || !('name' in parent) || parent.name !== 'span') return false;
  let block: ParentNode | null = parent;
  while (block && 'name' in block && !BLOCK.has(block.name)) block = block.parent;
  if (!block || !('name' in block) || block.name !== 'p') return false;
  return findFirst(el, (child) => child.name === 'img') !== null;
}

/**
 * What to leave out of the container: furniture and apparatus, but not a box with only a weak
 * sign (a "paywall" box, a "widget") that holds at least half the container's text; and an
 * inline box holding a picture.
 */
function furnitureWithin(container: Element): (el: Element) => boolean {
  let total: number | undefined;
  return (el) => {
    // A card inside a sentence (a person's photo and links shown on hover) is not its text.
    if (isCardInSentence(el)) return true;
    const by = outsideBodyBy(el);
    if (by !== 'weak') return by !== null;
    total ??= textOf(container).length;
    return textOf(el).length * 2 < total;
  };
}

/**
 * The story in `container`. `repeats` are texts shown elsewhere on the page (headline, summary,
 * caption) that a container may hold again above the story; they are not paragraphs.
 */
export function readArticleBody(
  container: Element,
  repeats: readonly (string | null)[] = [],
): ArticleBody {
  const seen = new Set(repeats.filter((t): t is string => t !== null).map(letterKey));
  const paragraphs: string[] = [];
  const lines = paragraphsOf(container, furnitureWithin(container));
  for (const [i, paragraph] of lines.entries()) {
    if (endsStory(paragraph)) {
      // A photo credit ("© Provided by …"), or a related box's header, inside the story.
      if (storyFollows(lines, i + 1)) continue;
      break;
    }
    if (isFurnitureLine(paragraph) || isInlineLink(paragraph) || isControl(paragraph)) continue;
    if (paragraphs.length === 0 && seen.has(letterKey(paragraph))) continue;
    paragraphs.push(paragraph);
  }
  // The byline and date lines a container may hold above the story ("By Jane Doe",
  // "Sofia Vargas · June 28, 2024"): the dateline is looked for in the first paragraph.
  let author: string | null = null;
  for (let i = 0; i < LEADING_LINES && paragraphs[0] !== undefined; i++) {
    const byName = parseByLine(paragraphs[0]);
    if (byName === null && parseMetaLine(paragraphs[0]) === null) break;
    author ??= byName;
    paragraphs.shift();
  }
  const body = bodyOf(paragraphs);
  splitClosing(body);
  return {
    paragraphs: body.paragraphs,
    ...closingOf(body),
    disclaimer: body.disclaimer ?? noticeAfter(container),
    author,
  };
}
