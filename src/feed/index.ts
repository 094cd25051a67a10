/**
 * Feeds: one document, many articles. The format is recognised by content (detect.ts), each
 * format's reader fills one FeedItem per story, and toArticle makes each an Article. Kept apart
 * from the article path so that a run without feeds never loads it.
 */
import type { Article, Warning } from '../article.js';
import type { DomDocument } from '../layouts/html/dom.js';
import { InputError } from '../read/errors.js';
import type { ReadResult } from '../read/input.js';
import { readAtom } from './atom.js';
import type { FeedFormat } from './detect.js';
import type { FeedItem } from './item.js';
import { toArticle } from './item.js';
import { readJsonFeed } from './json-feed.js';
import { readNewsMl } from './newsml.js';
import { readNitf } from './nitf.js';
import { readRss } from './rss.js';
import { parseXml, tags, type Element } from './xml.js';

export type { FeedFormat } from './detect.js';

/** The root element must be closed: a feed cut short (a failed download) is malformed. */
function checkClosed(text: string, root: string): void {
  const end = text.trimEnd();
  if (!end.endsWith('>'))
    throw new InputError('malformed', 'malformed feed: it ends in the middle of its text');
  if (!end.includes(`</${root}`) && !end.endsWith('/>')) {
    throw new InputError('malformed', `malformed feed: <${root}> is never closed`);
  }
}

export interface FeedRead {
  items: FeedItem[];
  /** What was odd about the feed as a whole: every item carries it. */
  warnings: Warning[];
}

/** The stories of a feed, in order, as printed. */
export function readFeedItems(text: string, format: FeedFormat): FeedRead {
  if (format === 'json-feed') return { items: readJsonFeed(text), warnings: [] };
  const { doc, warnings } = parseXml(text);
  const root = tags(doc)[0];
  if (!root) throw new InputError('malformed', 'malformed feed: no root element');
  checkClosed(text, root.name);
  return { items: itemsOf(format, doc, root), warnings };
}

function itemsOf(
  format: Exclude<FeedFormat, 'json-feed'>,
  doc: DomDocument,
  root: Element,
): FeedItem[] {
  switch (format) {
    case 'rss':
      return readRss(doc);
    case 'atom':
      return readAtom(doc);
    case 'nitf':
      return [readNitf(root)];
    case 'newsml-g2':
      return readNewsMl(doc);
  }
}

/**
 * A read feed's articles: input.path is `path#N` (N from 1). Throws InputError when the feed is
 * malformed or holds no items.
 */
export function feedArticles(read: ReadResult, path: string | null): Article[] {
  const format = read.feed;
  if (format === null) throw new InputError('not-article', 'not a feed: read it with parseArticle');
  const { items, warnings } = readFeedItems(read.doc.text, format);
  if (items.length === 0) throw new InputError('malformed', 'no items');
  const source = {
    path,
    format,
    bytes: read.bytes,
    encoding: read.encoding,
    warnings: [...read.warnings, ...warnings],
  };
  return items.map((item, i) => toArticle(item, i + 1, source));
}
