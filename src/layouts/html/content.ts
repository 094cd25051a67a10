/**
 * Where a news page keeps its story: the element marked articleBody, else the <article> holding
 * the most paragraph text (pages list related stories as <article>s too), else <main>, else the
 * densest block — the element whose paragraphs hold the most text. The densest block wins over
 * an <article> or <main> that holds clearly less: a rail of teaser <article>s beside the story.
 *
 * A paragraph is a <p>, or a line of text a block holds directly between <br>s (stories typed
 * into a blog's editor). A paragraph anywhere inside furniture (a comment thread, an aside) does
 * not count, however deep; but a box named like furniture that holds most of the page's text
 * is the story's own wrapper ("widget Blog", a layout "with-sidebar"), not furniture.
 */
import { outsideBodyBy } from './outside-body.js';
import type { AnyNode, Element, ParentNode } from './dom.js';
import { BLOCK, findFirst, holds, isElement, isInvisible, isText, walk } from './dom.js';
import type { Page } from './page.js';

// Shorter "paragraphs" are captions, buttons and teasers, not story text.
const MIN_PARAGRAPH = 40;

/** A paragraph: a <p>, or a block holding lines of text itself; and its text length. */
interface Unit {
  owner: Element;
  length: number;
  /** Whether `owner` is a paragraph (credited to its parent) or the block holding the lines. */
  isP: boolean;
}

/** The length of an element's text outside links: a list of links is no paragraph. */
function ownText(el: Element): number {
  let length = 0;
  walk(el, (node) => {
    if (isText(node)) length += node.data.trim().length;
    return isElement(node) && node.name !== 'a' && !isInvisible(node);
  });
  return length;
}

/**
 * The lengths of the lines a block holds itself: text and inline elements, up to a <br> or a
 * block. Whether it holds blocks too is told, as a box of inline text alone is a paragraph.
 */
function runLengths(block: Element): { lengths: number[]; boxes: boolean } {
  const lengths: number[] = [];
  let boxes = false;
  let length = 0;
  const end = (): void => {
    if (length >= MIN_PARAGRAPH) lengths.push(length);
    length = 0;
  };
  for (const child of block.children) {
    if (isText(child)) {
      length += child.data.trim().length;
    } else if (isElement(child)) {
      const isBlock = BLOCK.has(child.name);
      boxes ||= isBlock;
      if (isBlock || child.name === 'br') end();
      else if (child.name !== 'a' && !isInvisible(child)) length += ownText(child);
    }
  }
  end();
  return { lengths, boxes };
}

type Sign = 'structure' | 'name' | 'weak';

/**
 * How much of the text outside surer furniture a box with each sign must hold to be taken for
 * the story's own wrapper instead: never by structure (an aside, a list of links), by two
 * thirds when named like furniture, by half when the sign is weak.
 */
const TIERS: readonly (readonly [Sign, number])[] = [
  ['structure', Infinity],
  ['name', 2 / 3],
  ['weak', 1 / 2],
];

/**
 * Every paragraph of the page, and which count: those outside furniture. The signs of
 * furniture are weighed surest first; a box that holds most of the text left by the surer ones
 * is the story's own wrapper, whatever its name says (never an ancestor of the story).
 */
class Survey {
  /** Text under each element outside all furniture: what the story's candidates hold. */
  private readonly heldStory = new Map<Element, number>();
  /** The paragraphs that count: those outside furniture and apparatus. */
  readonly story: readonly Unit[];

