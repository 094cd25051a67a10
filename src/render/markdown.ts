/**
 * Markdown: YAML front matter with the metadata, then the story as a person would read it.
 * Every front-matter string is a double-quoted YAML scalar, so colons, quotes and hashes in a
 * headline stay data; text in the body is escaped where Markdown would read it as markup.
 */
import type { Article, Timestamp } from '../article.js';
import type { Renderer } from './index.js';

// YAML forbids C0/C1 controls in a document; U+2028/9 are line breaks to YAML 1.1 readers.
const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029]/g;

/** A double-quoted YAML scalar; JSON's string syntax is a subset of YAML's. */
export function yamlString(text: string): string {
  return JSON.stringify(text).replace(
    YAML_UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function yamlValue(value: string | number | null): string {
  if (value === null) return 'null';
  return typeof value === 'number' ? String(value) : yamlString(value);
}

function yamlList(key: string, items: readonly string[]): string[] {
  if (items.length === 0) return [`${key}: []`];
  return [`${key}:`, ...items.map((item) => `  - ${yamlString(item)}`)];
}

/** ISO time with the printed offset, or the text as printed when it was never resolved. */
function stampValue(stamp: Timestamp | null): string | null {
  return stamp ? (stamp.iso ?? stamp.text) : null;
}

function frontMatter(article: Article): string[] {
  const { image, dateline, input } = article;
  const lines = [
    `headline: ${yamlString(article.headline)}`,
    `summary: ${yamlValue(article.summary)}`,
    `agency: ${yamlValue(article.agency)}`,
    `author: ${yamlValue(article.author)}`,
    `location: ${yamlValue(article.location)}`,
    `created: ${yamlValue(stampValue(article.created))}`,
    `updated: ${yamlValue(stampValue(article.updated))}`,
    `site: ${yamlValue(article.site)}`,
    `url: ${yamlValue(article.url)}`,
    `language: ${yamlValue(article.language)}`,
    ...yamlList('countries', article.countries),
    ...yamlList('tags', article.tags),
  ];
  if (image) {
    lines.push(
      'image:',
      `  caption: ${yamlValue(image.caption)}`,
      `  credit: ${yamlValue(image.credit)}`,
    );
  }
  if (dateline) lines.push(`dateline: ${yamlString(dateline.text)}`);
  lines.push(`wordCount: ${article.wordCount}`);
  if (article.warnings.length) {
    lines.push('warnings:');
    for (const warning of article.warnings) {
      lines.push(
        `  - code: ${yamlString(warning.code)}`,
        `    message: ${yamlString(warning.message)}`,
      );
    }
  }
  lines.push(
    'input:',
    `  path: ${yamlValue(input.path)}`,
    `  kind: ${yamlString(input.kind)}`,
    `  layout: ${yamlString(input.layout)}`,
    `schemaVersion: ${article.schemaVersion}`,
  );
  return lines;
}

// Characters that open inline markup anywhere in a line (emphasis, code, links, HTML, GFM ~~).
const INLINE = new Set(['\\', '`', '*', '_', '[', ']', '<', '~']);
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/** Backslashes before inline markup; an underscore inside a word (snake_case) is no markup. */
function escapeInline(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    const intraword = char === '_' && isWordChar(text[i - 1]) && isWordChar(text[i + 1]);
    if (INLINE.has(char) && !intraword) out += '\\';
    out += char;
  }
  return out;
}
// Line starts that open a block: heading, quote, list item, thematic break.
const BLOCK_START = /^(?:[#>+-]|\d{1,9}[.)](?= |$))/;

/** Text that Markdown shows as written, on one line. */
export function escapeMarkdown(text: string): string {
  const line = escapeInline(text.replace(/\s+/g, ' ').trim());
  const block = BLOCK_START.exec(line);
  if (!block) return line;
  // "1." → "1\." (a list item needs the dot), "#" → "\#".
  const mark = block[0];
  return /^\d/.test(mark)
    ? `${mark.slice(0, -1)}\\${mark.slice(-1)}${line.slice(mark.length)}`
    : `\\${line}`;
}

function heading(text: string): string {
  const escaped = escapeMarkdown(text);
  // A closing run of #s would be dropped as the heading's closing sequence.
  let end = escaped.length;
  while (end > 0 && escaped.charAt(end - 1) === '#') end--;
  const tail = escaped.slice(end);
  return `# ${tail ? `${escaped.slice(0, end)}\\${tail}` : escaped}`;
}

function firstParagraph(article: Article, text: string): string {
  const dateline = article.dateline?.text;
  if (!dateline || !text.startsWith(dateline)) return escapeMarkdown(text);
  const rest = text.slice(dateline.length);
  // The rest continues the line, so only inline markup needs escaping there.
  return `**${escapeMarkdown(dateline)}**${escapeInline(rest.replace(/\s+/g, ' '))}`;
}

/** One article as a Markdown document with front matter, ending with a line break. */
export function renderMarkdown(article: Article): string {
  const blocks: string[] = [heading(article.headline)];
  if (article.summary) blocks.push(`> ${escapeMarkdown(article.summary)}`);
  article.paragraphs.forEach((text, i) => {
    blocks.push(i === 0 ? firstParagraph(article, text) : escapeMarkdown(text));
  });
  if (article.credits) blocks.push(escapeMarkdown(article.credits.text));
  if (article.signOff) blocks.push(escapeMarkdown(article.signOff));
  if (article.disclaimer) blocks.push(`*${escapeMarkdown(article.disclaimer)}*`);
  return `---\n${frontMatter(article).join('\n')}\n---\n\n${blocks.join('\n\n')}\n`;
}

export function createMarkdownRenderer(): Renderer {
  let count = 0;
  return {
    extension: '.md',
    start: () => {
      count = 0;
      return '';
    },
    // In a stream each document opens with its front matter, after a blank line.
    article: (article) => `${count++ > 0 ? '\n' : ''}${renderMarkdown(article)}`,
    end: () => '',
  };
}
