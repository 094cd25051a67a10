/**
 * A saved page whose template a site profile declares (src/sites/). Every field is read from the
 * parts of the template that show it to readers (Devdiscourse's, FORMAT.md §1):
 *
 *   <h1 class="title">               headline (JSON-LD's headline carries a " | Label" suffix)
 *   <h2 class="sub-title">           summary
 *   byline spans                     source or blog author | city | Updated: … | Created: …
 *   <figcaption class="fig-caption"> caption and credit (the headline again, hidden, without a picture)
 *   Country: <li>…</li>              countries
 *   <section class="article-cont">   body; its last paragraph is the notice
 *   READ MORE ON: / FIRST PUBLISHED IN:  tags / a blog post's source
 *
 * The stamps are checked against the page's JSON-LD and itemprop dates. Navigation, ads, share
 * buttons, comments and the right-hand column are never read: the parts around the body are
 * taken by their place between the headline and the body section, and the body from its section.
 */
import type { Document } from '../../read/document.js';
import type { Draft } from '../draft.js';
import type { Layout } from '../layout.js';
import type { SiteProfile } from '../../sites/profile.js';
import { emptyDraft, takeClosing } from '../draft.js';
import { readArticleBody } from './article-body.js';
import { bylineAround } from './byline.js';
import { findContainer } from './content.js';
import type { AnyNode, Element, ParentNode } from './dom.js';
import { findFirst, hasClass, isElement, isText, textOf, walk } from './dom.js';
import { listAfterLabel, readLabel } from './labelled-lists.js';
import { datesOf, headlineOf, pageFields } from './metadata.js';
import { itempropValue, surveyPage, type Page } from './page.js';
import { compareStamps } from './stamps.js';
import { collapseSpaces } from '../../text/clean.js';
import { labelReader, type LabelReader, type ListName } from '../../text/list-labels.js';
import type { SiteByline } from '../../sites/profile.js';
import { creditOf } from '../site-credit.js';

/** What a site's HTML reader works with: its profile, and its labels compiled. */
interface Site {
  profile: SiteProfile;
  labels: LabelReader;
}

const NOT_READ = new Set(['script', 'style', 'template', 'noscript', 'svg', 'head']);

interface Parts {
  summary: Element | null;
  byline: SiteByline | null;
  caption: Element | null;
  lists: Record<ListName, string[]>;
}

/** Caption text with its credit: pieces set apart by markup are set apart by a space. */
function captionText(figcaption: Element): string {
  const pieces = figcaption.children.map((child) =>
    isText(child) ? child.data : isElement(child) ? textOf(child) : '',
  );
  return collapseSpaces(pieces.join(' '));
}

/** The closest element holding both `a` and `b`: the article's own box. */
function commonBox(a: Element, b: Element): ParentNode | null {
  const above = new Set<ParentNode>();
  for (let node: ParentNode | null = a.parent; node; node = node.parent) above.add(node);
  for (let node: ParentNode | null = b.parent; node; node = node.parent) {
    if (above.has(node)) return node;
  }
  return null;
}

function isWithin(node: AnyNode, box: ParentNode | null): boolean {
  if (box === null) return true;
  for (let at: ParentNode | null = node.parent; at; at = at.parent) if (at === box) return true;
  return false;
}

/**
 * Whether a label's text belongs to the article column: inside the article's box, and not a
 * link's text or in a side column ("READ MORE ON: …" may be another story's title there).
 */
function isArticleLabel(text: AnyNode, box: ParentNode | null): boolean {
  for (let at: ParentNode | null = text.parent; at && at !== box; at = at.parent) {
    if (isElement(at) && (at.name === 'a' || at.name === 'aside')) return false;
  }
  return isWithin(text, box);
}

/**
 * One walk over the page for the parts around the body. Order settles what belongs to the
 * article: the byline, sub-title and picture come after the headline and before the body (or,
 * on a page that puts them above the headline, just above it, inside the article's box); the
 * labelled lists stand anywhere in the article's box (the body included), never in a side column.
 */
