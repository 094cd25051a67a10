/**
 * Article metadata a page states for machines, in order of trust: JSON-LD, then OpenGraph and
 * article:* meta, then itemprop markup and the classic meta names.
 */
import { attr, findFirst, hasClass, textOf, type Element, type ParentNode } from './dom.js';
import { letterKey } from '../../text/clean.js';
import { itempropValue, metaValue, type Page } from './page.js';
import { describesSite, namesSite, sameHeadline, titleLabels, withoutLabel } from './titles.js';
import { classifyCredit, parseByLine } from '../../wire/credit.js';

// Host name labels that name no site: "www.", "m.", "amp." and the like.
const HOST_PREFIXES = new Set(['www', 'm', 'mobile', 'amp', 'edition']);

/** "https://www.northeastledger.example/news/x" → ["northeastledger"]; the TLD is left out. */
function hostLabels(url: string | null): string[] {
  if (url === null || !URL.canParse(url)) return [];
  const labels = new URL(url).hostname.split('.').slice(0, -1);
  return labels.filter((label) => !HOST_PREFIXES.has(label));
}

/** Names the site goes by: stated, or read from its address. */
export function siteNames(page: Page): string[] {
  const stated = [metaValue(page, 'og:site_name', 'application-name'), page.ld?.publisher ?? null];
  return [
    ...stated.filter((name): name is string => name !== null),
    ...hostLabels(metaValue(page, 'og:url') ?? page.canonical),
  ];
}

/**
 * The headline: the visible <h1> when metadata states the same headline (or none), else the
 * metadata's, without the label sites append. An <h1> holding the site's name is its logo.
 */
export function headlineOf(page: Page, h1: string | null): string | null {
  const sites = siteNames(page);
  const visible = h1 !== null && h1 !== '' && !namesSite(h1, sites) ? h1 : null;
  const stated = [
    page.ld?.headline ?? null,
    metaValue(page, 'og:title', 'twitter:title'),
    itempropValue(page, 'headline'),
  ].filter((t): t is string => t !== null);
  if (visible !== null) {
    if (stated.length === 0 || stated.some((t) => sameHeadline(t, visible))) return visible;
  }
  const first = stated[0] ?? page.title;
  return first === null ? visible : withoutLabel(first, sites);
}

/** The story's description as stated, passing over a site-wide blurb. */
export function descriptionOf(page: Page): string | null {
  const sites = [...siteNames(page), ...titleLabels(page.title)];
  const stated = [
    page.ld?.description ?? null,
    metaValue(page, 'og:description'),
    metaValue(page, 'twitter:description'),
    metaValue(page, 'description'),
    itempropValue(page, 'description'),
  ];
  return stated.find((d): d is string => d !== null && !describesSite(d, sites)) ?? null;
}

const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/** The first stated value naming its offset (an instant), else the first stated at all. */
function firstInstant(...values: (string | null)[]): string | null {
  const stated = values.filter((v): v is string => v !== null && v !== '');
  return stated.find((v) => HAS_OFFSET.test(v)) ?? stated[0] ?? null;
}

// Meta names analytics and library schemes give the publication time; "date" alone last.
const OTHER_PUBLISHED = [
  'parsely-pub-date',
  'sailthru.date',
  'publish-date',
  'publishdate',
  'dc.date.issued',
  'dcterms.created',
  'dc.date',
  'date',
];

/** Publication and modification instants, as the page states them. */
export function datesOf(page: Page): { created: string | null; updated: string | null } {
  return {
    created: firstInstant(
      page.ld?.datePublished ?? null,
      metaValue(page, 'article:published_time', 'og:published_time', 'pubdate'),
      itempropValue(page, 'datePublished'),
      metaValue(page, ...OTHER_PUBLISHED),
    ),
    updated: firstInstant(
      page.ld?.dateModified ?? null,
      metaValue(page, 'article:modified_time', 'og:updated_time'),
      itempropValue(page, 'dateModified'),
      metaValue(page, 'dcterms.modified', 'dc.date.modified'),
    ),
  };
}

export interface Credit {
  author: string | null;
  agency: string | null;
}

/** "A", "A and B", "A, B and C". */
function joinNames(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  if (names.length === 1) return names[0] ?? null;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** Names as printed, sorted into people (the author) and an organisation (the agency). */
export function fromNames(names: readonly string[]): Credit {
  const people: string[] = [];
  let agency: string | null = null;
  for (const given of names) {
    // Pages state names as printed, "By Jane Doe" included.
    const name = given.replace(/^by\s+/i, '');
    if (name === '') continue;
    if (classifyCredit(name) === 'author') people.push(name);
    else agency ??= name;
  }
  return { author: joinNames(people), agency };
}

const isUrl = (text: string): boolean => /^(?:https?:)?\/\//i.test(text);

/** A byline element's text, "By Jane Doe" or "Jane Doe, Reuters", as names. */
export function bylineNames(text: string): string[] {
  const line = text.split(/[|•·]/)[0]?.trim() ?? '';
  const byName = parseByLine(line);
  const names = byName ?? line.replace(/^by\s+/i, '');
  return names
    .split(/,|\band\b|&/)
    .map((n) => n.trim())
    .filter((n) => n !== '' && n.length <= 60);
}

function documentByline(scope: ParentNode): string[] {
  const el = findFirst(
    scope,
    (e: Element) =>
      attr(e, 'rel') === 'author' ||
      hasClass(e, 'byline') ||
      hasClass(e, 'author') ||
      hasClass(e, 'author-name'),
  );
  return el ? bylineNames(textOf(el)) : [];
}

/** Who wrote the story and for which agency: JSON-LD authors, meta, then the page's byline. */
export function creditOf(page: Page, scope: ParentNode): Credit {
  const ld = page.ld?.authors ?? [];
  if (ld.length > 0) {
    // Pages type agencies as Person too ("PTI"), so names are judged by what they say.
    const orgs = ld.filter((a) => a.kind === 'organization').map((a) => a.name);
    const others = fromNames(ld.filter((a) => a.kind !== 'organization').map((a) => a.name));
    return { author: others.author, agency: orgs[0] ?? others.agency };
  }
  const meta = [
    metaValue(page, 'author', 'article:author'),
    itempropValue(page, 'author'),
    metaValue(page, 'parsely-author', 'sailthru.author', 'byl', 'dc.creator'),
  ].find((v): v is string => v !== null && v !== '' && !isUrl(v));
  if (meta !== undefined) return fromNames(bylineNames(meta));
  return fromNames(documentByline(scope));
}

/** Keywords the page files the story under. */
const splitList = (list: string): string[] =>
  list
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

export function tagsOf(page: Page): string[] {
  const tags = page.meta.get('article:tag');
  // Some sites put the whole list in one tag: "Portugal,Wildfires,Europe".
  if (tags?.length === 1 && tags[0]?.includes(',')) return splitList(tags[0]);
  if (tags && tags.length > 0) return [...tags];
  if (page.ld && page.ld.keywords.length > 0) return page.ld.keywords;
  const keywords = metaValue(page, 'news_keywords');
  return keywords === null ? [] : splitList(keywords);
}

/** Whether `summary` is only the story's opening cut short (as generated descriptions are). */
export function isOpeningExcerpt(summary: string, firstParagraph: string | undefined): boolean {
  if (firstParagraph === undefined) return false;
  const s = letterKey(summary.replace(/(?:\.\.\.|…)$/, ''));
  return s.length > 0 && letterKey(firstParagraph).startsWith(s);
}
