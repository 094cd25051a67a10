/** The detect stage: which layout reads this document. Layouts are tried in order. */
import type { Document, Layout } from './layouts/draft.js';
import { devdiscourseText } from './layouts/devdiscourse-text.js';
import { plainText, wireText } from './layouts/wire-text.js';

/** Layouts for plain text, most specific first; plain-text takes anything. */
export const TEXT_LAYOUTS: readonly Layout[] = [devdiscourseText, wireText, plainText];

export function detectLayout(doc: Document, layouts: readonly Layout[]): Layout | null {
  return layouts.find((layout) => layout.matches(doc)) ?? null;
}
