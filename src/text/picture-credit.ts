/**
 * How a picture's caption is known in a copy: by its credit. One grammar for captions above the
 * story (page-roles.ts) and those left among its paragraphs (body.ts), which differ only in how
 * much they accept: a line above the story is a caption on a looser credit.
 *
 *   … (Photo: PTI)   … (File photo)   … (Submitted by Ana Ruiz)   … (Liam McBurney/PA) (PA Wire)
 *   … (Xinhua/Wang Ye)   … REUTERS/Ana Ruiz   Photo: The Canadian Press The logo is seen…
 */

// The words a bracketed credit says a picture with: "(File photo)", "(Photo courtesy: …)"; and
// those it opens with, which an aside in a sentence may hold too: "(Submitted by Ana Ruiz)".
const PICTURE_WORD = String.raw`photo|image|file|via|pic`;
const OPENING_WORD = String.raw`submitted|supplied|courtesy|handout`;
// The agency's own tag a syndicated caption ends with: "(PA Wire)", "(PA Media)", "(AP)".
const AGENCY_TAG = String.raw`(?: \((?:[A-Z]{2,10}|PA (?:Wire|Media)|Getty Images)\))?`;

const BRACKETED = new RegExp(
  String.raw`(?:\([^()]{0,80}\b(?:${PICTURE_WORD})\b[^()]{0,80}\)|\((?:${OPENING_WORD})\b[^()]{0,80}\))${AGENCY_TAG}$`,
  'i',
);
// "(Liam McBurney/PA)", "(Xinhua/Wang Ye)": the photographer and the agency.
const SLASHED = new RegExp(
  String.raw`\(([A-Z][^()/]{1,40})\/ ?([A-Z][^()/]{1,40})\)${AGENCY_TAG}$`,
);

/**
 * A caption's bracketed credit at the end of the line. A slashed one names its photographer in
 * two words or more: "(Xinhua/NAN)" credits a story's relay, not a picture.
 */
export function hasBracketedCredit(line: string): boolean {
  if (BRACKETED.test(line)) return true;
  const slashed = SLASHED.exec(line);
  return slashed !== null && [slashed[1], slashed[2]].some((part) => part?.includes(' '));
}

/** A photographer's credit closing a caption: "REUTERS/Ana Ruiz", "AP Photo/Li Wei". */
export const PHOTOGRAPHER_CREDIT =
  /\b(?:REUTERS|AFP PHOTO|AP Photo|EPA|PTI Photo) ?\/ ?[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3}\.?$/;

/** A label opening a caption: "Photo: The Canadian Press The RCMP logo…", "File photo: …". */
export const LEADING_LABEL = /^(?:file )?(?:photo|image|picture|pic)s?(?: credit)? ?: ?\S/i;
