import { endsLikeSentence, trimEndOf } from './clean.js';

/**
 * Page furniture that pasted copies and HTML-to-text converters leave in the text: button
 * labels, ad slots, and the headers of the columns around an article.
 */

const key = (line: string): string =>
  trimEndOf(line, ' :|>»›')
    .replace(/^[•*·▪●\s]+/, '')
    .toLowerCase();

/** Lines that are only a control or an ad slot; dropped wherever they stand. */
const UI_LINES: ReadonlySet<string> = new Set([
  'give feedback',
  'feedback',
  'share',
  'share this article',
  'share on',
  'advertisement',
  'advertisment',
  'advert',
  'ad',
  'ads',
  'sponsored',
  'comments',
  'comment',
  'post comment',
  'add comment',
  'view comments',
  'print',
  'email',
  'e-mail',
  'tweet',
  'facebook',
  'twitter',
  'x',
  'whatsapp',
  'linkedin',
  'reddit',
  'telegram',
  'koo',
  'pinterest',
  'copy link',
  'copy url',
  'follow us',
  'follow',
  'subscribe',
  'subscribe now',
  'sign in',
  'log in',
  'login',
  'register',
  'listen',
  'listen to this article',
  'skip to content',
  'skip to main content',
  'menu',
  'search',
  'close',
  'home',
  'top',
  'back to top',
  'download app',
  'story continues below this ad',
  'story continues below advertisement',
  'continue reading below',
  'listen to this article',
  'advertise here',
  // A box's label over links to other stories, wherever the page puts it.
  'must read',
  'watch video',
  'watch video here',
  'watch the video',
]);

/** Headers after which nothing belongs to the article: the right column, related lists, footer. */
const END_MARKERS: ReadonlySet<string> = new Set([
  'trending',
  'latest news',
  'opinion',
  'blog',
  'interview',
  'opinion / blog / interview',
  'connect us on',
  'related news',
  'related stories',
  'related articles',
  'related topics',
  'related internet links',
  'more on this story',
  'more from this author',
  'more news',
  'recommended',
  'most read',
  'most popular',
  'popular',
  'you may also like',
  'you may also like...',
  'you may also like…',
  'also read',
  'leave a comment',
  'post a comment',
  'about us',
  'contact us',
  'privacy policy',
  'terms of use',
  'copyright',
  // Blogs' and sites' feet: "END", "Labels:", "No comments:", "Comments are closed on this story."
  'end',
  'labels',
  'no comments',
  'comments are closed on this story.',
  'exit mobile version',
  'next story',
  'share it',
  'tags',
  'comments are closed',
  'comments are closed.',
  'read more...',
  'sponsored content',
  // Headers of the lists of other stories under the article.
  'check also',
  'see also',
  'read next',
  'more stories',
  'top stories',
  'latest article',
  'latest articles',
  'latest posts',
  'recent posts',
  'related posts',
  'recent updates',
  'you might also like',
  'end of feed',
  'about the author',
  'about the writer',
  // Comment forms and page controls under the story.
  'leave a reply',
  'leave comment',
  'back to top button',
  'filter by topic',
  'other news',
  'previous article',
  'next article',
]);

// Feet that open with a label: "Categories: World", "Article Topic Follows: AP National News",
// "ePaper - The Daily", a cookie banner.
// A paper's print credit, "Published in The Daily, November 20th, 2025", and the links to the
// stories before and after it, glued to their headlines: "Previous articleRains return".
const END_OPENING =
  /^(?:(?:categories|filed under|article topic follows)\s?:|epaper\b|we and our partners use cookies|comments (?:will be|are) moderated\b|published in [A-Z][^,]{0,60}, [a-z]{3,9} \d{1,2}(?:st|nd|rd|th)?, \d{4}$)/i;
