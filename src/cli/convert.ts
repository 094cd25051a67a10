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

/** Throws InputError for input that is not an article (empty, binary, undecodable). */
export async function convertBytes(bytes: Uint8Array, path: string | null): Promise<Article> {
  const read = readInput(bytes);
  const htmlLayouts = read.doc.kind === 'html' ? await loadHtmlLayouts() : [];
  return parseRead(read, htmlLayouts, { path });
}
