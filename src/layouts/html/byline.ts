/**
 * A site's byline in HTML (Devdiscourse's: spans for the source, the city and the two stamps),
 * separated by " | " as text or only by styling. Found from its stamp text; read with the site's
 * byline grammar, as the text layout reads the byline line, after its spans are put back on one
 * line.
 */
import type { AnyNode, ParentNode } from './dom.js';
import { BLOCK, isElement, isInvisible, isText, textOf } from './dom.js';
import type { BylineGrammar, SiteByline } from '../../sites/profile.js';
import { collapseSpaces } from '../../text/clean.js';
// A byline is a short line; a container this long holds more than the byline.
const MAX_LINE = 400;
const LEVELS = 3;

export function isInline(node: AnyNode): boolean {
  return !isElement(node) || (!BLOCK.has(node.name) && node.name !== 'br');
}

// Text between spans that only separates them.
const SEPARATOR = /^[\s|•·]*$/;

/**
 * The printed pieces of a node: a box of boxes gives its boxes' pieces; anything holding text
 * of its own ("Updated: <time>…</time> IST") is one piece.
 */
function pieces(node: AnyNode, into: string[]): void {
  if (isText(node)) {
    const text = collapseSpaces(node.data);
    if (text !== '') into.push(text);
    return;
  }
  if (!isElement(node) || isInvisible(node)) return;
  const boxes = node.children.every(
    (child) => isElement(child) || !isText(child) || SEPARATOR.test(child.data),
  );
  if (boxes && node.children.some(isElement)) {
    for (const child of node.children) if (isElement(child)) pieces(child, into);
    return;
  }
  const text = textOf(node);
  if (text !== '') into.push(text);
}

/** The pieces joined by pipes; literal pipes among them are kept once by the reader. */
function line(nodes: readonly AnyNode[]): string {
  const found: string[] = [];
  for (const node of nodes) pieces(node, found);
  return found.join(' | ');
}

/** The run of inline siblings around `node`: the line it is printed on. */
function inlineRun(node: AnyNode): AnyNode[] {
  let start = node;
  while (start.prev && isInline(start.prev)) start = start.prev;
  const run: AnyNode[] = [];
  for (let at: AnyNode | null = start; at && isInline(at); at = at.next) run.push(at);
  return run;
}

/**
 * The byline around the text node holding a stamp. The line it stands on is tried first; when
 * that names no source (spans laid out as blocks), the enclosing boxes are, while they stay short.
 */
export function bylineAround(
  stampText: AnyNode,
  root: ParentNode,
  grammar: BylineGrammar,
): SiteByline | null {
  let top: AnyNode = stampText;
  while (top.parent && top.parent !== root && isElement(top.parent) && isInline(top.parent)) {
    top = top.parent;
  }
  const first = grammar.read(line(inlineRun(top)));
  if (first?.credit) return first;
  let box: ParentNode | null = top.parent;
  for (let level = 0; level < LEVELS && box && box !== root && isElement(box); level++) {
    const text = line(box.children);
    if (text.length > MAX_LINE) break;
    const found = grammar.read(text);
    if (found?.credit) return found;
    box = box.parent;
  }
  return first;
}
