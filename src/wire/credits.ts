/**
 * What agencies put after a story: credit lines ("(Reporting by …; Editing by …)", "Associated
 * Press writer … contributed to this report.") and desk sign-offs ("PTI ABC DEF", "--IANS sk/arm").
 * They are metadata, not body text.
 */
import type { CreditRole, Credits } from '../article.js';
import { trimEndOf } from '../text/clean.js';
import { LetterPattern } from '../text/letters.js';
import { isAgencyName } from './agencies.js';

const ROLE =
  /^(additional reporting|reporting|writing|editing|compiled|compiling|graphics|photos?|translation|translated|produced|research|fact-?checking|contributing) by (.+)$/i;
const CONTRIBUTED =
  /^(?:the )?(?:associated press|ap|afp|reuters)?\s?(?:writers?|reporters?|correspondents?|journalists?)\s(.{1,200}?)\scontributed(?: to this (?:report|story))?\.?$/i;
// "Keith Lam contributed reporting from Hong Kong.": the names alone, as newspapers print it.
const CONTRIBUTED_REPORTING =
  /^(.{1,200}?)\scontributed (?:additional )?(?:reporting|research)(?:\s(?:from|in) [^.]{1,80})?\.?$/i;
const MAX_CREDIT_LENGTH = 400;
// A credited name: a few capitalised words or initials ("Michael S. Derby", "Jean-Luc d'Arc").
const NAME = new LetterPattern(
  () =>
    /^[\p{Lu}\p{Lt}][\p{L}\p{M}.'’-]*(?: (?:[\p{Lu}\p{Lt}][\p{L}\p{M}.'’-]*|de|da|van|von|al|el|bin|d'[\p{Lu}\p{Lt}][\p{L}\p{M}-]*)){0,5}$/u,
  /^[A-Z\u00c0-\u00d6\u00d8-\u00de][A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff.'’-]*(?: (?:[A-Z\u00c0-\u00d6\u00d8-\u00de][A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff.'’-]*|de|da|van|von|al|el|bin|d'[A-Z\u00c0-\u00d6\u00d8-\u00de][A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff-]*)){0,5}$/,
);

// Where "in Moscow" follows a credited name.
const NAME_AFTER_PLACE = new LetterPattern(
  () => / (?:in|from|at) [\p{Lu}\p{Lt}]/u,
  / (?:in|from|at) [A-Z\u00c0-\u00d6\u00d8-\u00de]/,
);

function names(list: string): string[] {
  return list
    .split(/,|\band\b|&/)
    .map((name) => trimEndOf(name.trim(), ' .'))
    .map((name) => {
      // "Jane Doe in Moscow" → "Jane Doe"
      const at = NAME_AFTER_PLACE.search(name);
      return at > 0 ? name.slice(0, at) : name;
    })
    .filter(Boolean);
}

function unwrap(text: string): string {
  let inner = text.trim();
  if (inner.startsWith('(') && inner.endsWith(')')) inner = inner.slice(1, -1);
  else if (inner.startsWith('(') && inner.endsWith(').')) inner = inner.slice(1, -2);
  return inner.trim();
}

function roles(text: string): CreditRole[] | null {
  const inner = unwrap(text);
  // The key words first: the patterns are costly to compile, and most paragraphs have neither.
  const lower = inner.toLowerCase();
  const contributed = lower.includes('contributed')
    ? (CONTRIBUTED.exec(inner) ?? CONTRIBUTED_REPORTING.exec(inner))
    : null;
  if (contributed) {
    const list = names(contributed[1] ?? '');
    return list.every((n) => NAME.test(n)) ? [{ role: 'Contributing', names: list }] : null;
  }
  if (!lower.includes(' by ')) return null;
  const found: CreditRole[] = [];
  for (const part of inner.split(';')) {
    const m = ROLE.exec(trimEndOf(part.trim(), ' .'));
    if (!m) return null;
    const role = (m[1] ?? '').toLowerCase();
    const list = names(m[2] ?? '');
    if (!list.every((n) => NAME.test(n))) return null;
    found.push({ role: role.charAt(0).toUpperCase() + role.slice(1), names: list });
  }
  return found.length ? found : null;
}

export function isCreditLine(paragraph: string): boolean {
  return paragraph.length <= MAX_CREDIT_LENGTH && roles(paragraph) !== null;
}

export function parseCredits(text: string | null): Credits | null {
  if (text === null) return null;
  const found = roles(text);
  return found ? { text, roles: found } : { text, roles: [] };
}

