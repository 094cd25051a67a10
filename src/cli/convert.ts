/** One input's bytes → Article, loading the HTML layouts only for HTML inputs. */
import type { Article } from '../article.js';
import { TEXT_LAYOUTS } from '../detect.js';
import type { Layout } from '../layouts/draft.js';
import { parseRead } from '../parse.js';
import { readInput } from '../read/input.js';

let htmlLayouts: Promise<readonly Layout[]> | undefined;

function loadHtmlLayouts(): Promise<readonly Layout[]> {
  htmlLayouts ??= import('../layouts/html/index.js').then((m) => [
    ...m.HTML_LAYOUTS,
    ...TEXT_LAYOUTS,
  ]);
  return htmlLayouts;
}

/** Throws InputError for input that is not an article (empty, binary, undecodable). */
export async function convertBytes(
  bytes: Uint8Array,
  path: string | null,
  encoding: string | null = null,
): Promise<Article> {
  const read = readInput(bytes, encoding ?? undefined);
  const layouts = read.doc.kind === 'html' ? await loadHtmlLayouts() : TEXT_LAYOUTS;
  return parseRead(read, layouts, { path });
}
