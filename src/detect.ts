/**
 * The detect stage: which layout reads this document. This is the one registry of layouts: the
 * text layouts here, the HTML layouts (src/layouts/html/index.ts) handed in by the caller, which
 * loads them only for HTML inputs. Within a kind, layouts are tried in order, most specific first;
 * the last of each kind reads anything of its kind.
 */
import type { Layout } from './layouts/layout.js';
import type { Document } from './read/document.js';
import { devdiscourseText } from './layouts/devdiscourse-text.js';
import { plainText, wireText } from './layouts/wire-text.js';

export const TEXT_LAYOUTS: readonly Layout[] = [devdiscourseText, wireText, plainText];

export function detectLayout(doc: Document, htmlLayouts: readonly Layout[]): Layout | null {
  const layouts = doc.kind === 'html' ? htmlLayouts : TEXT_LAYOUTS;
  return layouts.find((layout) => layout.matches(doc)) ?? null;
}
