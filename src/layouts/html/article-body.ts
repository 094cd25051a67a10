/**
 * An article container → the story's paragraphs and what closes it (notice, credit line,
 * sign-off), with the same rules the text layouts apply to a plain-text copy.
 */
import { isBoilerplate } from './boilerplate.js';
import type { Element } from './dom.js';
import { letterKey } from '../../text/clean.js';
import { isElement, isInvisible, textOf } from './dom.js';
import { paragraphsOf } from './dom-text.js';
import { parseMetaLine } from '../../text/meta-line.js';
import { bodyOf, splitClosing } from '../../text/body.js';
import {
  FIRST_PUBLISHED_HEADER,
  TAGS_HEADER,
  isEndMarker,
  isInlineLink,
  isUiLine,
} from '../../text/chrome.js';
import { parseByLine } from '../../wire/credit.js';
import { isNotice } from '../../wire/notice.js';

export interface ArticleBody {
  paragraphs: string[];
  disclaimer: string | null;
  credits: string | null;
  signOff: string | null;
  /** A "By Jane Doe" line that opened the body. */
  author: string | null;
}

/** Lists that follow a story (tags, its source) and headers of what is not the story. */
function endsStory(paragraph: string): boolean {
  return (
    isEndMarker(paragraph) || TAGS_HEADER.test(paragraph) || FIRST_PUBLISHED_HEADER.test(paragraph)
  );
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
 * The story in `container`. `repeats` are texts shown elsewhere on the page (headline, summary,
 * caption) that a container may hold again above the story; they are not paragraphs.
 */
export function readArticleBody(
  container: Element,
  repeats: readonly (string | null)[] = [],
): ArticleBody {
  const seen = new Set(repeats.filter((t): t is string => t !== null).map(letterKey));
  const paragraphs: string[] = [];
  for (const paragraph of paragraphsOf(container, isBoilerplate)) {
    if (endsStory(paragraph)) break;
    if (isUiLine(paragraph) || isInlineLink(paragraph)) continue;
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
    disclaimer: body.disclaimer ?? noticeAfter(container),
    credits: body.credits,
    signOff: body.signOff,
    author,
  };
}