function findParts(page: Page, headline: Element | null, body: Element | null, site: Site): Parts {
  const { byline: grammar, html } = site.profile;
  const parts: Parts = {
    summary: null,
    byline: null,
    caption: null,
    lists: { countries: [], tags: [], firstPublishedIn: [] },
  };
  let afterHeadline = headline === null;
  let beforeBody = true;
  const box = headline && body ? commonBox(headline, body) : null;
  const takeLabel = (text: AnyNode & { data: string }): void => {
    const label = readLabel(text.data, site.labels);
    if (
      label &&
      parts.lists[label.name].length === 0 &&
      text.parent &&
      isElement(text.parent) &&
      isArticleLabel(text, box)
    ) {
      parts.lists[label.name] = listAfterLabel(text.parent, label.inline, site.labels);
    }
  };
  // The last stamp and caption above the headline, in case the page puts them there.
  const above: { stamp: AnyNode | null; caption: Element | null } = { stamp: null, caption: null };
  walk(page.root, (node: AnyNode) => {
    if (isText(node)) {
      if (beforeBody && grammar.stampText.test(node.data)) {
        if (!afterHeadline) above.stamp = node;
        else parts.byline ??= bylineAround(node, page.root, grammar);
      }
      takeLabel(node);
      return false;
    }
    if (!isElement(node) || NOT_READ.has(node.name)) return false;
    if (node === headline) {
      afterHeadline = true;
      return false;
    }
    if (node === body) {
      beforeBody = false;
      return false;
    }
    if (beforeBody && node.name === 'figcaption') {
      if (!afterHeadline) above.caption = node;
      else parts.caption ??= node;
    }
    if (
      afterHeadline &&
      beforeBody &&
      parts.summary === null &&
      hasClass(node, html.summaryClass)
    ) {
      parts.summary = node;
    }
    return true;
  });
  // Lists a template prints inside the body section (the story itself ends before them).
  if (body && Object.values(parts.lists).some((list) => list.length === 0)) {
    walk(body, (node) => {
      if (!isText(node)) return isElement(node) && !NOT_READ.has(node.name);
      takeLabel(node);
      return false;
    });
  }
  if (parts.byline === null && above.stamp !== null && isWithin(above.stamp, box)) {
    parts.byline = bylineAround(above.stamp, page.root, grammar);
  }
  if (parts.caption === null && above.caption !== null && isWithin(above.caption, box)) {
    parts.caption = above.caption;
  }
  return parts;
}

function extract(doc: Document, site: Site): Draft {
  const { profile } = site;
  const page = surveyPage(doc.text);
  const draft = emptyDraft();
  draft.assumeZone = profile.zone;
  const h1 = page.h1s.find((h) => hasClass(h, profile.html.headlineClass)) ?? page.h1s[0] ?? null;
  const body = findBody(page, profile.html.bodyClass);
  const parts = findParts(page, h1, body, site);

  draft.headline = headlineOf(page, h1 === null ? null : textOf(h1));
  draft.summary = parts.summary === null ? null : textOf(parts.summary) || null;
  draft.caption = parts.caption === null ? null : captionText(parts.caption) || null;
  draft.countries = parts.lists.countries;
  draft.tags = parts.lists.tags;
  const fields = pageFields(page);
  Object.assign(draft, { ...fields, site: fields.site ?? profile.site });

  const byline = parts.byline;
  const stated = datesOf(page);
  draft.place = byline?.place ?? null;
  draft.updated = byline?.updated ?? stated.updated;
  draft.created = byline?.created ?? stated.created;
  draft.warnings.push(
    ...compareStamps(
      { created: byline?.created ?? null, updated: byline?.updated ?? null },
      [
        {
          source: 'JSON-LD',
          created: page.ld?.datePublished ?? null,
          updated: page.ld?.dateModified ?? null,
        },
        {
          source: 'itemprop',
          created: itempropValue(page, 'datePublished'),
          updated: itempropValue(page, 'dateModified'),
        },
      ],
      profile.zone,
    ),
  );

  const { sourceList } = profile.credit;
  const credit = creditOf(
    byline?.credit ?? page.ld?.authors[0]?.name ?? null,
    sourceList === null ? [] : parts.lists[sourceList],
  );
  draft.author = credit.author;
  draft.agency = credit.agency;

  if (body) {
    const story = readArticleBody(body, [draft.headline, draft.summary, draft.caption]);
    draft.paragraphs = story.paragraphs;
    takeClosing(draft, story);
    draft.author ??= story.author;
  }
  return draft;
}

function findBody(page: Page, bodyClass: string): Element | null {
  return findFirst(page.root, (el) => hasClass(el, bodyClass)) ?? findContainer(page);
}

/** The HTML layout of a site: pages that carry its template's signature. */
export function siteHtml(profile: SiteProfile): Layout {
  const site: Site = { profile, labels: labelReader(profile.labels) };
  return {
    name: `${profile.name}-html`,
    kind: 'html',
    matches: (doc) => doc.kind === 'html' && profile.html.signature.test(doc.text),
    extract: (doc) => extract(doc, site),
  };
}