// "PTI ABC DEF", "UNI XX YY": the agency and the desk's initials.
const SIGN_OFF = /^(?:PTI|UNI|IANS|ANI|NNN|APP)(?: [A-Z]{2,4}){1,6}$/;
// IANS ends "--IANS" with lower-case initials "sk/arm" on the same or the next line.
// Sites print the dash as an en or em dash too: "–IANS", "— PTI".
const IANS_SIGN_OFF = /^(?:-{1,2}|–|—)\s?(?:IANS|PTI|UNI|ANI)(?:\s[a-z]{1,6}(?:\/[a-z]{1,6})+)?$/;
// AFP's are hyphenated too: "bur-ach/st".
const INITIALS = /^[a-z][a-z-]{0,10}(?:\/[a-z][a-z-]{0,10})+$/;
// ANI closes its copy with "(ANI)".
const BRACKETED = /^\((?:ANI|IANS|PTI|UNI|AFP)\)$/;
const TAIL_LENGTH = 40;
const SIGN_OFF_MARKERS = [
  ' PTI ',
  ' UNI ',
  ' --IANS',
  ' -- IANS',
  ' --PTI',
  ' -- PTI',
  ' –IANS',
  ' – IANS',
  ' IANS ',
  ' (ANI)',
  ' (IANS)',
  ' (AFP)',
];

export function isSignOff(paragraph: string): boolean {
  // Each shape is known by its first character; only its own pattern is compiled and tried.
  switch (paragraph.charAt(0)) {
    case '-':
    case '–':
    case '—':
      return IANS_SIGN_OFF.test(paragraph);
    case '(':
      return BRACKETED.test(paragraph);
    default:
      return SIGN_OFF.test(paragraph) || INITIALS.test(paragraph);
  }
}

/**
 * A sign-off glued to the last sentence: "…he said. PTI ABC DEF" → ["…he said.", "PTI ABC DEF"].
 * Only the tail is examined, so a long paragraph costs nothing.
 */
export function splitTrailingSignOff(paragraph: string): [string, string] | null {
  const tailStart = Math.max(0, paragraph.length - TAIL_LENGTH);
  const tail = paragraph.slice(tailStart);
  for (const marker of SIGN_OFF_MARKERS) {
    const at = tail.lastIndexOf(marker);
    if (at < 0) continue;
    const signOff = tail.slice(at + 1).trim();
    const body = paragraph.slice(0, tailStart + at).trim();
    if (isSignOff(signOff) && /[.!?"'”’)]$/.test(body)) return [body, signOff];
  }
  return null;
}

// How a page closes a story with the agency that filed it, alone on a line or after its last
// sentence: "-- PTI", "— Bernama", "� PTI", "(NAN)", "(Xinhua/NAN)", "—(KNO)", "With IANS".
const CLOSING_AGENCY_LINE =
  /^(?:(?:-{1,2}|[–—�]) ?\(?([A-Z][A-Za-z]{1,11})\)?|\(([A-Z]{2,6})(?:\/[A-Z]{2,6})?\)|[Ww]ith (?:inputs from )?([A-Z][A-Za-z]{1,11}))$/;
const CLOSING_AGENCY_TAIL =
  /[.!?"”’] ?(?:(?:-{1,2}|[–—�]) ?\(?([A-Z][A-Za-z]{1,11})\)?|[-–—]?\(([A-Z][A-Za-z]{1,10})(?:\/[A-Z]{2,6})?\))$/;
const MAX_TAIL = 24;

/** Whether a name closing a story is an agency's: a known one, or an acronym in capitals. */
const isClosingAgency = (name: string): boolean => isAgencyName(name) || /^[A-Z]{2,6}$/.test(name);

/** A story's closing that names its agency: where it stands and what is left of its paragraph. */
export interface ClosingAgency {
  agency: string;
  /** The paragraph it closes (or stands as). */
  index: number;
  /** The closing as printed: "— Bernama", "(NAN)". */
  signOff: string;
  /** The paragraph without it, or null when it stands alone. */
  rest: string | null;
}

/**
 * The agency a story's closing names ("— Bernama", "…his assent. (NAN)"), or null: the first
 * such closing after the opening paragraph, where the story ends and a page's furniture begins.
 */
export function findClosingAgency(paragraphs: readonly string[]): ClosingAgency | null {
  for (let index = 1; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index] ?? '';
    const line = paragraph.length <= MAX_TAIL ? CLOSING_AGENCY_LINE.exec(paragraph) : null;
    const tail = line ?? CLOSING_AGENCY_TAIL.exec(paragraph.slice(-MAX_TAIL));
    const agency = tail === null ? undefined : (tail[1] ?? tail[2] ?? tail[3]);
    if (tail === null || agency === undefined || !isClosingAgency(agency)) continue;
    // A picture's caption printed twice ends with its credit, "(IDF)": no story's closing.
    if (paragraph === paragraphs[index - 1] || paragraph === paragraphs[index + 1]) continue;
    if (line) return { agency, index, signOff: paragraph, rest: null };
    // The tail pattern holds the sentence's last mark: the sign-off starts after it.
    const cut = paragraph.length - tail[0].length + 1;
    const signOff = paragraph.slice(cut).trim();
    return { agency, index, signOff, rest: paragraph.slice(0, cut).trim() };
  }
  return null;
}
