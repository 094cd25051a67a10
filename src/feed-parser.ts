/** parseFeed: a feed's articles, for library users. */
import type { Article } from './article.js';
import { feedArticles } from './feed/index.js';
import type { ParseOptions } from './parse.js';
import { readInput } from './read/input.js';

/**
 * Parses a feed — RSS 2.0/1.0, Atom 1.0, JSON Feed 1.x, NITF 3.x or NewsML-G2, recognised by
 * content — into one Article per item, in order; each item's input.path is `path#N`. Throws
 * InputError when the input is not a feed (use parseArticle), is malformed, or has no items.
 */
export function parseFeed(input: string | Uint8Array, options: ParseOptions = {}): Article[] {
  return feedArticles(readInput(input), options.path ?? null);
}
