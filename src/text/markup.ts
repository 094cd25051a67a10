/**
 * Feed bodies pasted as text sometimes still carry HTML: "<p>…</p>", "&amp;", "&#8217;".
 * Block tags become paragraph breaks, other tags go, entities are decoded.
 */
import { decodeHTML } from 'entities';

const TAG_NAMES =
  'p|br|div|span|[abiu]|em|strong|small|sup|sub|li|ul|ol|h[1-6]|blockquote|figure|figcaption|img|table|thead|tbody|tr|td|th|section|article|header|footer|font|center|hr|iframe|script|style';
const KNOWN_TAG = new RegExp(`</?(?:${TAG_NAMES})\\b[^<>]*>`, 'i');
const BLOCK_TAG =
  /<\/?(?:p|div|li|ul|ol|h[1-6]|blockquote|figure|figcaption|table|tr|section|article|header|footer|hr|center)\b[^<>]*>/gi;
const BREAK_TAG = /<br\b[^<>]*>/gi;
const ANY_TAG = /<\/?[a-z][^<>]*>/gi;
const ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

export function hasMarkup(text: string): boolean {
  return (text.includes('<') && KNOWN_TAG.test(text)) || (text.includes('&') && ENTITY.test(text));
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

/** Text without tags and with entities decoded; paragraph structure kept as blank lines. */
export function stripMarkup(text: string): string {
  let out = text;
  if (KNOWN_TAG.test(out)) {
    out = dropScriptsAndStyles(out)
      .replace(BLOCK_TAG, '\n\n')
      .replace(BREAK_TAG, '\n')
      .replace(ANY_TAG, '');
  }
  return ENTITY.test(out) ? decodeHTML(out) : out;
}