// A section's list of stories: "Toronto Top Stories", "MORE National ARTICLES".
const SECTION_LIST = /^(?:[\w.]{2,20} ){0,2}top stories$|^more \w{2,20} articles$/i;
const GLUED_NEIGHBOUR = /^(?:Previous|Next) article[A-Z‘'"“0-9]/;

// No furniture label is longer; a paragraph is not worth building a key for.
const MAX_LABEL_LENGTH = 48;

// A weather widget's reading beside the story: "16.12°C Lisbon".
const WEATHER = /^-?\d{1,3}(?:\.\d{1,2})? ?°[CF]\b/;

export function isFurnitureLine(line: string): boolean {
  return line.length <= MAX_LABEL_LENGTH && (UI_LINES.has(key(line)) || WEATHER.test(line));
}

// "© 2024 Bloomberg L.P.", "Copyright 2024 …": a footer's first line.
const COPYRIGHT = /^(?:©|\(c\) |copyright\b)/i;
// A footer's row of links: "About Us | Contact Us | Privacy Policy".
const MAX_LINK_ROW_LENGTH = 200;

// "-- " opens an e-mail's signature: a story forwarded by mail ends there.
const SIGNATURE_DELIMITER = '--';

export function isEndMarker(line: string): boolean {
  if (line === SIGNATURE_DELIMITER) return true;
  if (line.length <= MAX_LABEL_LENGTH && END_MARKERS.has(key(line))) return true;
  if (COPYRIGHT.test(line) || END_OPENING.test(line) || GLUED_NEIGHBOUR.test(line)) return true;
  if (line.length <= MAX_LABEL_LENGTH && SECTION_LIST.test(line)) return true;
  return (
    line.includes('|') &&
    line.length <= MAX_LINK_ROW_LENGTH &&
    line.split('|').some((part) => END_MARKERS.has(key(part.trim())))
  );
}

const CRUMB_SEPARATOR = / [>»›] /;
const MAX_CRUMB = 40;

/**
 * A reading time printed alone: "5 min read", "4–5 minutes" (a reader view's), "Reading time: 3
 * minutes", in the languages pages print it in.
 */
const READING_TIME =
  /^(?:(?:estimated )?reading time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|tempo di lettura)\s?:?\s?\d+\s?[\p{L}.]+$|^\d{1,3}(?:\s?[–-]\s?\d{1,3})?\s?min(?:ute)?s?\.?(?: read)?$/iu;

export const isReadingTime = (line: string): boolean => READING_TIME.test(line);

/** A reading time run on at the end of a line: "Title2 min read ." */
export const TRAILING_READING_TIME = /\d{1,2} ?min(?:ute)?s? read ?[.|·•-]? *$/i;

/** "Home > World > Asia": a breadcrumb trail of a few short links. */
export function isBreadcrumb(line: string): boolean {
  if (!CRUMB_SEPARATOR.test(line)) return false;
  const crumbs = line.split(CRUMB_SEPARATOR);
  return crumbs.length <= 6 && crumbs.every((c) => c.length > 0 && c.length <= MAX_CRUMB);
}

/** Inline "ALSO READ: …" links inserted between paragraphs. */
export function isInlineLink(line: string): boolean {
  return /^(?:also read|read also|also see|read more|read|watch|click here)\s*[:|-]/i.test(line);
}

/** "___", "* * *", "=====": a rule or a heading's underline, no text of its own. */
export function isRule(line: string): boolean {
  return /^[-_*=~#. ]{3,200}$/.test(line);
}

// Menu items pasted with the page sit on short lines right above the headline; the first line of
// a headline wrapped by a converter is long.
const MAX_MENU_ITEM = 30;

/** A block's text without the short menu lines that open it. */
export function withoutMenu(block: readonly string[]): string {
  let start = 0;
  while (start < block.length - 1 && (block[start] ?? '').length < MAX_MENU_ITEM) start++;
  return block.slice(start).join(' ');
}

// Converters wrap lines at 72-80 columns; a longer line was never wrapped.
const UNWRAPPED_LINE = 100;

/**
 * A headline line right over its summary, with no blank line between them (a pasted page): the
 * summary a long sentence-like line (a wrapped summary's lines are all short).
 */
export function headlineOverSummary(
  block: readonly string[],
): { headline: string; summary: string } | null {
  const [top, below, ...more] = block;
  if (top === undefined || below === undefined || more.length > 0) return null;
  const summaryLike = below.length > UNWRAPPED_LINE && endsLikeSentence(below);
  return summaryLike && !endsLikeSentence(top) ? { headline: top, summary: below } : null;
}

/** A line of the page around a headline: a control, a breadcrumb trail or a rule. */
export function isHeaderFurniture(line: string): boolean {
  return isFurnitureLine(line) || isBreadcrumb(line) || isRule(line);
}

const MARKDOWN_HEADING = /^#{1,6} /;

/** "#### READ MORE ON:" → "READ MORE ON:": Markdown converters (html2text, pandoc) mark headings. */
export function withoutHeadingMark(line: string): string {
  return line.startsWith('#') ? line.replace(MARKDOWN_HEADING, '') : line;
}
