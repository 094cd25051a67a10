/** One input's bytes → Article, loading the HTML layouts only for HTML inputs. */
import type { Article } from '../article.js';
import type { Layout } from '../layouts/layout.js';
import { parseRead } from '../parse.js';
import { readInput } from '../read/input.js';

let htmlLayouts: Promise<readonly Layout[]> | undefined;

function loadHtmlLayouts(): Promise<readonly Layout[]> {
  htmlLayouts ??= import('../layouts/html/index.js').then((m) => m.HTML_LAYOUTS);
  return htmlLayouts;
}

let feeds: Promise<typeof import('../feed/index.js')> | undefined;

/**
 * One input → its Article, or a feed's Articles (one per item). Throws InputError for input that
 * is not an article (empty, binary, undecodable) and for a malformed or empty feed.
 */
export async function convertInput(
  bytes: Uint8Array,
  path: string | null,
  encoding: string | null = null,
): Promise<Article | Article[]> {
  const read = readInput(bytes, encoding ?? undefined);
  if (read.feed) return (await (feeds ??= import('../feed/index.js'))).feedArticles(read, path);
  const htmlLayouts = read.doc.kind === 'html' ? await loadHtmlLayouts() : [];
  return parseRead(read, htmlLayouts, { path });
}
