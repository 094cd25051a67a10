/**
 * Text browsers (`lynx -dump`, `links -dump`) number every link in the text ("[12]Ukraine") and
 * list the addresses under "References" at the end. When that list is there, both the numbers
 * and the list go; without it a bracketed number is left alone (it may be the story's own).
 */
const REFERENCE = /^\d{1,5}\. (?:https?|ftp|file|mailto|javascript):/;
const HEADING = /\r?\n[ \t]*References[ \t]*\r?\n/g;
const MARKER = /\[(?:\d{1,5}|IMG|INLINE|BUTTON)\]/g;
// Most of what follows the heading must be numbered addresses.
const MIN_REFERENCE_SHARE = 0.8;

// Without the list (a copy cut short), a number glued to the start of a line or list item is still
// a link's: "[12]Give Feedback", "  * [3]India". A story's own "[1]" stands after a word.
const LEADING_MARKER = /^([ \t]*(?:[•*·-][ \t]+)?)\[\d{1,5}\](?=[A-Z])/gim;

export function stripLinkReferences(text: string): string {
  let at = -1;
  for (const m of text.matchAll(HEADING)) at = m.index;
  if (at < 0) return text.replace(LEADING_MARKER, '$1');
  const listed = text
    .slice(at)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(1);
  if (listed.length === 0) return text;
  const references = listed.filter((line) => REFERENCE.test(line)).length;
  if (references < listed.length * MIN_REFERENCE_SHARE) return text;
  return text.slice(0, at).replace(MARKER, '');
}

// "[Ukraine](https://…/tag/ukraine)", as html2text writes links, which wraps long ones over
// lines, address included. The brackets exclude each other and a line break ends each run of
// address characters, so no pattern here can rescan.
const ADDRESS = String.raw`\((?:https?:\/\/|\/)[^()\s]{0,2000}(?:\r?\n[^()\s]{1,2000}){0,3}\)`;
const MARKDOWN_IMAGE = new RegExp(String.raw`!\[[^[\]]{0,300}\]` + ADDRESS, 'g');
const MARKDOWN_LINK = new RegExp(String.raw`\[([^[\]]{0,300})\]` + ADDRESS, 'g');

/** Markdown links from HTML-to-text converters, reduced to their text; pictures dropped. */
export function stripMarkdownLinks(text: string): string {
  if (!text.includes('](')) return text;
  return text.replace(MARKDOWN_IMAGE, '').replace(MARKDOWN_LINK, '$1');
}
