/**
 * Lists a page introduces with a label — a site's, such as Devdiscourse's "Country:", "READ MORE
 * ON:", "FIRST PUBLISHED IN:" — whatever the markup: <li>s after a label <li>, links after a
 * label <span>, a <ul> after a heading, or items printed inline after the colon.
 */
import type { AnyNode, Element } from './dom.js';
import { findAll, isElement, textOf } from './dom.js';
import { collapseSpaces, trimEndOf } from '../../text/clean.js';
import type { LabelReader, ListName } from '../../text/list-labels.js';

// A label is a short piece of text; longer text is never tested.
const MAX_LABEL_LENGTH = 200;

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

/**
 * Which list a text (a text node's or an element's) labels, if it is a label. Every text of a
 * page is asked: how a label opens is tested before the text is collapsed.
 */
export function readLabel(raw: string, labels: LabelReader): Label | null {
  if (raw.length > MAX_LABEL_LENGTH || !labels.mayOpen.test(raw)) return null;
  const label = labels.read(collapseSpaces(raw));
  return label && { name: label.name, inline: splitItems(label.rest) };
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

function isLabelElement(node: AnyNode, labels: LabelReader): boolean {
  return isElement(node) && readLabel(textOf(node), labels) !== null;
}

/** The items that follow the label element, stopping at the next label. */
function itemsAfter(label: Element, labels: LabelReader): string[] {
  const items: string[] = [];
  for (let node = label.next; node; node = node.next) {
    if (!isElement(node)) {
      if ('data' in node && node.nodeType === 3 && !SEPARATOR.test(node.data)) {
        items.push(...splitItems(node.data));
      }
      continue;
    }
    if (isLabelElement(node, labels)) break;
    items.push(...itemsOf(node));
  }
  return items.filter((item) => item !== '' && !SEPARATOR.test(item));
}

/**
 * The list introduced by `label` (the element whose text is the label). A label wrapped in an
 * element of its own ("<li><span>Country:</span></li>") is looked at from its wrapper too.
 */
export function listAfterLabel(
  label: Element,
  inline: readonly string[],
  labels: LabelReader,
): string[] {
  if (inline.length > 0) return [...inline];
  let at: Element = label;
  for (let level = 0; level < 3; level++) {
    const items = itemsAfter(at, labels);
    if (items.length > 0) return items;
    const parent = at.parent;
    if (!parent || !isElement(parent) || textOf(parent) !== textOf(at)) break;
    at = parent;
  }
  return [];
}
