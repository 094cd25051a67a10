import type { InputKind } from '../article.js';

/** A decoded document handed to layouts. */
export interface Document {
  text: string;
  kind: InputKind;
  /** The text split into space-collapsed lines (text documents only; empty for HTML). */
  lines: readonly string[];
}
