/**
 * The parsed page and the few ways the HTML layouts look at it. Parsing is cheerio's light build
 * (htmlparser2 only). Every walk here is a loop over parent and sibling links — no recursion, no
 * ancestor scans — so time is linear in the page and depth can never overflow the stack.
 */
import { load } from 'cheerio/slim';
import type { AnyNode, Document as DomDocument, Element, ParentNode, Text } from 'domhandler';
import { collapseSpaces } from '../../text/clean.js';
import { prepareMarkup } from './prepare.js';

export type { AnyNode, DomDocument, Element, ParentNode };

export function parseHtml(html: string): DomDocument {
  const root = load(prepareMarkup(html)).root()[0];
  if (root === undefined) throw new Error('the HTML parser returned no document');
  return root;
}

export function isElement(node: AnyNode): node is Element {
  const type: string = node.type;
  return type === 'tag' || type === 'script' || type === 'style';
}

export function isText(node: AnyNode): node is Text {
  const type: string = node.type;
  return type === 'text';
}

/** Elements whose content is never text a reader sees. */
const INVISIBLE: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'select',
  'textarea',
]);

/** Elements that break the flow of text: their edges separate words. */
export const BLOCK: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/** Not shown to a reader: script-like content, or hidden by an attribute or inline style. */
export function isInvisible(el: Element): boolean {
  if (INVISIBLE.has(el.name) || el.attribs.hidden !== undefined) return true;
  const style = el.attribs.style;
  return style !== undefined && HIDDEN_STYLE.test(style);
}

/**
 * Visits the nodes under `root` (not `root` itself) in document order. `enter` returns whether
 * to go inside the node; `leave` runs for each element whose children were visited, after them.
 */
export function walk(
  root: ParentNode,
  enter: (node: AnyNode) => boolean,
  leave?: (el: Element) => void,
): void {
  let node: AnyNode | undefined = root.children[0];
  while (node) {
    const first: AnyNode | undefined =
      enter(node) && 'children' in node ? node.children[0] : undefined;
    if (first) {
      node = first;
      continue;
    }
    let next: AnyNode | null = node.next;
    while (next === null) {
      const parent: ParentNode | null = node.parent;
      if (parent === null || parent === root) return;
      if (leave && isElement(parent)) leave(parent);
      node = parent;
      next = node.next;
    }
    node = next;
  }
}

/** Every element under `root` (in document order) that `test` accepts. */
export function findAll(root: ParentNode, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  walk(root, (node) => {
    if (!isElement(node)) return false;
    if (test(node)) found.push(node);
    return true;
  });
  return found;
}

/** The first element under `root` that `test` accepts. */
export function findFirst(root: ParentNode, test: (el: Element) => boolean): Element | null {
  const result: { found: Element | null } = { found: null };
  walk(root, (node) => {
    if (result.found !== null || !isElement(node)) return false;
    if (test(node)) result.found = node;
    return result.found === null;
  });
  return result.found;
}

/** The text a reader sees in `root`, space-collapsed; block edges and <br> separate words. */
export function textOf(root: ParentNode): string {
  const parts: string[] = [];
  walk(
    root,
    (node) => {
      if (isText(node)) {
        parts.push(node.data);
        return false;
      }
      if (!isElement(node) || isInvisible(node)) return false;
      if (node.name === 'br' || BLOCK.has(node.name)) parts.push(' ');
      return true;
    },
    (el) => {
      if (BLOCK.has(el.name)) parts.push(' ');
    },
  );
  return collapseSpaces(parts.join(''));
}

/** Whether `inner` is `outer` or stands inside it. */
export function holds(outer: ParentNode, inner: AnyNode): boolean {
  for (let node: AnyNode | null = inner; node; node = node.parent) {
    if (node === outer) return true;
  }
  return false;
}

/** The raw text content of an element such as <script> or <title>. */
export function rawText(el: Element): string {
  let text = '';
  for (const child of el.children) if (isText(child)) text += child.data;
  return text;
}

export function classes(el: Element): string[] {
  const value = el.attribs.class;
  return value ? value.split(/\s+/).filter(Boolean) : [];
}

export function hasClass(el: Element, name: string): boolean {
  const value = el.attribs.class;
  return value !== undefined && value.includes(name) && classes(el).includes(name);
}

export function attr(el: Element, name: string): string | null {
  return el.attribs[name] ?? null;
}