  constructor(root: ParentNode) {
    let units: Unit[] = [];
    walk(root, (node: AnyNode) => {
      if (!isElement(node) || isInvisible(node)) return false;
      if (node.name === 'p') {
        const length = ownText(node);
        if (length >= MIN_PARAGRAPH) units.push({ owner: node, length, isP: true });
        return false;
      }
      if (BLOCK.has(node.name)) {
        // One line of inline text in a box of its own is a paragraph written with a <div>.
        const { lengths, boxes } = runLengths(node);
        const isP = node.name === 'div' && lengths.length === 1 && !boxes;
        for (const length of lengths) units.push({ owner: node, length, isP });
      }
      return true;
    });
    // Each element's sign, judged once for all tiers (a link share walks the element).
    const signs = new Map<Element, ReturnType<typeof outsideBodyBy>>();
    const signOf = (el: Element): ReturnType<typeof outsideBodyBy> => {
      let sign = signs.get(el);
      if (sign === undefined) {
        sign = outsideBodyBy(el);
        signs.set(el, sign);
      }
      return sign;
    };
    for (const [sign, share] of TIERS) {
      const held = new Map<Element, number>();
      const total = addUp(units, held);
      const memo = new Map<ParentNode, boolean>();
      const test = (el: Element): boolean =>
        signOf(el) === sign && (held.get(el) ?? 0) < share * total;
      units = units.filter((u) => !within(u.owner, memo, test));
    }
    this.story = units;
    addUp(units, this.heldStory);
  }

  /** Story paragraph text inside `scope`. */
  textIn(scope: Element): number {
    return this.heldStory.get(scope) ?? 0;
  }
}

/** Whether `node` or anything around it passes `test`, remembered for every element passed. */
function within(
  node: ParentNode,
  memo: Map<ParentNode, boolean>,
  test: (el: Element) => boolean,
): boolean {
  const path: ParentNode[] = [];
  let answer = false;
  for (let at: ParentNode | null = node; at && 'name' in at; at = at.parent) {
    const known = memo.get(at);
    if (known !== undefined) {
      answer = known;
      break;
    }
    path.push(at);
    if (test(at)) {
      answer = true;
      break;
    }
  }
  for (const el of path) memo.set(el, answer);
  return answer;
}

/** Adds each unit's length to its owner and every element around it; returns the sum. */
function addUp(units: readonly Unit[], held: Map<Element, number>): number {
  let total = 0;
  for (const unit of units) {
    total += unit.length;
    for (let el: ParentNode | null = unit.owner; el && 'name' in el; el = el.parent) {
      held.set(el, (held.get(el) ?? 0) + unit.length);
    }
  }
  return total;
}

function richest(candidates: readonly Element[], survey: Survey): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const candidate of candidates) {
    const score = survey.textIn(candidate);
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
function densest(survey: Survey, scope: ParentNode | null): Element | null {
  const score = new Map<Element, number>();
  const credit = (el: ParentNode | null, points: number): void => {
    if (el === null || !('name' in el)) return;
    score.set(el, (score.get(el) ?? 0) + points);
  };
  for (const unit of survey.story) {
    if (scope !== null && !holds(scope, unit.owner)) continue;
    const box = unit.isP ? unit.owner.parent : unit.owner;
    credit(box, unit.length);
    if (box && !('name' in box && box.name === 'article')) credit(box.parent, unit.length / 2);
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
function storyWithin(outer: Element, survey: Survey): Element {
  const inner = densest(survey, outer);
  if (inner === null || inner === outer) return outer;
  const share = survey.textIn(inner) / survey.textIn(outer);
  return share >= STORY_SHARE ? inner : outer;
}

// How many times the paragraph text of an <article> or <main> the densest block elsewhere must
// hold to be taken instead: teaser cards are <article>s too, beside a story in a plain <div>.
const CLEARLY_MORE = 2;

export function findContainer(page: Page): Element | null {
  const marked = page.itemprops.get('articlebody');
  const survey = new Survey(page.root);
  if (marked && marked.length > 0) return richest(marked, survey) ?? marked[0] ?? null;
  const dense = densest(survey, null);
  const outer = richest(page.articles, survey) ?? richest(page.mains, survey);
  if (outer) {
    const elsewhere =
      dense !== null &&
      !holds(outer, dense) &&
      survey.textIn(dense) >= CLEARLY_MORE * survey.textIn(outer);
    if (!elsewhere) return storyWithin(outer, survey);
  }
  return dense ?? findFirst(page.root, (el) => el.name === 'body');
}
