/**
 * Republishers' notices: the closing paragraph saying the copy is an unedited or automatic
 * republication of a feed or agency story. Recognised by what they say, not by who says it.
 */

// Statements that only a notice makes.
const STRONG =
  /\b(?:auto(?:matically|-| )?(?:generated|published)|(?:syndicated|agency|wire|news|rss) (?:news )?feeds?|syndicated (?:news|content|copy|story|service)|(?:has|have|was|were|is) not been (?:edited|modified|changed|reviewed)|(?:un|not )edited by|without (?:any )?(?:modifications?|edit(?:s|ing)?|changes)|holds? no responsibility|(?:takes?|accepts?|bears?) no responsibility|(?:published|republished|reproduced|sourced) (?:from|via|through) (?:a |an |the )?(?:syndicated|wire|news agency|agency))/i;
// Statements a notice makes that a closing sentence of a story might make too.
const WEAK =
  /\b(?:with (?:inputs?|contributions?) from|with (?:agency|agencies|wire|pti|ani|ians|reuters|afp|ap|uni) inputs?|inputs? from (?:agencies|wires)|(?:news|wire) (?:agency|service)|(?:agency|wire) copy|unedited|(?:from|via|through) (?:a |an |the )?[\w-]+ (?:news )?feeds?)\b/i;
// How notices are framed: in parentheses, or introduced as a note about the copy itself.
const FRAMED =
  /^(?:[([]|(?:disclaimer|note|editor['’]?s note|nb)\b|(?:this|the) (?:story|report|article|content|copy|news|item|piece)\b|except for the headline|only the headline|(?:headline|story|copy) (?:and|&))/i;

const MAX_NOTICE_LENGTH = 600;

export function isNotice(paragraph: string): boolean {
  if (paragraph.length > MAX_NOTICE_LENGTH) return false;
  if (STRONG.test(paragraph)) return true;
  return WEAK.test(paragraph) && (FRAMED.test(paragraph) || paragraph.length <= 80);
}
