/**
 * Article metadata a page states for machines, in order of trust: JSON-LD, then OpenGraph and
 * article:* meta, then itemprop markup and the classic meta names.
 */
import { isPageFurniture } from './outside-body.js';
import {
  attr,
  BLOCK,
  classes,
  findAll,
  isElement,
  isInvisible,
  isText,
  walk,
  type Element,
  type ParentNode,
} from './dom.js';
import { collapseSpaces, letterKey } from '../../text/clean.js';
import { itempropValue, metaValue, type Page } from './page.js';
import {
  describesSite,
  isTitleLabel,
  namesSite,
  sameHeadline,
  titleLabels,
  withoutLabel,
} from './titles.js';
import {
  creditOfNames,
  splitNames,
  withoutDate,
  type NameSource,
  type PeopleCredit,
  type StatedName,
} from '../../wire/people.js';

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

export interface PageFields {
  url: string | null;
  site: string | null;
  language: string | null;
}

/** An address as the page gives it, made absolute against `base` when it is relative. */
function absolute(href: string | null, base: string | null): string | null {
  if (href === null || href === '') return null;
  if (/^https?:\/\//i.test(href)) return href;
  return base !== null && URL.canParse(href, base) ? new URL(href, base).href : null;
}

/** A site's front page: what a careless canonical link points every story at. */
const isFrontPage = (url: string): boolean => URL.canParse(url) && new URL(url).pathname === '/';

const primary = (tag: string): string => tag.split(/[-_]/)[0]?.toLowerCase() ?? '';

/**
 * <html lang>, og:locale, then JSON-LD inLanguage; where <html lang> names only the language
 * ("en"), a later one naming the same language with its region ("en_IN") says more.
 */
function languageOf(page: Page): string | null {
  const stated = [page.lang, metaValue(page, 'og:locale'), page.ld?.language ?? null].filter(
    (tag): tag is string => tag !== null && tag !== '',
  );
  const [first] = stated;
  if (first === undefined) return null;
  if (/[-_]/.test(first)) return first;
  return stated.find((tag) => /[-_]/.test(tag) && primary(tag) === primary(first)) ?? first;
}

/**
 * What the page says about itself, each field from one place in order of trust: its address
 * (the canonical link, else og:url, else JSON-LD's), its publication (og:site_name, else the
 * JSON-LD publisher) and its language (<html lang>, og:locale, JSON-LD inLanguage). Checked and
 * spelled out by normalise.
 */
export function pageFields(page: Page): PageFields {
  const ogUrl = metaValue(page, 'og:url');
  const stated = [page.ld?.url ?? null, ogUrl];
  const base = stated.find((u) => u !== null && /^https?:\/\//i.test(u)) ?? null;
  const urls = [page.canonical, ogUrl, page.ld?.url ?? null]
    .map((u) => absolute(u, base))
    .filter((u): u is string => u !== null);
  return {
    url: urls.find((u) => !isFrontPage(u)) ?? urls[0] ?? null,
    // Some pages state their address as their name; that names no publication.
    site:
      [metaValue(page, 'og:site_name'), page.ld?.publisher ?? null].find(
        (name): name is string => name !== null && !isUrl(name),
      ) ?? null,
    language: languageOf(page),
  };
}

/** A link to the site's front page: "/", or an address with no path. */
function isHomeLink(el: Element): boolean {
  const href = (attr(el, 'href') ?? '').trim();
  return href === '/' || /^(?:https?:)?\/\/[^/?#]+\/?$/i.test(href);
}

/**
 * Whether a heading is the site's logo: it is a link to the front page, or sits in one
 * ("<a href="/"><h1>Entermedia</h1></a>"), whatever language its name is in.
 */
export function isLogo(h1: Element): boolean {
  let at: ParentNode | null = h1;
  for (let level = 0; level < 3 && at !== null && isElement(at); level++, at = at.parent) {
    if (at.name === 'a' && isHomeLink(at)) return true;
  }
  const links = findAll(h1, (el) => el.name === 'a');
  return links.length === 1 && links[0] !== undefined && isHomeLink(links[0]);
}

/**
 * The headline: the visible <h1> when metadata states the same headline (or none), else the
 * metadata's, without the label sites append. An <h1> holding the site's name is its logo.
 */
export function headlineOf(page: Page, h1: string | null): string | null {
  const sites = siteNames(page);
  // A section's name over the story ("Allergies Health Center") is a label the title appends.
  const visible =
    h1 !== null && h1 !== '' && !namesSite(h1, sites) && !isTitleLabel(h1, page.title, sites)
      ? h1
      : null;
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

export type Credit = PeopleCredit;

/** Names as printed, sorted into people (the author) and an organisation (the agency). */
export function fromNames(names: readonly string[], source: NameSource = 'unknown'): Credit {
  return creditOfNames(names.map((name) => ({ name, source })));
}

const isUrl = (text: string): boolean => /^(?:https?:)?\/\//i.test(text);

// Class names of the elements that print a byline or an author's name: "byline", "pb-byline",
// "c-byline__author", "author-link", "article-author", "author-name", "td-post-author-name".
const BYLINE_CLASS = /(?:^|[-_])(?:by-?line|authors?|author-?name|writer|contributors?)(?:$|[-_])/i;
// …and of those about the author instead: a biography box, a picture, links to follow.
const NOT_BYLINE_CLASS =
  /bio|box|avatar|image|img|photo|pic|desc|about|social|follow|more|other|related|twitter|email|mail|title|job|role|position|date|time/i;
// Addresses of author pages: "/author/jane-doe", "/people/omar-haddad", "/profile/…".
const AUTHOR_HREF =
  /\/(?:authors?|by|bylines?|people|profiles?|staff|writers?|reporters?|journalists?|columnists?|contributors?)\/[^/?#]/i;
// The byline is printed near the headline; a page may hold many more names further on.
const MAX_BYLINES = 5;

const isRelAuthor = (el: Element): boolean =>
  (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('author');

// Inside a byline, links to author pages name the people; elsewhere such a link is only a
// mention ("President <a href="/people/…">").
const isAuthorLink = (el: Element): boolean =>
  el.name === 'a' && (isRelAuthor(el) || AUTHOR_HREF.test(attr(el, 'href') ?? ''));

function isBylineElement(el: Element): boolean {
  if (el.name === 'a' && isRelAuthor(el)) return true;
  const prop = (attr(el, 'itemprop') ?? '').toLowerCase();
  if (prop === 'author' || prop === 'creator') return true;
  return classes(el).some((c) => BYLINE_CLASS.test(c) && !NOT_BYLINE_CLASS.test(c));
}

/**
 * An element's text with a space wherever markup sets pieces apart (a name and the date after
 * it are often only styled apart: "<a>Lucas Nolan</a><time>22 Dec 2016</time>"), a line break
 * at blocks, and without the dates, job titles and pictures a byline box also holds.
 */
function bylineText(root: ParentNode): string {
  const parts: string[] = [];
  walk(
    root,
    (node) => {
      if (isText(node)) parts.push(node.data);
      else if (!isElement(node)) return false;
      else if (
        node !== root &&
        (isInvisible(node) ||
          node.name === 'time' ||
          classes(node).some((c) => NOT_BYLINE_CLASS.test(c) && !BYLINE_CLASS.test(c)))
      ) {
        return false;
      } else parts.push(BLOCK.has(node.name) || node.name === 'br' ? '\n' : ' ');
      return true;
    },
    (el) => {
      if (BLOCK.has(el.name)) parts.push('\n');
    },
  );
  const lines = parts
    .join('')
    .split('\n')
    .map(collapseSpaces)
    .filter((line) => line !== '');
  // The first line naming anyone: "By" may stand on a line of its own.
  const first = lines.findIndex((line) => !/^(?:by|por|par|von)\s?:?$/i.test(line));
  return first < 0 ? '' : [...lines.slice(0, first), lines[first]].join(' ');
}

/** The names a byline element gives: its author links' texts, else its own text read as a credit. */
function namesIn(el: Element): StatedName[] {
  const links = isAuthorLink(el) ? [el] : findAll(el, isAuthorLink);
  const named = findAll(el, (e) => (attr(e, 'itemprop') ?? '').toLowerCase() === 'name');
  const own = withoutDate(bylineText(el));
  const people = (links.length > 0 ? links : named).map((e) => bylineText(e)).filter(Boolean);
  if (people.length === 0) return [{ name: own, source: 'byline' }];
  // The element's own text for an organisation beside the people ("By <a>Jane Doe</a>, Reuters").
  const names = people.map(letterKey);
  const organisations = splitNames(own).filter(
    (piece) =>
      !names.some((name) => letterKey(piece).includes(name)) &&
      creditOfNames([{ name: piece, source: 'byline' }]).author === null,
  );
  return [
    ...people.map((name) => ({ name, source: 'author-link' as const })),
    ...organisations.map((name) => ({ name, source: 'byline' as const })),
  ];
}

/** The first byline elements in `region` (outermost ones), skipping page furniture. */
function bylineElements(region: ParentNode): Element[] {
  const found: Element[] = [];
  walk(region, (node) => {
    if (found.length >= MAX_BYLINES || !isElement(node)) return false;
    if (isPageFurniture(node) || node.name === 'script' || node.name === 'style') return false;
    if (isInvisible(node)) return false;
    if (isBylineElement(node)) {
      found.push(node);
      return false;
    }
    return true;
  });
  return found;
}

/** Whether an element stands in page furniture: a comment, a related story, a side column. */
function inFurniture(el: Element): boolean {
  for (let at: ParentNode | null = el; at !== null && isElement(at); at = at.parent) {
    if (isPageFurniture(at)) return true;
  }
  return false;
}

/** The credit of the first of `elements` naming anyone. */
function firstCredit(elements: readonly Element[]): Credit {
  for (const el of elements.slice(0, MAX_BYLINES)) {
    const credit = creditOfNames(namesIn(el));
    if (credit.author !== null || credit.agency !== null) return credit;
  }
  return { author: null, agency: null };
}

/** The credit of the page's printed byline in `region`: the first element naming anyone. */
export function documentCredit(region: ParentNode): Credit {
  return firstCredit(bylineElements(region));
}

/**
 * Who wrote the story and for which agency, from the most trusted source that names a person:
 * JSON-LD authors (typed), the byline the page prints in `region`, itemprop="author", then the
 * author meta (often the account that posted the story, or the site). An organisation from a
 * source before or at that one is the agency.
 */
export function creditOf(page: Page, region: ParentNode): Credit {
  const sources: (() => Credit)[] = [
    () =>
      creditOfNames(
        (page.ld?.authors ?? []).map((a) => ({
          name: a.name,
          source: a.kind ?? 'unknown',
        })),
      ),
    () => documentCredit(region),
    // itemprop="author" marks the byline for machines wherever the page puts it.
    () => firstCredit((page.itemprops.get('author') ?? []).filter((el) => !inFurniture(el))),
    () => {
      const meta = [
        metaValue(page, 'author', 'article:author'),
        metaValue(page, 'parsely-author', 'sailthru.author', 'byl', 'dc.creator'),
      ].find((v): v is string => v !== null && v !== '' && !isUrl(v));
      return meta === undefined ? { author: null, agency: null } : fromNames([meta]);
    },
  ];
  const credit: Credit = { author: null, agency: null };
  let at = 0;
  for (; at < sources.length && credit.author === null; at++) {
    const found = sources[at]?.() ?? credit;
    credit.agency ??= found.agency;
    credit.author = found.author;
  }
  // A byline set in capitals ("VICTOR HALE") is the same name a later source may spell in
  // its own case ("Victor Hale").
  if (credit.author !== null && !/\p{Ll}/u.test(credit.author)) {
    const key = letterKey(credit.author);
    for (const source of sources.slice(at)) {
      const other = source().author;
      if (other !== null && /\p{Ll}/u.test(other) && letterKey(other) === key) {
        credit.author = other;
        break;
      }
    }
  }
  // The site's own name in the byline ("By LinkNaija") is the publisher, not a person.
  if (credit.author !== null && namesSite(credit.author, siteNames(page))) {
    return { author: null, agency: credit.agency ?? credit.author };
  }
  return credit.agency === credit.author ? { ...credit, agency: null } : credit;
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
