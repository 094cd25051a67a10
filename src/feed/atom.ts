/**
 * Atom 1.0: entries with their text constructs (text, html, xhtml), links resolved against
 * xml:base, the feed's authors for entries that name none.
 */
import type { DomDocument } from '../layouts/html/dom.js';
import type { Content } from './body.js';
import type { FeedItem } from './item.js';
import { emptyItem } from './item.js';
import type { Element } from './xml.js';
import { NS, attrOf, baseOf, kid, kids, resolveUrl, tags, textIn, textOr } from './xml.js';

const ATOM = [NS.atom];

/** An Atom text construct as content: its type says how to read it. */
function contentOf(el: Element | null): Content | null {
  if (el === null) return null;
  const type = (attrOf(el, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml') {
    const div = tags(el)[0];
    return div ? { kind: 'xml', elements: [div] } : null;
  }
  const text = textIn(el);
  if (text.trim() === '') return null;
  return type === 'html' || type === 'text/html'
    ? { kind: 'html', html: text }
    : { kind: 'text', text };
}

/** A text construct as a plain string (markup kept for plainText to read). */
function textConstruct(el: Element | null): string | null {
  const content = contentOf(el);
  if (content === null) return null;
  if (content.kind === 'xml') return content.elements.map(textIn).join('').trim() || null;
  if (content.kind === 'html') return content.html.trim();
  // Plain text: "<" is a character, not markup.
  return content.text.trim().replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function names(parent: Element): string[] {
  return kids(parent, ATOM, 'author')
    .map((author) => textOr(kid(author, ATOM, 'name')))
    .filter((n): n is string => n !== null);
}

function alternate(entry: Element, base: string | null): string | null {
  const links = kids(entry, ATOM, 'link');
  const link = links.find((l) => (attrOf(l, 'rel') ?? 'alternate') === 'alternate') ?? null;
  return resolveUrl(attrOf(link, 'href'), baseOf(link ?? entry, base));
}

function readEntry(
  entry: Element,
  feed: { home: string | null; title: string | null; authors: string[]; language: string | null },
): FeedItem {
  const item = emptyItem();
  item.headline = textConstruct(kid(entry, ATOM, 'title'));
  item.summary = textConstruct(kid(entry, ATOM, 'summary'));
  const content = kid(entry, ATOM, 'content');
  // Content elsewhere (src="…") is not fetched: the summary stands in for it.
  item.body = content && attrOf(content, 'src') === null ? contentOf(content) : null;
  const own = names(entry);
  const source = kid(entry, ATOM, 'source');
  item.authors = own.length ? own : source && names(source).length ? names(source) : feed.authors;
  const published = textOr(kid(entry, ATOM, 'published'));
  const updated = textOr(kid(entry, ATOM, 'updated'));
  item.created = published ?? updated;
  item.updated = published !== null && updated !== published ? updated : null;
  item.tags = kids(entry, ATOM, 'category')
    .map((c) => attrOf(c, 'label') ?? attrOf(c, 'term'))
    .filter((t): t is string => t !== null);
  item.url = alternate(entry, feed.home);
  item.site = feed.title;
  item.language = attrOf(entry, 'xml:lang') ?? feed.language;
  if (source) item.agency = textOr(kid(source, ATOM, 'title'));
  return item;
}

/** The entries of an Atom feed, in order. */
export function readAtom(doc: DomDocument): FeedItem[] {
  const root = tags(doc)[0];
  if (!root) return [];
  const info = {
    home: alternate(root, null),
    title: textConstruct(kid(root, ATOM, 'title')),
    authors: names(root),
    language: attrOf(root, 'xml:lang'),
  };
  return kids(root, ATOM, 'entry').map((entry) => readEntry(entry, info));
}
