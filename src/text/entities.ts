/**
 * Text escaped twice by its publisher: "&amp;quot;" in the page reads "&quot;" once decoded.
 * What is left is decoded once more, but only where it is plainly an entity (a known name or a
 * character number, closed by its semicolon), so "AT&T" or "Q&A;" stay as printed.
 */
import { decodeHTMLStrict } from 'entities';

// "&quot;", "&#39;", "&#x2019;": a reference closed by its semicolon.
const REFERENCE = /&(?:[a-z][a-z\d]{1,31}|#\d{1,7}|#x[\da-f]{1,6});/gi;

export function decodeLeftoverEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (reference) => {
    const decoded = decodeHTMLStrict(reference);
    // An unknown name decodes to itself; a number may name no character (U+FFFD).
    return decoded === reference || decoded === '\ufffd' ? reference : decoded;
  });
}
