/**
 * Lists a page introduces with a label — "Country:", "READ MORE ON:", "FIRST PUBLISHED IN:" —
 * whatever the markup: <li>s after a label <li>, links after a label <span>, a <ul> after a
 * heading, or items printed inline after the colon.
 */
import type { AnyNode, Element } from './dom.js';
import { findAll, isElement, textOf } from './dom.js';
import { COUNTRY_HEADER, FIRST_PUBLISHED_HEADER, TAGS_HEADER } from '../../text/furniture.js';
import { collapseSpaces, trimEndOf } from '../../text/clean.js';

export type ListName = 'countries' | 'tags' | 'firstPublishedIn';

const LABELS: readonly (readonly [RegExp, ListName])[] = [
  [COUNTRY_HEADER, 'countries'],
  [TAGS_HEADER, 'tags'],
  [FIRST_PUBLISHED_HEADER, 'firstPublishedIn'],
];
// A label is a short piece of text; longer text is never tested.
const MAX_LABEL_LENGTH = 200;
// What every label starts with, bullet and spaces aside: a cheap test before the real ones, as
// every text node of a page is asked.
const MAY_LABEL = /^[\s•*·-]*(?:countr|read more|first pub)/i;

export interface Label {
  name: ListName;
  /** Items printed after the colon in the label's own text. */
  inline: string[];
}

function splitItems(text: string): string[] {
  return text
    .split(/[,|•;]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Which list a text (a text node's or an element's) labels, if it is a label. */
export function readLabel(raw: string): Label | null {
  if (raw.length > MAX_LABEL_LENGTH || !MAY_LABEL.test(raw)) return null;
  const text = collapseSpaces(raw);
  for (const [pattern, name] of LABELS) {
    const m = pattern.exec(text);
    if (m) return { name, inline: splitItems(m[1] ?? '') };
  }
  return null;
}

const SEPARATOR = /^[\s,|•;·/-]*$/;

function itemText(el: Element): string {
  return trimEndOf(textOf(el), ' ,;|•');
}

/** The items an element after a label holds: its list items, its links, or its text. */
function itemsOf(el: Element): string[] {
  if (el.name === 'li' || el.name === 'a' || el.name === 'span') return [itemText(el)];
  const inner = findAll(el, (e) => e.name === 'li');
  const pieces = inner.length > 0 ? inner : findAll(el, (e) => e.name === 'a');
  if (pieces.length > 0) return pieces.map(itemText);
  return splitItems(textOf(el));
}

function isLabelElement(node: AnyNode): boolean {
  return isElement(node) && readLabel(textOf(node)) !== null;
}

/** The items that follow the label element, stopping at the next label. */
function itemsAfter(label: Element): string[] {
  const items: string[] = [];
  for (let node = label.next; node; node = node.next) {
    if (!isElement(node)) {
      if ('data' in node && node.nodeType === 3 && !SEPARATOR.test(node.data)) {
        items.push(...splitItems(node.data));
      }
      continue;
    }
    if (isLabelElement(node)) break;
    items.push(...itemsOf(node));
  }
  return items.filter((item) => item !== '' && !SEPARATOR.test(item));
}

/**
 * The list introduced by `label` (the element whose text is the label). A label wrapped in an
 * element of its own ("<li><span>Country:</span></li>") is looked at from its wrapper too.
 */
export function listAfterLabel(label: Element, inline: readonly string[]): string[] {
  if (inline.length > 0) return [...inline];
  let at: Element = label;
  for (let level = 0; level < 3; level++) {
    const items = itemsAfter(at);
    if (items.length > 0) return items;
    const parent = at.parent;
    if (!parent || !isElement(parent) || textOf(parent) !== textOf(at)) break;
    at = parent;
  }
  return [];
}
