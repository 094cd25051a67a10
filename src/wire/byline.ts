import { trimEndOf } from '../text/clean.js';
import { LetterPattern } from '../text/letters.js';

/**
 * Whether a byline credit names an organisation (an agency, a desk, a wire) or a person.
 * Devdiscourse prints the source's name on agency copy and the author's name on blog posts.
 */

// Words that only organisations carry in their names. A set of words rather than one long
// alternation: looked up per word, with nothing to compile.
const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  (
    'news desk wire newswire press agency agencies service services bureau media network times ' +
    'post herald tribune journal gazette daily today online digital broadcasting radio tv ' +
    'television channel foundation group team staff editorial correspondent reporter ' +
    'international global corporation corp inc ltd limited llc plc company office ministry ' +
    'department council government nations un who unicef undp world bank institute university ' +
    'association organisation organization forum partners release pr feed feeds source sources ' +
    'business standard express mint economic observer chronicle mail guardian independent ' +
    'telegraph reuters xinhua bloomberg kyodo yonhap bernama anadolu sputnik tass agence presse ' +
    'associated insider week weekly magazine review report reports monitor wires'
  ).split(' '),
);

export function hasOrganisationWord(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((word) => ORGANISATION_WORDS.has(word));
}

// A person's name: two to five capitalised words or initials, with the usual particles.
const PERSON_NAME = new LetterPattern(
  () =>
    /^(?:(?:dr|mr|mrs|ms|prof)\.? )?[\p{Lu}\p{Lt}][\p{L}\p{M}'’-]*\.?(?: (?:[\p{Lu}\p{Lt}][\p{L}\p{M}'’-]*\.?|de|da|del|der|di|du|van|von|bin|binti|al|el|la|le|ul))+$/u,
  /^(?:(?:dr|mr|mrs|ms|prof)\.? )?[A-Z\u00c0-\u00d6\u00d8-\u00de][A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff'’-]*\.?(?: (?:[A-Z\u00c0-\u00d6\u00d8-\u00de][A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff'’-]*\.?|de|da|del|der|di|du|van|von|bin|binti|al|el|la|le|ul))+$/,
);

// An acronym, "PTI" or "ČTK", or a run of capitals and digits.
const ACRONYM = new LetterPattern(
  () => /^[\p{Lu}\p{Lt}\d&.-]+$/u,
  /^[A-Z\u00c0-\u00d6\u00d8-\u00de\d&.-]+$/,
);
const BY_LINE = new LetterPattern(
  () => /^by\s+(\p{L}[^|]{1,120})$/iu,
  // latin1Twin's output as it is (the check compares sources), overlaps that the i flag makes and all.
  // eslint-disable-next-line regexp/no-dupe-characters-character-class
  /^by\s+([A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff][^|]{1,120})$/i,
);
// "By Jane Q." ends with an initial, not a sentence.
const ENDS_WITH_INITIAL = new LetterPattern(
  () => /(?<![\p{L}\p{M}])[\p{Lu}\p{Lt}]\.$/u,
  /(?<![A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff])[A-Z\u00c0-\u00d6\u00d8-\u00de]\.$/,
);
const BY_LINE_WORD = new LetterPattern(
  () => /^(?:[\p{Lu}\p{Lt}][\p{L}\p{M}'’.-]*,?|and|&|de|da|van|von|al|el|bin)$/u,
  /^(?:[A-Z\u00c0-\u00d6\u00d8-\u00de][A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff'’.-]*,?|and|&|de|da|van|von|al|el|bin)$/,
);

export type CreditKind = 'agency' | 'author';

export function classifyCredit(name: string): CreditKind {
  // "The Conversation", "The Hindu": a person's name does not start with an article.
  if (hasOrganisationWord(name) || /^the /i.test(name)) return 'agency';
  // Acronyms and one-word names are outlets (PTI, IANS, Reuters, Xinhua).
  if (!name.includes(' ') || ACRONYM.test(name.replace(/ /g, ''))) return 'agency';
  return PERSON_NAME.test(name) ? 'author' : 'agency';
}

/** "By Jane Doe and John Roe" → "Jane Doe and John Roe"; null when the line is no byline. */
export function parseByLine(line: string): string | null {
  const m = BY_LINE.exec(line);
  if (!m) return null;
  let names = (m[1] ?? '').trim();
  // "By Jane Doe (Reuters)" credits the agency too; the name is what is wanted.
  const agency = /[\s,;(](?:reuters|ap|afp|pti|ians|ani)\)?$/i.exec(names);
  if (agency) names = trimEndOf(names.slice(0, agency.index), ' ,;(');
  // "By the time…" is a sentence, not a credit.
  if (/[.!?]$/.test(names) && !ENDS_WITH_INITIAL.test(names)) return null;
  const words = names.split(/\s+/);
  if (words.length > 12) return null;
  return words.every((w) => BY_LINE_WORD.test(w)) ? names : null;
}
