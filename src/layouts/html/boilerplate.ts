/**
 * What sits inside an article container without being the article: ads, share bars, related
 * links, newsletter boxes, comment threads, author boxes. Judged by tag, by the words in class
 * and id names, and by link density.
 */
import type { Element } from './dom.js';
import { BLOCK, findFirst, isElement, textOf, walk } from './dom.js';

/** Tags that never hold body text. */
const TAGS = new Set([
  'aside',
  'nav',
  'footer',
  'header',
  'figcaption',
  'form',
  'button',
  'input',
  'label',
  'img',
  'picture',
  'video',
  'audio',
  'embed',
  'map',
  'dialog',
  'menu',
  'h1',
]);

/** Words of class and id names that mark furniture ("ad-slot", "share_bar", "relatedNews"). */
const WORDS = new Set([
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
  'banner',
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
  'paywall',
  'comment',
  'comments',
  'disqus',
  'byline',
  'author',
  'authors',
  'bio',
  'breadcrumb',
  'breadcrumbs',
  'tags',
  'tag',
  'toolbar',
  'sidebar',
  'widget',
  'popup',
  'modal',
  'cookie',
  'consent',
  'print',
  'caption',
  'credit',
  'timestamp',
  'skip',
  'visually',
  'sr',
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
const STEMS = [
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
  'byline',
];

/** Names whose words only mean furniture together ("also-read", "read_more", "mostRead"). */
const PHRASES = new Set(['alsoread', 'readalso', 'readmore', 'mostread', 'mostpopular', 'moreon']);

function namedAsFurniture(el: Element): boolean {
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  if (names.trim() === '') return false;
  for (const name of names.split(/\s+/)) {
    const parts = words(name);
    if (parts.some((word) => WORDS.has(word) || STEMS.some((stem) => word.startsWith(stem)))) {
      return true;
    }
    for (let i = 0; i + 1 < parts.length; i++) {
      if (PHRASES.has(`${parts[i] ?? ''}${parts[i + 1] ?? ''}`)) return true;
    }
  }
  return false;
}

const LINK_SHARE = 0.6;

/** A list or box that is mostly links: related stories, tag clouds, "more from" rails. */
function mostlyLinks(el: Element): boolean {
  const text = textOf(el).length;
  if (text === 0) return false;
  let linked = 0;
  walk(el, (node) => {
    if (!isElement(node)) return false;
    if (node.name === 'a') {
      linked += textOf(node).length;
      return false;
    }
    return true;
  });
  return linked / text >= LINK_SHARE;
}

// Containers that may be named for what they hold; inline elements inside a sentence never are.
const NAMED = new Set([...BLOCK, 'ins', 'iframe']);

/** A figure holds a picture, unless it wraps a table or a quote (as block editors do). */
function isPictureFigure(el: Element): boolean {
  return findFirst(el, (child) => child.name === 'table' || child.name === 'blockquote') === null;
}

export function isBoilerplate(el: Element): boolean {
  if (TAGS.has(el.name) || el.attribs.role === 'navigation' || el.attribs['aria-hidden'] === 'true')
    return true;
  if (el.name === 'figure') return isPictureFigure(el);
  if (NAMED.has(el.name) && namedAsFurniture(el)) return true;
  return (el.name === 'ul' || el.name === 'ol') && mostlyLinks(el);
}
