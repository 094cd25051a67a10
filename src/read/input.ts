/**
 * The read stage: bytes or a string → a Document the layouts can use, with what was learnt on
 * the way (encoding, kind, size).
 */
import type { InputKind, Warning } from '../article.js';
import type { Document } from './document.js';
import { toLines } from '../text/clean.js';
import { stripLinkReferences, stripMarkdownLinks } from '../text/link-references.js';
import { hasMarkup, stripMarkup } from '../text/markup.js';
import type { Encoding } from '../article.js';
import { detectFeed, type FeedFormat } from '../feed/detect.js';
import { decode } from './decode.js';
import { InputError } from './errors.js';
import { detectKind } from './kind.js';
import { isMarkdownDocument, markdownToText } from './markdown.js';
import { notAnArticle } from './sniff.js';

export interface ReadResult {
  doc: Document;
  bytes: number;
  encoding: Encoding;
  warnings: Warning[];
  /** The feed format when the input is a feed (then doc.text is the text as decoded). */
  feed: FeedFormat | null;
}

function toDocument(text: string, kind: InputKind): Document {
  if (kind === 'html') return { text, kind, lines: [] };
  const shown = isMarkdownDocument(text) ? markdownToText(text) : text;
  const plain = stripMarkdownLinks(
    shown.includes('References') || shown.includes(']') ? stripLinkReferences(shown) : shown,
  );
  const body = hasMarkup(plain) ? stripMarkup(plain) : plain;
  return { text: body, kind, lines: toLines(body) };
}

/** Reads text or bytes; `given` names the bytes' encoding when the caller knows it. */
export function readInput(input: string | Uint8Array, given?: string): ReadResult {
  const warnings: Warning[] = [];
  let text: string;
  let bytes: number;
  let encoding: Encoding = 'utf-8';
  if (typeof input === 'string') {
    text = input.startsWith('\ufeff') ? input.slice(1) : input;
    bytes = Buffer.byteLength(input, 'utf8');
  } else {
    const decoded = decode(input, { encoding: given });
    text = decoded.text;
    bytes = input.length;
    encoding = decoded.encoding;
    warnings.push(...decoded.warnings);
  }
  if (text.trim() === '')
    throw new InputError('empty', bytes === 0 ? 'empty file' : 'no text: only white space');
  // A feed is many articles: its text is kept as it is for the feed reader.
  const feed = detectFeed(text);
  if (feed) return { doc: { text, kind: 'text', lines: [] }, bytes, encoding, warnings, feed };
  const refusal = notAnArticle(text);
  if (refusal !== null) throw new InputError('not-article', `not an article: ${refusal}`);
  const kind = detectKind(text);
  return { doc: toDocument(text, kind), bytes, encoding, warnings, feed };
}
