/**
 * An article container as paragraphs, the way a reader sees them:
 * - every block (p, div, li, h2, blockquote…) is a paragraph of its own; inline markup joins;
 * - a <br> ends a line, and a line is a paragraph, as in a plain-text copy;
 * - a list item is a paragraph, without a bullet;
 * - a table row is a paragraph of its cells joined by " | ";
 * - an embedded post (a tweet's blockquote) gives its text and its attribution line.
 */
import type { Element, ParentNode } from './dom.js';
import { BLOCK, isElement, isInvisible, isText, textOf, walk } from './dom.js';
import { collapseSpaces } from '../../text/clean.js';

const CELL_SEPARATOR = ' | ';

function rowText(row: Element): string {
  const cells: string[] = [];
  for (const cell of row.children) {
    if (!isElement(cell) || (cell.name !== 'td' && cell.name !== 'th') || isInvisible(cell))
      continue;
    const text = textOf(cell);
    if (text !== '') cells.push(text);
  }
  return cells.join(CELL_SEPARATOR);
}

/** Paragraphs under `container`, leaving out whatever `skip` rejects (with its content). */
export function paragraphsOf(container: ParentNode, skip: (el: Element) => boolean): string[] {
  const paragraphs: string[] = [];
  let parts: string[] = [];
  const flush = (): void => {
    if (parts.length === 0) return;
    const text = collapseSpaces(parts.join(''));
    if (text !== '') paragraphs.push(text);
    parts = [];
  };
  walk(
    container,
    (node) => {
      if (isText(node)) {
        parts.push(node.data);
        return false;
      }
      if (!isElement(node)) return false;
      const block = BLOCK.has(node.name);
      if (isInvisible(node) || skip(node)) {
        if (block) flush();
        return false;
      }
      if (node.name === 'br') {
        flush();
        return false;
      }
      if (node.name === 'tr') {
        flush();
        const row = rowText(node);
        if (row !== '') paragraphs.push(row);
        return false;
      }
      if (block) flush();
      return true;
    },
    (el) => {
      if (BLOCK.has(el.name)) flush();
    },
  );
  flush();
  return paragraphs;
}
