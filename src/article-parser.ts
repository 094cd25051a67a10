/** parseArticle: every layout, text and HTML, for library users. */
import type { Article } from './article.js';
import { HTML_LAYOUTS } from './layouts/html/index.js';
import { parseWithLayouts, type ParseOptions } from './parse.js';

/**
 * Parses one article. Text is taken as it is; bytes are decoded first, by a byte-order mark,
 * `options.encoding`, valid UTF-8, a page's declared charset or the letters of legacy text.
 * Throws InputError, and only InputError, when the input is not an article at all (empty,
 * binary, of an encoding that cannot be told); everything else yields an Article, with warnings
 * for what was odd.
 */
export function parseArticle(input: string | Uint8Array, options: ParseOptions = {}): Article {
  return parseWithLayouts(input, HTML_LAYOUTS, options);
}
