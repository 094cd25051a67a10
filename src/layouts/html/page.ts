/**
 * One pass over a parsed page for what every HTML layout consults: the <title>, meta tags,
 * JSON-LD, itemprop markup, and the headline and container candidates.
 */
import type { DomDocument, Element } from './dom.js';
import { attr, isElement, parseHtml, rawText, textOf, walk } from './dom.js';
import { readJsonLd, type LdArticle } from './json-ld.js';
import { collapseSpaces } from '../../text/clean.js';

export interface Page {
  root: DomDocument;
  title: string | null;
  /** The address of <link rel="canonical">. */
  canonical: string | null;
  /** The lang attribute of <html>, as written. */
  lang: string | null;
  /** Meta contents by lower-cased property, name or itemprop, in page order. */
  meta: ReadonlyMap<string, readonly string[]>;
  ld: LdArticle | null;
  /** Elements (other than <meta>) with an itemprop, by lower-cased itemprop. */
  itemprops: ReadonlyMap<string, readonly Element[]>;
  h1s: readonly Element[];
  articles: readonly Element[];
  mains: readonly Element[];
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function surveyPage(html: string): Page {
  const root = parseHtml(html);
  const meta = new Map<string, string[]>();
  const itemprops = new Map<string, Element[]>();
  const scripts: string[] = [];
  const h1s: Element[] = [];
  const articles: Element[] = [];
  const mains: Element[] = [];
  let title: string | null = null;
  let canonical: string | null = null;
  let lang: string | null = null;

  walk(root, (node) => {
    if (!isElement(node)) return false;
    const { name, attribs } = node;
    const itemprop = attribs.itemprop?.toLowerCase();
    if (name === 'meta') {
      const key = (attribs.property ?? attribs.name ?? itemprop)?.toLowerCase();
      const content = attribs.content;
      if (key !== undefined && content !== undefined) add(meta, key, collapseSpaces(content));
      return false;
    }
    if (itemprop !== undefined) for (const key of itemprop.split(/\s+/)) add(itemprops, key, node);
    switch (name) {
      case 'html':
        lang ??= attribs.lang?.trim() || attribs['xml:lang']?.trim() || null;
        return true;
      case 'link':
        if (attribs.rel?.toLowerCase().split(/\s+/).includes('canonical')) {
          canonical ??= attribs.href?.trim() ?? null;
        }
        return false;
      case 'script':
        if (attribs.type?.toLowerCase().includes('ld+json')) scripts.push(rawText(node));
        return false;
      case 'style':
      case 'template':
        return false;
      case 'title':
        if (title === null) title = collapseSpaces(rawText(node)) || null;
        return false;
      case 'h1':
        h1s.push(node);
        return false;
      case 'article':
        articles.push(node);
        break;
      case 'main':
        mains.push(node);
        break;
    }
    return true;
  });

  return {
    root,
    title,
    canonical,
    lang,
    meta,
    ld: readJsonLd(scripts),
    itemprops,
    h1s,
    articles,
    mains,
  };
}

/** The first meta content under any of the keys, in the order given. */
export function metaValue(page: Page, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = page.meta.get(key)?.find((v) => v !== '');
    if (value !== undefined) return value;
  }
  return null;
}

/** An itemprop's value: the content or datetime attribute a machine reads, else the text. */
export function itempropValue(page: Page, key: string): string | null {
  const meta = metaValue(page, key.toLowerCase());
  if (meta !== null) return meta;
  const el = page.itemprops.get(key.toLowerCase())?.[0];
  if (!el) return null;
  return attr(el, 'content') ?? attr(el, 'datetime') ?? (textOf(el) || null);
}
