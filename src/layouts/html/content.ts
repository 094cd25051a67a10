/**
 * Where a news page keeps its story: the element marked articleBody, else the <article> holding
 * the most paragraph text (pages list related stories as <article>s too), else <main>, else the
 * densest block — the element whose paragraphs hold the most text. The densest block wins over
 * an <article> or <main> that holds clearly less: a rail of teaser <article>s beside the story.
 */
import { isBoilerplate } from './boilerplate.js';
import type { Element, ParentNode } from './dom.js';
import { findAll, findFirst, holds, textOf } from './dom.js';
import type { Page } from './page.js';

// Shorter "paragraphs" are captions, buttons and teasers, not story text.
const MIN_PARAGRAPH = 40;

/** A paragraph's text length, each measured once: candidates overlap and are scored in turn. */
type Measure = (p: Element) => number;

function measurer(): Measure {
  const lengths = new Map<Element, number>();
  return (p) => {
    let length = lengths.get(p);
    if (length === undefined) {
      length = textOf(p).length;
      lengths.set(p, length);
    }
    return length;
  };
}

function paragraphText(scope: ParentNode, measure: Measure): number {
  let total = 0;
  for (const p of findAll(scope, (el) => el.name === 'p')) {
    const length = measure(p);
    if (length >= MIN_PARAGRAPH) total += length;
  }
  return total;
}

function richest(candidates: readonly Element[], measure: Measure): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const candidate of candidates) {
    const score = paragraphText(candidate, measure);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The element that directly holds the most paragraph text; a paragraph counts for its parent in
 * full and for its grandparent by half, as stories often wrap each paragraph in a box — unless
 * the box is an <article>, an item of its own (a teaser in a list of them).
 */
function densest(root: ParentNode, measure: Measure): Element | null {
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
    const length = measure(p);
    if (length < MIN_PARAGRAPH) continue;
    credit(p.parent, length);
    const box = p.parent;
    if (box && !('name' in box && box.name === 'article')) credit(box.parent, length / 2);
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
function storyWithin(outer: Element, measure: Measure): Element {
  const inner = densest(outer, measure);
  if (inner === null || inner === outer) return outer;
  const share = paragraphText(inner, measure) / paragraphText(outer, measure);
  return share >= STORY_SHARE ? inner : outer;
}

// How many times the paragraph text of an <article> or <main> the densest block elsewhere must
// hold to be taken instead: teaser cards are <article>s too, beside a story in a plain <div>.
const CLEARLY_MORE = 2;

export function findContainer(page: Page): Element | null {
  const marked = page.itemprops.get('articlebody');
  const measure = measurer();
  if (marked && marked.length > 0) return richest(marked, measure) ?? marked[0] ?? null;
  const dense = densest(page.root, measure);
  const outer = richest(page.articles, measure) ?? richest(page.mains, measure);
  if (outer) {
    const elsewhere =
      dense !== null &&
      !holds(outer, dense) &&
      paragraphText(dense, measure) >= CLEARLY_MORE * paragraphText(outer, measure);
    if (!elsewhere) return storyWithin(outer, measure);
  }
  return dense ?? findFirst(page.root, (el) => el.name === 'body');
}
