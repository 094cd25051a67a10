/**
 * What sits inside an article container without being the article's text. Two kinds:
 *
 * - page furniture, about anything but this story: ads, share bars, related links, newsletter
 *   boxes, comment threads, navigation;
 * - the article's own apparatus: its header, byline and date line, picture and caption, author box.
 *
 * Neither is body text; only the second may hold the story's byline and stamps. Judged by tag, by
 * the words in class and id names, and by link density.
 */
import type { Element } from './dom.js';
import { BLOCK, findFirst, isElement, isInvisible, isText, textOf, walk } from './dom.js';

/** Tags that never hold anything of the story. */
const FURNITURE_TAGS = new Set([
  'aside',
  'nav',
  'footer',
  'form',
  'button',
  'input',
  'label',
  'video',
  'audio',
  'embed',
  'map',
  'dialog',
  'menu',
  // AMP's components for ads, recommendation widgets, share buttons, menus and notices.
  'amp-ad',
  'amp-embed',
  'amp-sticky-ad',
  'amp-auto-ads',
  'amp-analytics',
  'amp-pixel',
  'amp-social-share',
  'amp-sidebar',
  'amp-consent',
  'amp-user-notification',
  'amp-geo',
]);
/** Tags of the article's own parts that are not body text. */
const APPARATUS_TAGS = new Set(['header', 'figcaption', 'img', 'picture', 'amp-img', 'h1']);

/** Words of class and id names that mark furniture ("ad-slot", "share_bar", "relatedNews"). */
const FURNITURE_WORDS = new Set([
  'ad',
  'ads',
  'adv',
  'advert',
  'advertisement',
  'adsbygoogle',
  'adslot',
  'ad-slot',
  'dfp',
  'gpt',
  'sponsor',
  'sponsored',
  'promo',
  'promoted',
  'outbrain',
  'taboola',
  'share',
  'sharing',
  'social',
  'sharebar',
  'related',
  'recommended',
  'recirculation',
  'readmore',
  'alsoread',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'comment',
  'comments',
  'disqus',
  'breadcrumb',
  'breadcrumbs',
  'cookie',
  'consent',
]);
/**
 * Furniture words that a story's own wrappers use too: Blogger's "widget Blog", WordPress's
 * "tag-economy" post classes, a layout's "sidebar" column, the "paywall" box holding the rest. They mark a box that holds only part
 * of the page's text.
 */
const WEAK_FURNITURE_WORDS = new Set([
  'paywall',
  'banner',
  'tags',
  'tag',
  'toolbar',
  'sidebar',
  'widget',
  'popup',
  'modal',
  'print',
  'skip',
  'visually',
  'sr',
]);
/** Words that name the article's own byline, date line, caption and author box. */
const APPARATUS_WORDS = new Set([
  'byline',
  'author',
  'authors',
  'bio',
  'caption',
  'credit',
  'timestamp',
  'meta',
  'date',
  'dates',
  'pubdate',
  'published',
  'updated',
]);

/** "ad-slot", "shareBar", "related_news" → ["ad", "slot"], ["share", "bar"], ["related", "news"]. */
function words(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
}

/** Stems that mark furniture even run together with other words ("relatedposts", "sharedaddy"). */
const FURNITURE_STEMS = [
  'advert',
  'related',
  'share',
  'social',
  'sponsor',
  'promo',
  'newsletter',
  'subscri',
  'outbrain',
  'taboola',
];
const APPARATUS_STEMS = ['byline'];

/** Names whose words only mean furniture together ("also-read", "read_more", "mostRead"). */
const PHRASES = new Set(['alsoread', 'readalso', 'readmore', 'mostread', 'mostpopular', 'moreon']);

interface Vocabulary {
  words: ReadonlySet<string>;
  stems: readonly string[];
  phrases: ReadonlySet<string>;
}

const FURNITURE: Vocabulary = { words: FURNITURE_WORDS, stems: FURNITURE_STEMS, phrases: PHRASES };
const WEAK_FURNITURE: Vocabulary = {
  words: WEAK_FURNITURE_WORDS,
  stems: [],
  phrases: new Set(),
};
const APPARATUS: Vocabulary = {
  words: APPARATUS_WORDS,
  stems: APPARATUS_STEMS,
  phrases: new Set(),
};

function uses(parts: readonly string[], vocabulary: Vocabulary): boolean {
  const named = (word: string): boolean =>
    vocabulary.words.has(word) || vocabulary.stems.some((stem) => word.startsWith(stem));
  if (parts.some(named)) return true;
  for (let i = 0; i + 1 < parts.length; i++) {
    if (vocabulary.phrases.has(`${parts[i] ?? ''}${parts[i + 1] ?? ''}`)) return true;
  }
  return false;
}

// Containers that may be named for what they hold; inline elements inside a sentence never are.
// The page's root and body are named for the page ("no-sidebar", "has-modal"), never a part.
const NAMED = new Set([...BLOCK, 'ins', 'iframe']);
const PAGE_WIDE = new Set(['html', 'body']);

/**
 * Words that make a name describe a state or a layout rather than a part: "no-sidebar",
 * "modal-enabled", "l-sidebar-fixed", "has-comments" say what the page around the box does.
 */
const STATE_WORDS = new Set([
  'no',
  'not',
  'has',
  'with',
  'w',
  'without',
  'enabled',
  'disabled',
  'active',
  'fixed',
  'open',
  'opened',
  'closed',
  'is',
  'l',
  'layout',
]);

/**
 * Words that name a box of text: a name holding one before any furniture word names the
 * story's box ("entry-content-read-more": the post's text, with a read-more link), while
 * "comment-content" is a comment's.
 */
const TEXT_WORDS = new Set(['content', 'body', 'text']);

