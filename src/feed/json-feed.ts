/** JSON Feed 1.0 and 1.1: items with content_html or content_text, authors in either version's shape. */
import { InputError } from '../read/errors.js';
import type { FeedItem } from './item.js';
import { emptyItem } from './item.js';
import { resolveUrl } from './xml.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const str = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/** 1.1's "authors" list, or 1.0's single "author". */
function authorsOf(holder: Json): string[] {
  const list = Array.isArray(holder.authors)
    ? holder.authors
    : isObject(holder.author)
      ? [holder.author]
      : [];
  return list.map((a) => (isObject(a) ? str(a.name) : null)).filter((n): n is string => n !== null);
}

function readItem(entry: Json, feed: FeedInfo): FeedItem {
  const item = emptyItem();
  item.headline = str(entry.title);
  item.summary = str(entry.summary);
  const html = str(entry.content_html);
  const text = str(entry.content_text);
  item.body =
    html !== null ? { kind: 'html', html } : text !== null ? { kind: 'text', text } : null;
  const own = authorsOf(entry);
  // A feed credited to the publication itself names an agency, not a person.
  const publication = feed.authors.find((name) => feed.title.includes(name)) ?? null;
  item.authors = own.length ? own : publication ? [] : feed.authors;
  item.agency = own.length ? null : publication;
  const published = str(entry.date_published);
  const modified = str(entry.date_modified);
  item.created = published ?? modified;
  item.updated = published !== null && modified !== published ? modified : null;
  item.tags = Array.isArray(entry.tags)
    ? entry.tags.map(str).filter((t): t is string => t !== null)
    : [];
  item.url = resolveUrl(str(entry.url) ?? str(entry.external_url), feed.home);
  item.site = feed.title || null;
  item.language = str(entry.language) ?? feed.language;
  return item;
}

interface FeedInfo {
  /** The feed's home page, against which relative links resolve. */
  home: string | null;
  /** The feed's own authors, for items that name none; the publication's name is its agency. */
  authors: string[];
  title: string;
  language: string | null;
}

/** The items of a JSON Feed, in order; a feed that is not valid JSON is malformed. */
export function readJsonFeed(text: string): FeedItem[] {
  let feed: unknown;
  try {
    feed = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new InputError('malformed', `malformed feed: ${why}`);
  }
  if (!isObject(feed))
    throw new InputError('malformed', 'malformed feed: a JSON Feed is an object');
  const info = {
    home: resolveUrl(str(feed.home_page_url), null),
    authors: authorsOf(feed),
    title: str(feed.title) ?? '',
    language: str(feed.language),
  };
  const items = Array.isArray(feed.items) ? feed.items : [];
  return items.filter(isObject).map((entry) => readItem(entry, info));
}
