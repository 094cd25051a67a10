/**
 * Any other news page. Metadata comes from JSON-LD (NewsArticle and kin, in arrays or @graph),
 * then OpenGraph, article:* and author meta, then the document itself; the story from the
 * article container with the furniture taken out. Wire datelines and republishers' notices in
 * the body are read as they are in plain text.
 */
import type { Document } from '../../read/document.js';
import type { Draft } from '../draft.js';
import type { Layout } from '../layout.js';
import { emptyDraft, takeClosing } from '../draft.js';
import { readArticleBody } from './article-body.js';
import { findContainer } from './content.js';
import type { Element, ParentNode } from './dom.js';
import { classes, findFirst, holds, isElement, isText, textOf } from './dom.js';
import {
  creditOf,
  datesOf,
  descriptionOf,
  fromNames,
  headlineOf,
  isLogo,
  isOpeningExcerpt,
  pageFields,
  tagsOf,
} from './metadata.js';
import { surveyPage, type Page } from './page.js';
import { printedMeta } from './printed-meta.js';
import { parseDateline } from '../../wire/dateline.js';
import { collapseSpaces } from '../../text/clean.js';

const DEK_WORDS = new Set([
  'standfirst',
  'dek',
  'deck',
  'subtitle',
  'sub-title',
  'subheadline',
  'sub-headline',
  'strapline',
  'summary',
  'excerpt',
  'lede',
  'lead',
]);
const CREDIT_CLASS = /credit|copyright|source|photographer|author/i;
const CREDIT_ELEMENT_LABEL = /^(?:photo(?:graph)?|picture|pic|image|credit)s?\s?:\s?/i;

/** The article around the body — header, picture and all — or the body's parent. */
function articleScope(container: Element): ParentNode {
  for (let node: ParentNode | null = container; node; node = node.parent) {
    if ('name' in node && node.name === 'article') return node;
  }
  return container.parent ?? container;
}

// Words only screen readers get: "Image caption, " before a caption.
const SCREEN_READER_ONLY = /visually-?hidden|sr-only|screen-reader/i;

const hasClass = (el: Element, pattern: RegExp): boolean =>
  classes(el).some((c) => pattern.test(c));

/** An element's text without what only screen readers get. */
function visibleText(el: Element): string {
  const parts: string[] = [];
  for (const child of el.children) {
    if (isText(child)) parts.push(child.data);
    else if (isElement(child) && !hasClass(child, SCREEN_READER_ONLY)) parts.push(textOf(child));
  }
  return collapseSpaces(parts.join(' '));
}

/** "(AP Photo/Jon Elswick)" and "Picture: Jo Lam": brackets and labels only set a credit apart. */
const bareCredit = (credit: string): string =>
  credit.replace(/^\((.*)\)$/, '$1').replace(CREDIT_ELEMENT_LABEL, '');

/** A figcaption's caption and the credit its markup sets apart ('' when there is none). */
interface PrintedCaption {
  text: string;
  credit: string;
}

/** "Caption text <span class="credit">Jane Doe/Reuters</span>": the caption, the credit. */
function captionParts(figcaption: Element): PrintedCaption {
  const caption: string[] = [];
  const credit: string[] = [];
  for (const child of figcaption.children) {
    if (isText(child)) caption.push(child.data);
    else if (isElement(child) && !hasClass(child, SCREEN_READER_ONLY)) {
      (hasClass(child, CREDIT_CLASS) ? credit : caption).push(visibleText(child));
    }
  }
  return {
    text: collapseSpaces(caption.join(' ')),
    credit: bareCredit(collapseSpaces(credit.join(' '))),
  };
}

/** The picture's caption as printed and the credit set apart from it, into the draft. */
function takeCaption(draft: Draft, page: Page, scope: ParentNode): void {
  const figcaption = findFirst(scope, (el) => el.name === 'figcaption');
  const { text, credit } =
    figcaption === null ? { text: '', credit: '' } : captionParts(figcaption);
  if (text === '' && credit === '') {
    draft.caption = page.ld?.imageCaption ?? null;
    return;
  }
  // A credit printed over the picture, beside the caption: <span class="…Copyright">. Not
  // looked for when the caption prints its own credit line.
  const figure = figcaption?.parent;
  const beside =
    figure && credit === '' && !text.includes('Image Credit:')
      ? findFirst(figure, (el) => !holds(figcaption, el) && hasClass(el, CREDIT_CLASS))
      : null;
  draft.caption = text;
  draft.imageCredit = (beside ? bareCredit(visibleText(beside)) : credit) || null;
}

