/**
 * The article a page describes in JSON-LD: a NewsArticle (or kin) at the top of a script, inside
 * an array, or among the nodes of an @graph, with authors given inline or by @id reference.
 */
import { decodeHTML } from 'entities';
import { collapseSpaces } from '../../text/clean.js';

export interface LdPerson {
  name: string;
  /** "person" or "organization" when the page says; null for a bare string. */
  kind: 'person' | 'organization' | null;
}

export interface LdArticle {
  headline: string | null;
  description: string | null;
  datePublished: string | null;
  dateModified: string | null;
  authors: LdPerson[];
  publisher: string | null;
  /** inLanguage, as stated ("en-IN", or a Language node's name or alternateName). */
  language: string | null;
  /** The article's own address: url, else mainEntityOfPage's. */
  url: string | null;
  keywords: string[];
  imageCaption: string | null;
  dateline: string | null;
  articleBody: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = new Set([
  'newsarticle',
  'article',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'backgroundnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'blogposting',
  'liveblogposting',
  'report',
]);
// A page's JSON-LD is small; this bounds the work on a hostile one.
const MAX_NODES = 5000;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseLoose(text: string): Json | undefined {
  // Some pages wrap the JSON in a comment or CDATA section.
  const body = text
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '');
  try {
    return JSON.parse(body) as Json;
  } catch {
    // Raw line breaks inside strings are the usual fault; outside strings they are only space.
    try {
      return JSON.parse(body.replace(/[\r\n\t]/g, ' ')) as Json;
    } catch {
      return undefined;
    }
  }
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1).toLowerCase());
}

/** Every object in the parsed scripts, breadth first: arrays, @graph and nested values. */
function nodesOf(roots: Json[]): JsonObject[] {
  const nodes: JsonObject[] = [];
  const queue: Json[] = [...roots];
  for (let i = 0; i < queue.length && nodes.length < MAX_NODES; i++) {
    const value = queue[i];
    if (Array.isArray(value)) {
      for (const item of value) queue.push(item);
    } else if (isObject(value)) {
      nodes.push(value);
      for (const child of Object.values(value)) if (typeof child === 'object') queue.push(child);
    }
  }
  return nodes;
}

function clean(value: Json | undefined): string | null {
  if (typeof value !== 'string') return null;
  const text = collapseSpaces(value.includes('&') ? decodeHTML(value) : value);
  return text === '' ? null : text;
}

function resolve(value: Json | undefined, byId: ReadonlyMap<string, JsonObject>): Json | undefined {
  if (!isObject(value)) return value;
  const id = value['@id'];
  if (typeof id === 'string' && Object.keys(value).length === 1) return byId.get(id) ?? value;
  return value;
}

function people(value: Json | undefined, byId: ReadonlyMap<string, JsonObject>): LdPerson[] {
  const list = Array.isArray(value) ? value : [value];
  const found: LdPerson[] = [];
  for (const item of list) {
    const entry = resolve(item, byId);
    if (typeof entry === 'string') {
      const name = clean(entry);
      if (name !== null && !/^https?:/i.test(name)) found.push({ name, kind: null });
    } else if (isObject(entry)) {
      const name = clean(entry.name);
      const types = typesOf(entry);
      const kind = types.includes('person')
        ? 'person'
        : types.some((t) => t.includes('organization') || t === 'newsmediaorganization')
          ? 'organization'
          : null;
      if (name !== null) found.push({ name, kind });
    }
  }
  return found;
}

function keywords(value: Json | undefined): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return list.map((k) => clean(k)).filter((k): k is string => k !== null);
}

function imageCaption(
  value: Json | undefined,
  byId: ReadonlyMap<string, JsonObject>,
): string | null {
  const first = resolve(Array.isArray(value) ? value[0] : value, byId);
  return isObject(first) ? clean(first.caption) : null;
}

function description(article: JsonObject, nodes: readonly JsonObject[]): string | null {
  const own = clean(article.description);
  if (own !== null) return own;
  // Yoast and kin put the description on the WebPage node the article belongs to.
  const page = nodes.find((n) => typesOf(n).includes('webpage') && clean(n.description) !== null);
  return page ? clean(page.description) : null;
}

/** inLanguage: "en", or { "@type": "Language", "name": "English", "alternateName": "en" }. */
function language(value: Json | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (!isObject(first)) return clean(first);
  return clean(first.alternateName) ?? clean(first.name);
}

/** The article's address: its url, else the page it is the main entity of. */
function ownUrl(article: JsonObject): string | null {
  const main = article.mainEntityOfPage;
  const mainUrl = isObject(main) ? (clean(main['@id']) ?? clean(main.url)) : clean(main);
  return clean(article.url) ?? mainUrl;
}

/** The first article described by the page's JSON-LD scripts, or null. */
export function readJsonLd(scripts: readonly string[]): LdArticle | null {
  const roots = scripts.map(parseLoose).filter((v): v is Json => v !== undefined);
  if (roots.length === 0) return null;
  const nodes = nodesOf(roots);
  const article = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t)));
  if (!article) return null;
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && !byId.has(id) && Object.keys(node).length > 1) byId.set(id, node);
  }
  const publisher = people(article.publisher, byId)[0]?.name ?? null;
  return {
    headline: clean(article.headline) ?? clean(article.name),
    description: description(article, nodes),
    datePublished: clean(article.datePublished),
    dateModified: clean(article.dateModified),
    authors: people(article.author, byId),
    publisher,
    language: language(article.inLanguage),
    url: ownUrl(article),
    keywords: keywords(article.keywords),
    imageCaption: imageCaption(article.image, byId),
    dateline: clean(article.dateline),
    articleBody: typeof article.articleBody === 'string' ? article.articleBody : null,
  };
}
