/**
 * XML for feeds: parsed with htmlparser2 (through cheerio's light build) in XML mode, which never
 * reads a DTD, never fetches anything and knows only XML's five entities and character
 * references — so an external entity (XXE) or an entity bomb (billion laughs) is inert text.
 * The doctype is taken out before parsing so that its internal subset is not left as stray text.
 * Names are matched by namespace and local name, whatever prefix a feed chose.
 */
import { load } from 'cheerio/slim';
import type { AnyNode, Document as DomDocument, Element, Text } from 'domhandler';
import type { Warning } from '../article.js';
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

/** The XML text with its doctype taken out, and the entities it declares, which are never expanded. */
function withoutDoctype(text: string): { text: string; ignored: string[] } {
  const at = text.search(/<!DOCTYPE/i);
  const root = text.search(/<[a-z_]/i);
  if (at < 0 || (root >= 0 && root < at)) return { text, ignored: [] };
  const end = afterDoctype(text, at);
  // An unclosed doctype swallows the document: there is nothing to read.
  if (end < 0) throw new InputError('malformed', 'malformed feed: its doctype is never closed');
  const declared = new Set<string>();
  for (const m of text.slice(at, end).matchAll(/<!ENTITY\s+(?:%\s+)?([\w.:-]+)/gi)) {
    if (m[1]) declared.add(m[1]);
  }
  let rest = text.slice(end);
  // A reference to a declared entity stands for nothing here: it is dropped, not left as text.
  if (declared.size > 0) {
    rest = rest.replace(/&([a-z_][\w.:-]*);/gi, (ref, name: string) =>
      declared.has(name) ? '' : ref,
    );
  }
  return { text: text.slice(0, at) + rest, ignored: [...declared] };
}

// As for HTML pages (layouts/html/prepare.ts): htmlparser2 shifts its stack of open elements at
// every tag, so a document nested 100,000 deep would take seconds; no feed nests this deep.
const MAX_DEPTH = 256;

/** Tags that would open below MAX_DEPTH dropped, with their closing tags; content kept. */
export function capDepth(xml: string): string {
  const parts: string[] = [];
  let depth = 0;
  let dropped = 0;
  let kept = 0;
  let at = xml.indexOf('<');
  while (at >= 0) {
    let end: number;
    if (xml.startsWith('<!--', at)) end = xml.indexOf('-->', at) + 2;
    else if (xml.startsWith('<![CDATA[', at)) end = xml.indexOf(']]>', at) + 2;
    else end = xml.indexOf('>', at);
    if (end < at) break;
    const second = xml.charCodeAt(at + 1);
    const closing = second === 47; // "/"
    const markup = second === 33 || second === 63; // "!", "?"
    let drop = false;
    if (closing) {
      if (dropped > 0) {
        dropped--;
        drop = true;
      } else depth--;
    } else if (!markup && xml.charCodeAt(end - 1) !== 47) {
      if (depth >= MAX_DEPTH) {
        dropped++;
        drop = true;
      } else depth++;
    }
    if (drop) {
      parts.push(xml.slice(kept, at));
      kept = end + 1;
    }
    at = xml.indexOf('<', end + 1);
  }
  if (kept === 0) return xml;
  parts.push(xml.slice(kept));
  return parts.join('');
}

export interface ParsedXml {
  doc: DomDocument;
  warnings: Warning[];
}

export function parseXml(text: string): ParsedXml {
  const { text: xml, ignored } = withoutDoctype(text);
  const options = { xml: { xmlMode: true, decodeEntities: true } };
  const root = load(capDepth(xml), options, false).root()[0];
  if (root === undefined) throw new Error('the XML parser returned no document');
  const warnings: Warning[] = ignored.length
    ? [
        {
          code: 'feed-entities-ignored',
          message: `the feed's doctype declares entities (${ignored.slice(0, 3).join(', ')}${ignored.length > 3 ? ', …' : ''}); they are never expanded`,
        },
      ]
    : [];
  return { doc: root, warnings };
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
