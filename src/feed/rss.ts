/**
 * RSS 2.0 (and 0.9x) and RSS 1.0 (RDF): channel and items, with the modules publishers use for
 * the story and its credits — content:encoded, Dublin Core, Atom's links and dates, Media RSS.
 */
import type { DomDocument } from '../layouts/html/dom.js';
import type { FeedItem } from './item.js';
import { emptyItem } from './item.js';
import type { Element } from './xml.js';
import { NS, attrOf, baseOf, kid, kids, localName, resolveUrl, tags, textOr } from './xml.js';

// RSS 2.0 has no namespace; RSS 1.0 has its own.
const CORE = ['', NS.rss1];
const DC = [NS.dc, NS.dcterms];

/** "jane@example.com (Jane Doe)" → "Jane Doe"; a bare address is no name. */
function authorName(text: string): string | null {
  const named = /\(([^()]{1,120})\)\s*$/.exec(text);
  if (named) return named[1]?.trim() ?? null;
  return /^[^\s@]+@\S+$/.test(text) ? null : text;
}

function texts(elements: readonly Element[]): string[] {
  return elements.map(textOr).filter((t): t is string => t !== null);
}

/** The caption of the item's picture (Media RSS), with its credit. */
function mediaCaption(item: Element): { caption: string | null; credit: string | null } {
  const media = kids(item, [NS.media], 'content')[0] ?? kids(item, [NS.media], 'group')[0] ?? item;
  const inner = kids(media, [NS.media], 'content')[0] ?? media;
  const description =
    kid(inner, [NS.media], 'description') ?? kid(media, [NS.media], 'description');
  const credit = kid(inner, [NS.media], 'credit') ?? kid(media, [NS.media], 'credit');
  return { caption: textOr(description), credit: textOr(credit) };
}

function readItem(el: Element, channel: ChannelInfo): FeedItem {
  const item = emptyItem();
  const base = baseOf(el, channel.link);
  item.headline = textOr(kid(el, CORE, 'title'));
  const encoded = textOr(kid(el, [NS.content], 'encoded'));
  const description = textOr(kid(el, CORE, 'description'));
  item.summary = description;
  if (encoded !== null) item.body = { kind: 'html', html: encoded };
  item.authors = [
    ...texts(kids(el, DC, 'creator')),
    ...texts(kids(el, CORE, 'author'))
      .map(authorName)
      .filter((n): n is string => n !== null),
  ];
  if (item.authors.length === 0) item.authors = channel.authors;
  item.agency = textOr(kid(el, CORE, 'source'));
  item.created =
    textOr(kid(el, CORE, 'pubDate')) ??
    textOr(kid(el, DC, 'date')) ??
    textOr(kid(el, [NS.atom], 'published'));
  const updated =
    textOr(kid(el, [NS.atom], 'updated')) ?? textOr(kid(el, [NS.dcterms], 'modified'));
  item.updated = updated !== item.created ? updated : null;
  item.tags = [...texts(kids(el, CORE, 'category')), ...texts(kids(el, DC, 'subject'))];
  const guid = kid(el, CORE, 'guid');
  const permalink = guid && attrOf(guid, 'isPermaLink') !== 'false' ? textOr(guid) : null;
  const link = textOr(kid(el, CORE, 'link')) ?? attrOf(el, 'rdf:about') ?? permalink;
  item.url = resolveUrl(link, base);
  item.site = channel.title;
  item.language = textOr(kid(el, DC, 'language')) ?? channel.language;
  const media = mediaCaption(el);
  item.caption = media.caption;
  item.imageCredit = media.credit;
  return item;
}

interface ChannelInfo {
  link: string | null;
  /** The channel's title: the publication's name. */
  title: string | null;
  language: string | null;
  authors: string[];
}

/** The items of an RSS document, in order. */
export function readRss(doc: DomDocument): FeedItem[] {
  const root = tags(doc)[0];
  if (!root) return [];
  const channel = kid(root, CORE, 'channel');
  const info: ChannelInfo = {
    link: channel ? resolveUrl(textOr(kid(channel, CORE, 'link')), baseOf(channel, null)) : null,
    title: channel ? textOr(kid(channel, CORE, 'title')) : null,
    language: channel
      ? (textOr(kid(channel, CORE, 'language')) ?? textOr(kid(channel, DC, 'language')))
      : null,
    authors: channel ? texts(kids(channel, DC, 'creator')) : [],
  };
  // RSS 2.0 keeps items in the channel; RSS 1.0 beside it.
  const items =
    localName(root) === 'RDF'
      ? kids(root, CORE, 'item')
      : channel
        ? kids(channel, CORE, 'item')
        : [];
  return items.map((el) => readItem(el, info));
}
