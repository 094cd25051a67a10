/** parseArticle: every layout, text and HTML, for library users. */
import type { Article } from './article.js';
import { HTML_LAYOUTS } from './layouts/html/index.js';
import { parseWithLayouts, type ParseOptions } from './parse.js';

/**
 * Parses one article. Text is taken as it is; bytes are decoded first (UTF-8, UTF-16 with BOM,
 * Windows-1252). Throws InputError, and only InputError, when the input is not an article at all
 * (empty, binary, undecodable); everything else yields an Article, with warnings for what was odd.
 */
export function parseArticle(input: string | Uint8Array, options: ParseOptions = {}): Article {
  return parseWithLayouts(input, HTML_LAYOUTS, options);
}
