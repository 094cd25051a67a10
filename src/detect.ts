/**
 * The detect stage: which layout reads this document. This is the one registry of layouts: the
 * text layouts here, the HTML layouts (src/layouts/html/index.ts) handed in by the caller, which
 * loads them only for HTML inputs. Within a kind, layouts are tried in order, most specific first:
 * each site profile's (src/sites/index.ts), then the general ones; the last of each kind reads
 * anything of its kind.
 */
import type { Layout } from './layouts/layout.js';
import type { Document } from './read/document.js';
import { siteText } from './layouts/site-text.js';
import { plainText, wireText } from './layouts/wire-text.js';
import { SITES } from './sites/index.js';

export const TEXT_LAYOUTS: readonly Layout[] = [...SITES.map(siteText), wireText, plainText];

export function detectLayout(doc: Document, htmlLayouts: readonly Layout[]): Layout | null {
  const layouts = doc.kind === 'html' ? htmlLayouts : TEXT_LAYOUTS;
  return layouts.find((layout) => layout.matches(doc)) ?? null;
}
