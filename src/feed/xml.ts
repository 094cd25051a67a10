/**
 * XML for feeds: parsed with htmlparser2 (through cheerio's light build) in XML mode, which never
 * reads a DTD, never fetches anything and knows only XML's five entities and character
 * references — so an external entity (XXE) or an entity bomb (billion laughs) is inert text.
 * The doctype is taken out before parsing so that its internal subset is not left as stray text.
 * Names are matched by namespace and local name, whatever prefix a feed chose.
 */
import { load } from 'cheerio/slim';
import type { AnyNode, Document as DomDocument, Element, Text } from 'domhandler';
import { InputError } from '../read/errors.js';
import { afterDoctype } from './detect.js';

export type { Element };

export const NS = {
  rss1: 'http://purl.org/rss/1.0/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  atom: 'http://www.w3.org/2005/Atom',
  media: 'http://search.yahoo.com/mrss/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xhtml: 'http://www.w3.org/1999/xhtml',
  xml: 'http://www.w3.org/XML/1998/namespace',
  nar: 'http://iptc.org/std/nar/2006-10-01/',
  nitf: 'http://iptc.org/std/NITF/2006-10-18/',
} as const;

// Prefixes feeds use without declaring them (invalid, and common): read as they are meant.
const USUAL_PREFIXES: Readonly<Record<string, string>> = {
  content: NS.content,
  dc: NS.dc,
  dcterms: NS.dcterms,
  atom: NS.atom,
  media: NS.media,
  rdf: NS.rdf,
  xml: NS.xml,
};

/** The XML text with its doctype (and any entity it declares) taken out. */
function withoutDoctype(text: string): string {
  const at = text.search(/<!DOCTYPE/i);
  const root = text.search(/<[a-z_]/i);
  if (at < 0 || (root >= 0 && root < at)) return text;
  const end = afterDoctype(text, at);
  // An unclosed doctype swallows the document: there is nothing to read.
  if (end < 0) throw new InputError('malformed feed: its doctype is never closed');
  return text.slice(0, at) + text.slice(end);
}

export function parseXml(text: string): DomDocument {
  const root = load(
    withoutDoctype(text),
    { xml: { xmlMode: true, decodeEntities: true } },
    false,
  ).root()[0];
  if (root === undefined) throw new Error('the XML parser returned no document');
  return root;
}

function isText(node: AnyNode): node is Text {
  const type: string = node.type;
  return type === 'text';
}

export function isTag(node: AnyNode): node is Element {
  const type: string = node.type;
  return type === 'tag';
}

export const localName = (el: Element): string => {
  const colon = el.name.indexOf(':');
  return colon < 0 ? el.name : el.name.slice(colon + 1);
};

/** The namespace of an element's name, from the nearest xmlns declaration of its prefix. */
export function namespaceOf(el: Element): string {
  const colon = el.name.indexOf(':');
  const prefix = colon < 0 ? '' : el.name.slice(0, colon);
  const key = prefix === '' ? 'xmlns' : `xmlns:${prefix}`;
  for (let node: Element | null = el; node; node = parentTag(node)) {
    const declared = node.attribs[key];
    if (declared !== undefined) return declared;
  }
  return USUAL_PREFIXES[prefix] ?? '';
}

function parentTag(el: Element): Element | null {
  const parent = el.parent;
  return parent && isTag(parent) ? parent : null;
}

/** Child elements named `local` in one of `namespaces`. */
export function kids(
  el: Element | DomDocument,
  namespaces: readonly string[],
  local: string,
): Element[] {
  const found: Element[] = [];
  for (const child of el.children) {
    if (isTag(child) && localName(child) === local && namespaces.includes(namespaceOf(child))) {
      found.push(child);
    }
  }
  return found;
}

export function kid(
  el: Element | DomDocument,
  namespaces: readonly string[],
  local: string,
): Element | null {
  for (const child of el.children) {
    if (isTag(child) && localName(child) === local && namespaces.includes(namespaceOf(child))) {
      return child;
    }
  }
  return null;
}

/** Every child element. */
export const tags = (el: Element | DomDocument): Element[] => el.children.filter(isTag);

/** The text of an element and its descendants, CDATA included, as it is (not collapsed). */
export function textIn(el: Element): string {
  let text = '';
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length) {
    const node = stack.pop();
    if (!node) break;
    if (isText(node)) text += node.data;
    else if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return text;
}

/** An element's trimmed text, or null when it has none. */
export function textOr(el: Element | null): string | null {
  if (el === null) return null;
  const text = textIn(el).trim();
  return text === '' ? null : text;
}

export const attrOf = (el: Element | null, name: string): string | null => {
  const value = el?.attribs[name]?.trim();
  return value ? value : null;
};

/** The base URL in force at an element: xml:base on it or its ancestors, against `outer`. */
export function baseOf(el: Element, outer: string | null): string | null {
  const bases: string[] = [];
  for (let node: Element | null = el; node; node = parentTag(node)) {
    const base = node.attribs['xml:base'];
    if (base) bases.push(base);
  }
  let base = outer;
  for (const relative of bases.reverse()) base = resolveUrl(relative, base);
  return base;
}

/** `href` resolved against `base`; as it is when it cannot be. */
export function resolveUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  try {
    return new URL(trimmed, base ?? undefined).href;
  } catch {
    return trimmed;
  }
}
