/**
 * NewsML-G2: a newsItem, or a newsMessage carrying several. Metadata from itemMeta and
 * contentMeta; the story from the best text rendition in contentSet (inline XHTML or NITF, else
 * plain text). A picture's item is its caption and credit. Packages and other items are not
 * stories and are passed over.
 */
import type { DomDocument } from '../layouts/html/dom.js';
import type { Content } from './body.js';
import type { FeedItem } from './item.js';
import { emptyItem } from './item.js';
import { readNitf } from './nitf.js';
import type { Element } from './xml.js';
import { NS, attrOf, kid, kids, localName, tags, textIn, textOr } from './xml.js';

const G2 = [NS.nar];
const PICTURES = /^ninat:(?:picture|graphic)$/;

/** A concept's name (<name>), or its literal. */
function conceptName(el: Element): string | null {
  return textOr(kid(el, G2, 'name')) ?? attrOf(el, 'literal');
}

/** The role's element among several of the same name ("drol:summary"), else the first without a role. */
function byRole(parent: Element, local: string, role: RegExp, unroled = true): Element | null {
  const all = kids(parent, G2, local);
  const given = all.find((el) => role.test(attrOf(el, 'role') ?? ''));
  return given ?? (unroled ? (all.find((el) => attrOf(el, 'role') === null) ?? null) : null);
}

function inlineXhtml(rendition: Element): Content | null {
  const html = tags(rendition).find((el) => localName(el) === 'html');
  const body = html ? tags(html).find((el) => localName(el) === 'body') : undefined;
  const root = body ?? tags(rendition)[0];
  return root ? { kind: 'xml', elements: [root] } : null;
}

/** The text renditions, best first: inline XHTML, inline NITF, inline plain text. */
function story(contentSet: Element | null): { content: Content | null; nitf: FeedItem | null } {
  if (contentSet === null) return { content: null, nitf: null };
  const inline = kids(contentSet, G2, 'inlineXML');
  const typeOf = (el: Element): string => (attrOf(el, 'contenttype') ?? '').toLowerCase();
  const xhtml = inline.find((el) => typeOf(el).includes('xhtml') || typeOf(el) === 'text/html');
  const nitfRendition = inline.find((el) => typeOf(el).includes('nitf'));
  const nitfRoot = nitfRendition
    ? tags(nitfRendition).find((el) => localName(el) === 'nitf')
    : undefined;
  const nitf = nitfRoot ? readNitf(nitfRoot) : null;
  if (xhtml) return { content: inlineXhtml(xhtml), nitf };
  if (nitf?.body) return { content: nitf.body, nitf };
  const data = kids(contentSet, G2, 'inlineData').find((el) => typeOf(el).startsWith('text/'));
  const text = data ? textIn(data) : '';
  if (text.trim() === '') return { content: null, nitf };
  return {
    content:
      typeOf(data ?? contentSet) === 'text/html'
        ? { kind: 'html', html: text }
        : { kind: 'text', text },
    nitf,
  };
}

function readNewsItem(news: Element): FeedItem {
  const item = emptyItem();
  const itemMeta = kid(news, G2, 'itemMeta');
  const contentMeta = kid(news, G2, 'contentMeta');
  const itemClass = attrOf(itemMeta && kid(itemMeta, G2, 'itemClass'), 'qcode') ?? '';
  const picture = PICTURES.test(itemClass);
  if (itemMeta) {
    item.created = textOr(kid(itemMeta, G2, 'firstCreated'));
    const version = textOr(kid(itemMeta, G2, 'versionCreated'));
    if (item.created === null) item.created = version;
    else if (version !== item.created) item.updated = version;
    const provider = kid(itemMeta, G2, 'provider');
    item.agency = provider ? conceptName(provider) : null;
    const link = kids(itemMeta, G2, 'link').find((l) =>
      /canonical|web/i.test(attrOf(l, 'rel') ?? ''),
    );
    item.url = attrOf(link ?? null, 'href');
  }
  if (contentMeta) {
    item.headline = textOr(byRole(contentMeta, 'headline', /main/));
    const description = textOr(byRole(contentMeta, 'description', picture ? /caption/ : /summary/));
    if (picture) item.caption = description;
    else item.summary = description ?? textOr(byRole(contentMeta, 'headline', /sub/, false));
    item.authors = kids(contentMeta, G2, 'creator')
      .map(conceptName)
      .filter((n): n is string => n !== null);
    const credit = textOr(kid(contentMeta, G2, 'creditline'));
    if (picture) item.imageCredit = credit ?? item.agency;
    else item.agency = credit ?? item.agency;
    item.dateline = textOr(kid(contentMeta, G2, 'dateline'));
    const located = kid(contentMeta, G2, 'located');
    item.place = located ? conceptName(located) : null;
    const subjects = kids(contentMeta, G2, 'subject').map(conceptName);
    const keywords = kids(contentMeta, G2, 'keyword').map(textOr);
    item.tags = [...keywords, ...subjects].filter((t): t is string => t !== null);
    item.language = attrOf(kid(contentMeta, G2, 'language'), 'tag');
  }
  item.language ??= attrOf(news, 'xml:lang');
  const found = story(kid(news, G2, 'contentSet'));
  if (!picture) item.body = found.content;
  const nitf = found.nitf;
  if (nitf) {
    // What the metadata leaves unsaid, the NITF rendition may say.
    item.headline ??= nitf.headline;
    item.summary ??= picture ? null : nitf.summary;
    if (item.authors.length === 0) item.authors = nitf.authors;
    item.agency ??= nitf.agency;
    item.dateline ??= nitf.dateline;
    item.place ??= nitf.place;
    item.created ??= nitf.created;
    if (item.tags.length === 0) item.tags = nitf.tags;
  }
  return item;
}

/** The stories of a NewsML-G2 document, in order. */
export function readNewsMl(doc: DomDocument): FeedItem[] {
  const root = tags(doc)[0];
  if (!root) return [];
  if (localName(root) === 'newsItem') return [readNewsItem(root)];
  return kids(root, G2, 'itemSet')
    .flatMap((set) => kids(set, G2, 'newsItem'))
    .map(readNewsItem);
}
