/**
 * Feed bodies pasted as text sometimes still carry HTML: "<p>…</p>", "&amp;", "&#8217;".
 * Block tags become paragraph breaks, other tags go, entities are decoded.
 *
 * Tags are found by a scan and their names looked up in sets rather than by alternations of
 * names: V8 compiles a pattern on first use, and those cost most of a millisecond. The common
 * entities are decoded here too; only a text with others loads the full table (entities).
 */
import { decodeHTML } from 'entities';

// Tags that mark text as feed markup (any other <…> may be prose, like "<b>" in a formula).
const KNOWN_TAGS: ReadonlySet<string> = new Set(
  (
    'p br div span a b i u em strong small sup sub li ul ol h1 h2 h3 h4 h5 h6 blockquote figure ' +
    'figcaption img table thead tbody tr td th section article header footer font center hr ' +
    'iframe script style'
  ).split(' '),
);
const BLOCK_TAGS: ReadonlySet<string> = new Set(
  (
    'p div li ul ol h1 h2 h3 h4 h5 h6 blockquote figure figcaption table tr section article ' +
    'header footer hr center'
  ).split(' '),
);
const BREAK_TAGS: ReadonlySet<string> = new Set(['br']);
const ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

const SLASH = 0x2f;

function isWordCode(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x5f
  );
}

function isLetterCode(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
}

/**
 * Where the tag opening at `at` ("<name …>", or "</name …>" unless `openingOnly`) ends, past its
 * ">", when its name is one of `names` (null: any name starting with a letter); else -1.
 */
function tagEndAt(
  text: string,
  at: number,
  names: ReadonlySet<string> | null,
  openingOnly = false,
): number {
  let start = at + 1;
  if (!openingOnly && text.charCodeAt(start) === SLASH) start++;
  if (!isLetterCode(text.charCodeAt(start))) return -1;
  let nameEnd = start + 1;
  while (isWordCode(text.charCodeAt(nameEnd))) nameEnd++;
  if (names && !names.has(text.slice(start, nameEnd).toLowerCase())) return -1;
  const close = text.indexOf('>', nameEnd);
  const next = text.indexOf('<', nameEnd);
  return close >= 0 && (next < 0 || close < next) ? close + 1 : -1;
}

/** Every tag named in `names` (null: any tag) replaced, left to right. */
function replaceTags(
  text: string,
  names: ReadonlySet<string> | null,
  replacement: string,
  openingOnly = false,
): string {
  let out = '';
  let copied = 0;
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    const end = tagEndAt(text, at, names, openingOnly);
    if (end < 0) continue;
    out += text.slice(copied, at) + replacement;
    copied = end;
    at = end - 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function hasKnownTag(text: string): boolean {
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    if (tagEndAt(text, at, KNOWN_TAGS) >= 0) return true;
  }
  return false;
}

export function hasMarkup(text: string): boolean {
  return hasKnownTag(text) || (text.includes('&') && ENTITY.test(text));
}

/**
 * Drops <script> and <style> elements with what they hold. A scan rather than one pattern: a
 * pattern re-read the rest of the text for every opening tag left unclosed, quadratic on
 * "<script>" repeated. Once a closing tag is missing, no later opening tag can find one.
 */
function dropScriptsAndStyles(text: string): string {
  const open = /<(script|style)\b[^<>]*>/gi;
  const close = { script: /<\/script>/gi, style: /<\/style>/gi };
  const unclosed = new Set<string>();
  let out = '';
  let kept = 0;
  for (let m = open.exec(text); m !== null; m = open.exec(text)) {
    const name = (m[1] ?? '').toLowerCase() === 'style' ? 'style' : 'script';
    if (unclosed.has(name)) continue;
    const end = close[name];
    end.lastIndex = open.lastIndex;
    if (end.exec(text) === null) {
      unclosed.add(name);
      continue;
    }
    out += text.slice(kept, m.index);
    kept = end.lastIndex;
    open.lastIndex = kept;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

// The named references feeds use; each is checked against the entities package in the tests.
const COMMON_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
  ['ndash', '\u2013'],
  ['mdash', '\u2014'],
  ['lsquo', '\u2018'],
  ['rsquo', '\u2019'],
  ['ldquo', '\u201c'],
  ['rdquo', '\u201d'],
  ['hellip', '\u2026'],
  ['bull', '\u2022'],
  ['middot', '\u00b7'],
  ['copy', '\u00a9'],
  ['reg', '\u00ae'],
  ['trade', '\u2122'],
  ['deg', '\u00b0'],
  ['euro', '\u20ac'],
  ['pound', '\u00a3'],
  ['laquo', '\u00ab'],
  ['raquo', '\u00bb'],
]);
const NUMERIC_REFERENCE = /^#(?:(\d{1,7})|x([\da-f]{1,6}))$/i;

/** The character of "#8217" or "#x2019"; undefined where HTML maps it to another one. */
function numericCharacter(reference: string): string | undefined {
  const m = NUMERIC_REFERENCE.exec(reference);
  if (!m) return undefined;
  const code = m[1] === undefined ? parseInt(m[2] ?? '', 16) : Number(m[1]);
  const remapped =
    code === 0 || (code >= 0x80 && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff);
  return remapped || code > 0x10ffff ? undefined : String.fromCodePoint(code);
}

/** The text with its references decoded, when each "&" opens a common one; else null. */
function decodeCommon(text: string): string | null {
  let out = '';
  let copied = 0;
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', copied)) {
    const end = text.indexOf(';', at + 1);
    if (end < 0 || end - at > 34) return null;
    const reference = text.slice(at + 1, end);
    const character = reference.startsWith('#')
      ? numericCharacter(reference)
      : COMMON_ENTITIES.get(reference);
    if (character === undefined) return null;
    out += text.slice(copied, at) + character;
    copied = end + 1;
  }
  return out + text.slice(copied);
}

/** Text without tags and with entities decoded; paragraph structure kept as blank lines. */
export function stripMarkup(text: string): string {
  let out = text;
  if (hasKnownTag(out)) {
    out = replaceTags(dropScriptsAndStyles(out), BLOCK_TAGS, '\n\n');
    // "<br>" and "<br/>" break the line; a stray "</br>" just goes, with the other tags.
    out = replaceTags(replaceTags(out, BREAK_TAGS, '\n', true), null, '');
  }
  if (!ENTITY.test(out)) return out;
  return decodeCommon(out) ?? decodeHTML(out);
}