function headlineElement(page: Page, scope: ParentNode): Element | null {
  return findFirst(scope, (el) => el.name === 'h1') ?? page.h1s[0] ?? null;
}

/**
 * Where the story's own header and body stand: the smallest box holding the headline and the
 * body, unless that is the whole page (a headline in the site's header), then the article scope.
 */
function articleRegion(h1: Element | null, container: Element, scope: ParentNode): ParentNode {
  const around = new Set<ParentNode>();
  for (let node: ParentNode | null = container; node; node = node.parent) around.add(node);
  let box: ParentNode | null = h1;
  while (box && !around.has(box)) box = box.parent;
  if (box === null || !('name' in box) || box.name === 'body' || box.name === 'html') return scope;
  // Whichever holds the other: an <article> scope may hold more than the headline's box.
  return holds(scope, box) ? scope : box;
}

function documentDek(scope: ParentNode): string | null {
  const dek = findFirst(scope, (el) => classes(el).some((c) => DEK_WORDS.has(c.toLowerCase())));
  return dek === null ? null : textOf(dek) || null;
}

/** The place a JSON-LD dateline names: "MOSCOW" or "MOSCOW, June 14 (Reuters)". */
function datelinePlace(dateline: string | null | undefined): string | null {
  if (!dateline) return null;
  const parsed = parseDateline(`${dateline} - `);
  if (parsed?.location) return parsed.location;
  return /^[\p{L} .'’/-]{2,40}$/u.test(dateline) ? dateline : null;
}

function extract(doc: Document): Draft {
  const page = surveyPage(doc.text);
  const draft = emptyDraft();
  const container = findContainer(page);
  const scope: ParentNode = container ? articleScope(container) : page.root;

  const h1 = headlineElement(page, scope);
  draft.headline = headlineOf(page, h1 === null || isLogo(h1) ? null : textOf(h1) || null);
  const dek = documentDek(scope);
  const stated = descriptionOf(page) ?? dek;
  takeCaption(draft, page, scope);
  const { created, updated } = datesOf(page);
  draft.created = created;
  draft.updated = updated;
  // The byline stands with the headline, above the body: looked for where both are.
  const credit = creditOf(page, container ? articleRegion(h1, container, scope) : scope);
  draft.author = credit.author;
  draft.agency = credit.agency;
  draft.place = datelinePlace(page.ld?.dateline);
  draft.tags = tagsOf(page);
  Object.assign(draft, pageFields(page));

  const story = container
    ? // A description that only repeats the story's first paragraph is no standfirst: only a
      // printed standfirst (a "dek") is taken off the top of the story.
      readArticleBody(container, [draft.headline, dek, draft.caption])
    : null;
  if (story) {
    draft.paragraphs = story.paragraphs;
    takeClosing(draft, story);
    if (story.author !== null) draft.author ??= fromNames([story.author], 'byline').author;
  }
  if (draft.paragraphs.length === 0 && page.ld?.articleBody) {
    draft.paragraphs = page.ld.articleBody.split('\n');
  }
  if (container && (draft.created === null || draft.updated === null || !draft.author)) {
    const printed = printedMeta(articleRegion(h1, container, scope), draft.paragraphs[0]);
    draft.created ??= printed.created;
    draft.updated ??= printed.updated;
    const named = fromNames(printed.names, 'byline');
    draft.author ??= named.author;
    draft.agency ??= named.agency;
  }
  // A description that is only the opening of the story cut short is no summary.
  draft.summary =
    stated !== null && !isOpeningExcerpt(stated, draft.paragraphs[0]) && stated !== draft.headline
      ? stated
      : null;
  return draft;
}

export const genericHtml: Layout = {
  name: 'generic-html',
  kind: 'html',
  matches: (doc) => doc.kind === 'html',
  extract,
};