/**
 * Words that open a name carrying a value rather than a role: WordPress's post classes
 * ("category-native-advertising", "tag-comments") name the post's taxonomy terms.
 */
const VALUE_LABELS = new Set(['category', 'tag', 'topic', 'format', 'status', 'type', 'postid']);

function namesPart(parts: readonly string[], vocabulary: Vocabulary): boolean {
  if (parts.length > 1 && VALUE_LABELS.has(parts[0] ?? '')) return false;
  if (!uses(parts, vocabulary)) return false;
  if (parts.some((word) => STATE_WORDS.has(word))) return false;
  if (vocabulary === APPARATUS) return true;
  const text = parts.findIndex((word) => TEXT_WORDS.has(word));
  return text < 0 || uses(parts.slice(0, text), vocabulary);
}

// Blocks whose inline content is a sentence: a <span> there is part of it.
const SENTENCES = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'td',
  'dd',
]);

/** A <span> line standing among blocks rather than in a sentence: a caption, a credit line. */
function isLooseSpan(el: Element): boolean {
  const parent = el.parent;
  if (el.name !== 'span' || parent === null || !('name' in parent)) return false;
  if (SENTENCES.has(parent.name) || !BLOCK.has(parent.name)) return false;
  // A span wrapping blocks is a box, named for what it holds (a rich-text field, a meta field).
  return !el.children.some((child) => isElement(child) && BLOCK.has(child.name));
}

/** What an element's class and id names call it; furniture first, as it outranks the rest. */
function namedAs(el: Element): 'furniture' | 'weak' | 'apparatus' | null {
  if (!(NAMED.has(el.name) || isLooseSpan(el)) || PAGE_WIDE.has(el.name)) return null;
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.trim();
  if (names === '') return null;
  const split = names.split(/\s+/).map(words);
  if (split.some((parts) => namesPart(parts, FURNITURE))) return 'furniture';
  if (split.some((parts) => namesPart(parts, WEAK_FURNITURE))) return 'weak';
  return split.some((parts) => namesPart(parts, APPARATUS)) ? 'apparatus' : null;
}

const LINK_SHARE = 0.6;
// A box (not a list) that is mostly links: "Don't miss", "You may also like", a teaser rail.
const BOX_LINK_SHARE = 0.5;

/** The share of an element's text that stands in links. */
function linkShare(el: Element): number {
  let text = 0;
  let linked = 0;
  let inLink: Element | null = null;
  walk(
    el,
    (node) => {
      if (isText(node)) {
        const length = node.data.trim().length;
        text += length;
        if (inLink) linked += length;
        return false;
      }
      if (!isElement(node) || isInvisible(node)) return false;
      if (node.name === 'a' && inLink === null) inLink = node;
      return true;
    },
    (left) => {
      if (left === inLink) inLink = null;
    },
  );
  return text === 0 ? 0 : linked / text;
}

/** A figure holds a picture, unless it wraps a table or a quote (as block editors do). */
function isPictureFigure(el: Element): boolean {
  return findFirst(el, (child) => child.name === 'table' || child.name === 'blockquote') === null;
}

function isFurnitureTag(el: Element): boolean {
  return (
    FURNITURE_TAGS.has(el.name) ||
    el.attribs.role === 'navigation' ||
    el.attribs['aria-hidden'] === 'true'
  );
}

const LINK_BOXES = new Set(['div', 'section', 'table', 'dl']);

/** A list of links: related stories, tag clouds, "more from" rails. */
function isLinkList(el: Element): boolean {
  return (el.name === 'ul' || el.name === 'ol') && linkShare(el) >= LINK_SHARE;
}

const LINE_LINK_SHARE = 0.9;
const LINES = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6']);

// A link printed as its address is a source the story cites, not a teaser.
const ADDRESS = /^\s*(?:https?:\/\/|www\.)/i;

/** A paragraph or heading that is one link: a teaser ("CLICK HERE FOR…", another headline). */
function isLinkLine(el: Element): boolean {
  return LINES.has(el.name) && linkShare(el) >= LINE_LINK_SHARE && !ADDRESS.test(textOf(el));
}

/** A box of mostly links; a page's wrappers are too, around its menus ("Don't miss", rails). */
function isLinkBox(el: Element): boolean {
  return LINK_BOXES.has(el.name) && linkShare(el) >= BOX_LINK_SHARE;
}

/** About anything but this story: ads, navigation, related links, comments, share bars. */
export function isPageFurniture(el: Element): boolean {
  if (isFurnitureTag(el) || isLinkList(el)) return true;
  const named = namedAs(el);
  return named === 'furniture' || named === 'weak';
}

/**
 * Not body text: page furniture, or the article's own apparatus — header, byline, date line,
 * picture and caption.
 */
export function isOutsideBody(el: Element): boolean {
  return outsideBodyBy(el) !== null;
}

/**
 * Why an element is not body text: by what it is (its tag, its links: 'structure'), or by what
 * its names say, which a story's own wrapper may share: 'name' ("ad_body", "comments-open"),
 * 'weak' where that is common ("widget Blog", "tag-economy", a page-wide <form>, a wrapper whose
 * menus hold more text than the story).
 */
export function outsideBodyBy(el: Element): 'structure' | 'name' | 'weak' | null {
  if (el.name === 'form' || isLinkBox(el)) return 'weak';
  if (isFurnitureTag(el) || APPARATUS_TAGS.has(el.name)) return 'structure';
  if (el.name === 'figure' && isPictureFigure(el)) return 'structure';
  if (isLinkList(el) || isLinkLine(el)) return 'structure';
  const named = namedAs(el);
  return named === null ? null : named === 'weak' ? 'weak' : 'name';
}
