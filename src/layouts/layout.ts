/** What a layout is: a name, the kind of document it reads, a test that claims one, and extract. */
import type { InputKind } from '../article.js';
import type { Document } from '../read/document.js';
import type { Draft } from './draft.js';
import type { SiteName } from '../sites/profile.js';

/** Every layout's name, as reported in input.layout; each site profile has a text and an HTML one. */
export type LayoutName =
  `${SiteName}-text` | `${SiteName}-html` | 'wire-text' | 'plain-text' | 'generic-html';

export interface Layout {
  name: LayoutName;
  kind: InputKind;
  /** Whether this layout claims the document; layouts are asked in order, the first wins. */
  matches(doc: Document): boolean;
  extract(doc: Document): Draft;
}
