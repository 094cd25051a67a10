/**
 * A feed item's content → the story, read exactly as an HTML page's article body is
 * (readArticleBody: furniture, notices, credit lines and sign-offs as on pages). Content comes
 * as an HTML string (RSS content:encoded, Atom type="html", JSON Feed content_html), as XML
 * elements (Atom XHTML, NITF body.content, NewsML-G2 inline XHTML), or as plain text.
 */
import { Element as DomElement, type AnyNode, type Element } from 'domhandler';
import { readArticleBody, type ArticleBody } from '../layouts/html/article-body.js';
import { findFirst, isElement, parseHtml, textOf } from '../layouts/html/dom.js';
import { collapseSpaces } from '../text/clean.js';
import { noClosing } from '../text/closing.js';

export type Content =
  | { kind: 'html'; html: string }
  | { kind: 'xml'; elements: Element[] }
  | { kind: 'text'; text: string };

export interface Story extends ArticleBody {
  /** The first picture's caption in the content, as printed. */
  caption: string | null;
  /** The credit printed beside that caption (NITF's media-producer), when it is not in it. */
  imageCredit: string | null;
}

// NITF's block elements under the names the HTML reader knows them by.
const NITF_AS_HTML: Readonly<Record<string, string>> = {
  block: 'div',
  hl1: 'h1',
  hl2: 'h2',
  bq: 'blockquote',
  credit: 'p',
  media: 'figure',
  'media-caption': 'figcaption',
  'media-producer': 'small',
  'media-reference': 'img',
  tagline: 'p',
  'body.end': 'div',
  'body.content': 'div',
  note: 'aside',
};

/** XML elements renamed in place to the lower-case HTML names the body reader expects. */
function asHtmlNames(root: Element): void {
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (!node || !isElement(node)) continue;
    const local = node.name.slice(node.name.indexOf(':') + 1).toLowerCase();
    node.name = NITF_AS_HTML[local] ?? local;
    stack.push(...node.children);
  }
}

/** A container holding `children`, whose walks stop at it. */
function containerOf(children: AnyNode[]): Element {
  const container = new DomElement('div', {}, children);
  let previous: AnyNode | null = null;
  for (const child of children) {
    child.parent = container;
    child.prev = previous;
    if (previous) previous.next = child;
    previous = child;
  }
  if (previous) previous.next = null;
  return container;
}

/** The first picture's caption, and the credit printed beside it (NITF's media-producer). */
function captionIn(container: Element): Pick<Story, 'caption' | 'imageCredit'> {
  const figcaption = findFirst(container, (el) => el.name === 'figcaption');
  const text = figcaption ? textOf(figcaption) : '';
  if (text === '') return { caption: null, imageCredit: null };
  const producer = figcaption?.parent
    ? findFirst(figcaption.parent, (el) => el.name === 'small')
    : null;
  const credit = producer ? textOf(producer) : '';
  return { caption: text, imageCredit: credit === '' || text.includes(credit) ? null : credit };
}

/** Pictures are the caption's business; their captions are not paragraphs. */
function withoutFigures(container: Element): void {
  const figures: Element[] = [];
  const stack: AnyNode[] = [...container.children];
  while (stack.length) {
    const node = stack.pop();
    if (!node || !isElement(node)) continue;
    if (node.name === 'figure') figures.push(node);
    else stack.push(...node.children);
  }
  for (const figure of figures) {
    const siblings = figure.parent?.children;
    if (!siblings) continue;
    const at = siblings.indexOf(figure);
    if (figure.prev) figure.prev.next = figure.next;
    if (figure.next) figure.next.prev = figure.prev;
    siblings.splice(at, 1);
  }
}

const NO_STORY: Story = {
  paragraphs: [],
  ...noClosing(),
  author: null,
  caption: null,
  imageCredit: null,
};

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Plain text: a blank line (or a single line break when there is none) ends a paragraph. */
function textParagraphs(text: string): string[] {
  const breaks = /\n\s*\n/.test(text) ? /\n\s*\n/ : /\n/;
  return text.split(breaks).map(collapseSpaces).filter(Boolean);
}

/**
 * The story in `content`. `repeats` are texts shown elsewhere (headline, summary) that the
 * content may open with again.
 */
export function readStory(content: Content | null, repeats: readonly (string | null)[]): Story {
  if (content === null) return NO_STORY;
  let container: Element;
  if (content.kind === 'text') {
    // Each paragraph as an HTML paragraph, so that plain text is cleaned as markup is.
    const html = textParagraphs(content.text).map((p) => `<p>${escapeHtml(p)}</p>`);
    container = containerOf([...parseHtml(html.join('')).children]);
  } else if (content.kind === 'html') {
    container = containerOf([...parseHtml(content.html).children]);
  } else {
    for (const element of content.elements) asHtmlNames(element);
    container = containerOf(content.elements);
  }
  const picture = captionIn(container);
  withoutFigures(container);
  return { ...readArticleBody(container, repeats), ...picture };
}

/** A field that may hold markup or entities ("Rates &amp; bonds", "<b>Live</b>"), as text. */
export function plainText(text: string | null): string | null {
  if (text === null) return null;
  const plain = /[<&]/.test(text) ? textOf(parseHtml(text)) : collapseSpaces(text);
  return plain === '' ? null : plain;
}
