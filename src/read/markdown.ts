/**
 * Markdown read as the text it shows: a document that opens with YAML front matter (as
 * `-f md` writes) or a level-one heading ("# Title") loses its front matter, heading marks,
 * quote marks, emphasis and escapes, so the layouts meet plain copy: the heading is the
 * headline, the front matter is no part of the body.
 */

const FRONT_MATTER = /^---\r?\n/;
const FRONT_MATTER_END = /\r?\n---[ \t]*(?:\r?\n|$)/;
const HEADING = /^#{1,6}[ \t]+/;
const QUOTE = /^>[ \t]?/;
const RULE = /^(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$/;
// Markdown's escapable characters: ASCII punctuation.
const ESCAPE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;
const STRONG = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g;
const EMPHASIS = /(?<![\w*])\*(?=\S)([^*\n]+)(?<=\S)\*(?![\w*])/g;
const UNDERSCORE_EMPHASIS = /\b_(?=\S)([^_\n]+)(?<=\S)_\b/g;
const CODE = /`([^`\n]+)`/g;

/** "Title ##" → "Title": a heading's optional closing hashes. */
function withoutClosingHashes(line: string): string {
  const end = line.trimEnd();
  let k = end.length;
  while (k > 0 && end.charAt(k - 1) === '#') k--;
  if (k === end.length || (k > 0 && end.charAt(k - 1) !== ' ' && end.charAt(k - 1) !== '\t'))
    return line;
  return end.slice(0, k).trimEnd();
}

function firstLine(text: string): string {
  const start = text.trimStart();
  const end = start.indexOf('\n');
  return end < 0 ? start : start.slice(0, end);
}

/** Whether the text is a Markdown document: front matter, or a "# Title" first line. */
export function isMarkdownDocument(text: string): boolean {
  if (FRONT_MATTER.test(text)) return FRONT_MATTER_END.test(text.slice(3));
  return /^#[ \t]+\S/.test(firstLine(text));
}

function inline(line: string): string {
  // Emphasis first, then escapes, so that an escaped "\*" stays a star.
  const marked = line.includes('*') || line.includes('_') || line.includes('`');
  const plain = marked
    ? line
        .replace(CODE, '$1')
        .replace(STRONG, '$2')
        .replace(EMPHASIS, '$1')
        .replace(UNDERSCORE_EMPHASIS, '$1')
    : line;
  return plain.includes('\\') ? plain.replace(ESCAPE, '$1') : plain;
}

/** The document as plain text: no front matter, no block or inline marks. */
export function markdownToText(text: string): string {
  let body = text;
  if (FRONT_MATTER.test(body)) {
    const end = FRONT_MATTER_END.exec(body.slice(3));
    if (end) body = body.slice(3 + end.index + end[0].length);
  }
  return body
    .split('\n')
    .map((raw) => {
      const line = raw.replace(/\r$/, '');
      if (RULE.test(line.trim())) return '';
      if (HEADING.test(line)) return inline(withoutClosingHashes(line.replace(HEADING, '')));
      if (QUOTE.test(line)) return inline(line.replace(QUOTE, ''));
      return inline(line);
    })
    .join('\n');
}
