/**
 * Republishers' notices: the closing paragraph saying the copy is an unedited or automatic
 * republication of a feed or agency story. Recognised by what they say, not by who says it.
 */
import { anyKeyed, type Keyed } from '../text/keyed.js';

// Statements that only a notice makes (tested on lower-cased text).
const STRONG: readonly Keyed[] = [
  ['auto', /\bauto(?:matically|-| )?(?:generated|published|aggregated)/],
  ['feed', /\b(?:syndicated|agency|wire|news|rss) (?:news )?feeds?/],
  ['syndicated ', /\bsyndicated (?:news|content|copy|story|service)/],
  [
    ' not been ',
    /\b(?:has|have|was|were|is) not been (?:created or )?(?:edited|modified|changed|reviewed)/,
  ],
  ['edited by', /\b(?:un|not )edited by/],
  ['without ', /\bwithout (?:any )?(?:modifications?|edit(?:s|ing)?|changes)/],
  [' no responsibility', /\b(?:holds?|takes?|accepts?|bears?) no responsibility/],
  [
    'agency',
    /\b(?:published|republished|reproduced|sourced) (?:from|via|through) (?:a |an |the )?(?:news )?agency/,
  ],
  [
    'wire',
    /\b(?:published|republished|reproduced|sourced) (?:from|via|through) (?:a |an |the )?wire/,
  ],
  [
    'syndicated',
    /\b(?:published|republished|reproduced|sourced) (?:from|via|through) (?:a |an |the )?syndicated/,
  ],
];
// Statements a notice makes that a closing sentence of a story might make too.
const WEAK: readonly Keyed[] = [
  ['with ', /\bwith (?:inputs?|contributions?) from\b/],
  [
    'input',
    /\bwith (?:agency|agencies|wire|pti|ani|ians|reuters|afp|ap|uni) inputs?\b|\binputs? from (?:agencies|wires)\b/,
  ],
  [' agency', /\b(?:news|wire) agency\b/],
  [' service', /\b(?:news|wire) service\b/],
  [' copy', /\b(?:agency|wire) copy\b/],
  ['unedited', /\bunedited\b/],
  ['feed', /\b(?:from|via|through) (?:a |an |the )?[\w-]+ (?:news )?feeds?\b/],
];
// How notices are framed: in parentheses, or introduced as a note about the copy itself.
const FRAMED =
  /^(?:[([]|(?:disclaimer|note|editor['’]?s note|nb)\b|(?:this|the) (?:story|report|article|content|copy|news|item|piece)\b|except for the headline|only the headline|(?:headline|story|copy) (?:and|&))/;

const MAX_NOTICE_LENGTH = 600;

export function isNotice(paragraph: string): boolean {
  if (paragraph.length > MAX_NOTICE_LENGTH) return false;
  const text = paragraph.toLowerCase();
  if (anyKeyed(text, STRONG)) return true;
  return anyKeyed(text, WEAK) && (FRAMED.test(text) || paragraph.length <= 80);
}

/** A notice in words only a notice uses: what follows it is no longer the story. */
export function isStrongNotice(paragraph: string): boolean {
  return paragraph.length <= MAX_NOTICE_LENGTH && anyKeyed(paragraph.toLowerCase(), STRONG);
}
