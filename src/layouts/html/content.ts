/**
 * Where a news page keeps its story: the element marked articleBody, else the <article> holding
 * the most paragraph text (pages list related stories as <article>s too), else <main>, else the
 * densest block — the element whose paragraphs hold the most text.
 */
import { isBoilerplate } from './boilerplate.js';
import type { Element, ParentNode } from './dom.js';
import { findAll, findFirst, textOf } from './dom.js';
import type { Page } from './page.js';

// Shorter "paragraphs" are captions, buttons and teasers, not story text.
const MIN_PARAGRAPH = 40;

function paragraphText(scope: ParentNode): number {
  let total = 0;
  for (const p of findAll(scope, (el) => el.name === 'p')) {
    const length = textOf(p).length;
    if (length >= MIN_PARAGRAPH) total += length;
  }
  return total;
}

function richest(candidates: readonly Element[]): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const candidate of candidates) {
    const score = paragraphText(candidate);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The element that directly holds the most paragraph text; a paragraph counts for its parent in
 * full and for its grandparent by half, as stories often wrap each paragraph in a box.
 */
function densest(root: ParentNode): Element | null {
  const score = new Map<Element, number>();
  const furniture = new Map<Element, boolean>();
  const credit = (el: ParentNode | null, points: number): void => {
    if (el === null || !('name' in el)) return;
    let skip = furniture.get(el);
    if (skip === undefined) {
      skip = isBoilerplate(el);
      furniture.set(el, skip);
    }
    if (!skip) score.set(el, (score.get(el) ?? 0) + points);
  };
  for (const p of findAll(root, (el) => el.name === 'p')) {
    const length = textOf(p).length;
    if (length < MIN_PARAGRAPH) continue;
    credit(p.parent, length);
    credit(p.parent?.parent ?? null, length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, points] of score) {
    if (points > bestScore) {
      best = el;
      bestScore = points;
    }
  }
  return best;
}

// Share of an element's paragraph text a box inside it must hold to be taken as the story.
const STORY_SHARE = 0.8;

/**
 * The story box inside an <article> or <main>, which also hold the headline, the byline and
 * the picture: the densest block, when it holds nearly all the paragraph text.
 */
function storyWithin(outer: Element): Element {
  const inner = densest(outer);
  if (inner === null || inner === outer) return outer;
  return paragraphText(inner) >= STORY_SHARE * paragraphText(outer) ? inner : outer;
}

export function findContainer(page: Page): Element | null {
  const marked = page.itemprops.get('articlebody');
  if (marked && marked.length > 0) return richest(marked) ?? marked[0] ?? null;
  const outer = richest(page.articles) ?? richest(page.mains);
  if (outer) return storyWithin(outer);
  return densest(page.root) ?? findFirst(page.root, (el) => el.name === 'body');
}
