import type { InputKind } from '../article.js';

// A page opens with a doctype, a root element, a comment or an XML declaration; feed text with
// stray <p> tags opens with text or a <p>.
// A comment needs no word boundary after it: browsers write "<!-- saved from url=…", and some
// sites "<!--?xml …-->".
const HTML_OPENING =
  /^<(?:!--|(?:!doctype\s+html|html|head|body|meta|title|article|main|header|div|section|\?xml)\b)/i;
const HTML_ROOT = /<(?:html|body|head)\b/i;
const SNIFF_LENGTH = 4096;

/** Whether decoded text is an HTML page, judged by its content, never by a file name. */
export function detectKind(text: string): InputKind {
  const start = text.slice(0, SNIFF_LENGTH).trimStart();
  if (!start.startsWith('<') || !HTML_OPENING.test(start)) return 'text';
  // A comment or declaration alone is not enough: a page names its root soon after.
  return /^<(?:!--|\?xml)/.test(start) && !HTML_ROOT.test(start) ? 'text' : 'html';
}
