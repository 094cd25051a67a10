/**
 * The byline and stamps a page prints for readers, read when its metadata states none:
 * <time datetime> elements on the story's short lines, then date lines such as
 * "By Ana Ruiz | Published 26 July 2024 10:30 GMT" above the story.
 */
import { isPageFurniture } from './outside-body.js';
import { isInline } from './byline.js';
import type { AnyNode, Element, ParentNode } from './dom.js';
import { letterKey } from '../../text/clean.js';
import { attr, classes, isElement, isInvisible, isText, textOf, walk } from './dom.js';
import { paragraphsOf } from './dom-text.js';
import { isStampText, parseMetaLine } from '../../text/meta-line.js';
import { instantOf } from '../../time/reading.js';

export interface PrintedMeta {
  /** Names credited, as printed. */
  names: string[];
  created: string | null;
  updated: string | null;
}

// A stamp stands on a short line; a <time> inside a long paragraph is a date the story mentions.
const MAX_LINE = 200;
// The story's stamps are among the first <time>s of its header; a page may hold thousands more.
const MAX_TIMES = 20;
const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;
const UPDATE_WORD = /updat|modif/i;
const PUBLISH_WORD = /publish|creat/i;

function instant(text: string): number | null {
  return instantOf(text, { field: 'check' });
}

/** Text length of the inline siblings on one side of `from`, counted up to `limit`. */
function runLength(from: AnyNode, step: (node: AnyNode) => AnyNode | null, limit: number): number {
  let length = 0;
  for (let node = step(from); node && isInline(node) && length <= limit; node = step(node)) {
    length += isText(node) ? node.data.trim().length : isElement(node) ? textOf(node).length : 0;
  }
  return length;
}

/** Whether the line a <time> is printed on (its run of inline neighbours) is short. */
function onShortLine(el: Element): boolean {
  let top: AnyNode = el;
  while (top.parent && isElement(top.parent) && isInline(top.parent)) top = top.parent;
  const own = textOf(el).length;
  const before = runLength(top, (node) => node.prev, MAX_LINE);
  const after = runLength(top, (node) => node.next, MAX_LINE);
  return own + before + after <= MAX_LINE;
}

/**
 * Marked as the modification time: by itemprop or class, or by the word printed before it. A
 * time marked both ways ("entry-date published updated", as WordPress prints an unrevised post)
 * is the publication.
 */
function marksUpdate(el: Element): boolean {
  const names = (e: ParentNode | null): string[] =>
    e !== null && isElement(e) ? [attr(e, 'itemprop') ?? '', ...classes(e)] : [];
  const marks = [...names(el), ...names(el.parent)];
  if (marks.some((name) => PUBLISH_WORD.test(name))) return false;
  const before = el.prev && isText(el.prev) ? el.prev.data : '';
  return marks.some((name) => UPDATE_WORD.test(name)) || UPDATE_WORD.test(before);
}

/** The machine-readable datetime, unless it names no offset and the printed text resolves. */
function timeValue(el: Element): string | null {
  const datetime = attr(el, 'datetime')?.trim() ?? '';
  const text = textOf(el);
  if (datetime !== '' && HAS_OFFSET.test(datetime)) return datetime;
  if (isStampText(text) && instant(text) !== null) return text;
  return datetime === '' ? null : datetime;
}

interface Stamps {
  created: string | null;
  updated: string | null;
}

/**
 * A <time> marked as an update is the modification and the first other one the publication;
 * of two unmarked ones, the earlier is the publication and the later the modification.
 */
function timeStamps(region: ParentNode): Stamps {
  const times: { value: string; update: boolean }[] = [];
  let seen = 0;
  walk(region, (node) => {
    if (seen >= MAX_TIMES || !isElement(node) || isInvisible(node) || isPageFurniture(node)) {
      return false;
    }
    if (node.name !== 'time') return true;
    seen++;
    const value = attr(node, 'datetime') === null ? null : timeValue(node);
    if (value !== null && onShortLine(node)) times.push({ value, update: marksUpdate(node) });
    return false;
  });
  const marked = times.find((t) => t.update)?.value ?? null;
  const [first, second] = times.filter((t) => !t.update).map((t) => t.value);
  if (first === undefined || marked !== null || second === undefined) {
    return { created: first ?? null, updated: marked };
  }
  const [a, b] = [instant(first), instant(second)];
  if (a === null || b === null || a === b) return { created: first, updated: null };
  return a < b ? { created: first, updated: second } : { created: second, updated: first };
}

// Headings and pictures hold no date line, though a title-cased headline or caption may read
// like one ("By Invitation Only").
const NOT_DATE_LINES = new Set(['h1', 'h2', 'h3', 'figure', 'figcaption']);

const skipLine = (el: Element): boolean => NOT_DATE_LINES.has(el.name) || isPageFurniture(el);

/** Date lines in `region` above the story's first paragraph. */
function lineMeta(region: ParentNode, firstParagraph: string | undefined): PrintedMeta {
  const found: PrintedMeta = { names: [], created: null, updated: null };
  const stop = firstParagraph === undefined ? null : letterKey(firstParagraph);
  for (const line of paragraphsOf(region, skipLine)) {
    if (stop !== null && letterKey(line) === stop) break;
    const meta = parseMetaLine(line);
    if (meta === null) continue;
    if (found.names.length === 0) found.names = meta.names;
    found.created ??= meta.created;
    found.updated ??= meta.updated;
  }
  return found;
}

export function printedMeta(region: ParentNode, firstParagraph: string | undefined): PrintedMeta {
  const times = timeStamps(region);
  const lines = lineMeta(region, firstParagraph);
  return {
    names: lines.names,
    created: times.created ?? lines.created,
    updated: times.updated ?? lines.updated,
  };
}
