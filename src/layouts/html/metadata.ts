/**
 * Article metadata a page states for machines, in order of trust: JSON-LD, then OpenGraph and
 * article:* meta, then itemprop markup and the classic meta names.
 */
import { attr, findFirst, hasClass, textOf, type Element, type ParentNode } from './dom.js';
import { itempropValue, metaValue, type Page } from './page.js';
import { sameHeadline, textKey, withoutLabel } from './titles.js';
import { classifyCredit, parseByLine } from '../../wire/credit.js';

export function siteName(page: Page): string | null {
  return metaValue(page, 'og:site_name', 'application-name') ?? page.ld?.publisher ?? null;
}

/**
 * The headline: the visible <h1> when metadata states the same headline (or none), else the
 * metadata's, without the label sites append.
 */
export function headlineOf(page: Page, visible: string | null): string | null {
  const site = siteName(page);
  const stated = [
    page.ld?.headline ?? null,
    metaValue(page, 'og:title', 'twitter:title'),
    itempropValue(page, 'headline'),
  ].filter((t): t is string => t !== null);
  if (visible !== null && visible !== '') {
    if (stated.length === 0 || stated.some((t) => sameHeadline(t, visible))) return visible;
  }
  const first = stated[0] ?? page.title;
  return first === null ? visible || null : withoutLabel(first, site);
}

export function descriptionOf(page: Page): string | null {
  return (
    page.ld?.description ??
    metaValue(page, 'og:description', 'twitter:description', 'description') ??
    itempropValue(page, 'description')
  );
}

const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/** The first stated value naming its offset (an instant), else the first stated at all. */
function firstInstant(...values: (string | null)[]): string | null {
  const stated = values.filter((v): v is string => v !== null && v !== '');
  return stated.find((v) => HAS_OFFSET.test(v)) ?? stated[0] ?? null;
}

/** Publication and modification instants, as the page states them. */
export function datesOf(page: Page): { created: string | null; updated: string | null } {
  return {
    created: firstInstant(
      page.ld?.datePublished ?? null,
      metaValue(page, 'article:published_time', 'og:published_time', 'pubdate'),
      itempropValue(page, 'datePublished'),
    ),
    updated: firstInstant(
      page.ld?.dateModified ?? null,
      metaValue(page, 'article:modified_time', 'og:updated_time'),
      itempropValue(page, 'dateModified'),
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

function fromNames(names: readonly string[]): Credit {
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
function bylineNames(text: string): string[] {
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
  const meta = [metaValue(page, 'author', 'article:author'), itempropValue(page, 'author')].find(
    (v): v is string => v !== null && v !== '' && !isUrl(v),
  );
  if (meta !== undefined) return fromNames(bylineNames(meta));
  return fromNames(documentByline(scope));
}

/** Keywords the page files the story under. */
export function tagsOf(page: Page): string[] {
  const tags = page.meta.get('article:tag');
  if (tags && tags.length > 0) return [...tags];
  if (page.ld && page.ld.keywords.length > 0) return page.ld.keywords;
  const keywords = metaValue(page, 'news_keywords');
  return keywords === null ? [] : keywords.split(',').map((k) => k.trim());
}

/** Whether `summary` is only the story's opening cut short (as generated descriptions are). */
export function isOpeningExcerpt(summary: string, firstParagraph: string | undefined): boolean {
  if (firstParagraph === undefined) return false;
  const s = textKey(summary.replace(/(?:\.\.\.|…)$/, ''));
  return s.length > 0 && textKey(firstParagraph).startsWith(s);
}
