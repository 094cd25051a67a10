/**
 * What a feed reader finds in one item, as printed, and the one mapping from it to an Article.
 * Every format fills a FeedItem; toArticle is the only place that decides which field of the
 * record each of them feeds.
 */
import type { Article, Dateline, Encoding, Timestamp, Warning } from '../article.js';
import { emptyDraft, takeClosing } from '../layouts/draft.js';
import { fromNames } from '../layouts/html/metadata.js';
import { splitNames } from '../wire/people.js';
import { datelineOf, normalise } from '../normalise.js';
import type { Content } from './body.js';
import { plainText, readStory } from './body.js';
import type { FeedFormat } from './detect.js';

export interface FeedItem {
  headline: string | null;
  /** The description or standfirst; may carry markup. */
  summary: string | null;
  /** People or organisations credited, as printed ("By Jane Doe", "Acme Wire"). */
  authors: string[];
  /** The organisation that supplies the item (NITF distributor, NewsML-G2 provider). */
  agency: string | null;
  created: string | null;
  updated: string | null;
  /** The dateline as printed ("PUNE, June 14"), when the format states it apart. */
  dateline: string | null;
  /** The place the story is filed from, when stated apart. */
  place: string | null;
  tags: string[];
  /** The item's own link, resolved. */
  url: string | null;
  /** The publication's name: the channel's or feed's title. */
  site: string | null;
  language: string | null;
  /** The full story, when the feed carries it. */
  body: Content | null;
  /** A picture's caption and credit stated apart (media:description, NewsML-G2 picture). */
  caption: string | null;
  imageCredit: string | null;
}

export function emptyItem(): FeedItem {
  return {
    headline: null,
    summary: null,
    authors: [],
    agency: null,
    created: null,
    updated: null,
    dateline: null,
    place: null,
    tags: [],
    url: null,
    site: null,
    language: null,
    body: null,
    caption: null,
    imageCredit: null,
  };
}

export interface FeedSource {
  /** The feed's path as given; items are named path#1, path#2… */
  path: string | null;
  format: FeedFormat;
  bytes: number;
  encoding: Encoding;
  warnings: readonly Warning[];
}

const TEASER_ONLY: Warning = {
  code: 'feed-teaser-only',
  message: 'the feed carries only a teaser: the body is its description',
};

function statedDateline(printed: string | null, reference: Timestamp | null): Dateline | null {
  return printed === null ? null : datelineOf(printed, reference);
}

/** The item's `number`-th article (1-based). */
export function toArticle(item: FeedItem, number: number, source: FeedSource): Article {
  const headline = plainText(item.headline);
  const summary = plainText(item.summary);
  const draft = emptyDraft();
  draft.warnings.push(...source.warnings);
  draft.headline = headline;
  let story = readStory(item.body, [headline, summary]);
  let kind: 'html' | 'text' = item.body?.kind === 'text' ? 'text' : 'html';
  if (story.paragraphs.length === 0 && item.summary !== null) {
    // Only a teaser: it is the body, and no summary of itself.
    story = readStory({ kind: 'html', html: item.summary }, [headline]);
    kind = 'html';
    if (story.paragraphs.length > 0) draft.warnings.push(TEASER_ONLY);
  } else {
    draft.summary = summary;
  }
  draft.paragraphs = story.paragraphs;
  takeClosing(draft, story);
  const named = fromNames(item.authors.flatMap(splitNames), 'byline');
  draft.author = named.author ?? story.author;
  draft.agency = item.agency ?? named.agency;
  draft.created = item.created;
  draft.updated = item.updated;
  draft.place = item.place;
  draft.tags = item.tags;
  draft.url = item.url;
  draft.site = item.site;
  draft.language = item.language;
  // The item's own caption and credit, else the first picture's in its content; a credit
  // without a caption is of a picture the item does not show.
  draft.caption = item.caption ?? story.caption;
  draft.imageCredit =
    draft.caption === null
      ? null
      : item.caption === null
        ? (item.imageCredit ?? story.imageCredit)
        : item.imageCredit;
  const path = `${source.path ?? ''}#${number}`;
  const article = normalise(draft, {
    input: { path, kind, layout: source.format, bytes: source.bytes, encoding: source.encoding },
  });
  article.dateline ??= statedDateline(item.dateline, article.created ?? article.updated);
  article.location ??= article.dateline?.location ?? null;
  return article;
}
