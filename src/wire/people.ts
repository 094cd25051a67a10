/**
 * Who a credit names: people (the author) or an organisation (the agency). A credit comes as a
 * page prints or states it — "By Jane Doe and Omar Haddad", "por César Salza", "Lucas Nolan22
 * Dec 2016" (a name glued to its date), "Ana Ruiz, MA", "Jane Doe, Senior Correspondent",
 * "Express News Service" — and is cut into names, each judged by what it says and by how sure
 * its source is that it names a person.
 */
import { classifyCredit, hasOrganisationWord } from './byline.js';
import { monthNumber } from '../time/months.js';
import { WIRES } from './agencies.js';

/**
 * How sure the source is that a name is a person's: JSON-LD types it (`person`,
 * `organization`); a link to an author's page names one (`author-link`); a byline element or
 * "By …" line is meant for people (`byline`); other
 * strings (`unknown`) are judged by their words alone.
 */
export type NameSource = 'person' | 'organization' | 'author-link' | 'byline' | 'unknown';

export interface StatedName {
  name: string;
  source: NameSource;
}

export interface PeopleCredit {
  author: string | null;
  agency: string | null;
}

// A desk credit or a job title ends with one of these: "Staff Reporter", "DC Correspondent",
// "News Desk", "Express News Service", "Senior Editor".
const ROLE_NOUNS: ReadonlySet<string> = new Set(
  (
    'staff reporter reporters writer writers correspondent correspondents editor editors desk ' +
    'bureau team newsroom service contributor contributors columnist journalist producer ' +
    'analyst agencies'
  ).split(' '),
);
// And these stand before it: "Senior Special Correspondent", "Our Political Bureau".
const ROLE_WORDS: ReadonlySet<string> = new Set([
  ...ROLE_NOUNS,
  ...(
    'editorial contributing chief senior deputy associate assistant managing executive special ' +
    'political business sports health science tech technology foreign national city metro ' +
    'digital online web news our guest'
  ).split(' '),
]);
// What some publishing systems put where a name goes, and the links a byline box holds
// beside the names.
const NO_NAMES: ReadonlySet<string> = new Set([
  ...'admin administrator guest author editor user anonymous unknown webmaster staff'.split(' '),
  ...['view all', 'see all', 'more', 'read more', 'all posts', 'all stories', 'view profile'],
  ...['follow', 'contact', 'email', 'bio', 'profile', 'twitter'],
]);

// Degrees and post-nominal letters printed after a name: "Ana Ruiz, MA", "Lee Chan MD".
const DEGREES: ReadonlySet<string> = new Set(
  (
    'ma ms msc mba mph md do rn bsn msn np dnp pa pac phd dphil edd jd llb llm ba bsc bs ' +
    'dds dmd pharmd facp frcp frcs mrcp cpa cfa rd ld cde mfa mpa mpp mres lcsw cnm ibclc ' +
    'rdn cdn cdces cpt cscs lpn aprn fnp pt dpt ot lmft lpc psyd msw rph od crnp med eds'
  ).split(' '),
);

// The word before a name in the languages bylines come in: by, por, par, von, door, av, di.
const BY_WORDS: ReadonlySet<string> = new Set(['by', 'por', 'par', 'von', 'door', 'av', 'di']);
// The words that label a stamp glued after a name: "Jane Doe Updated January 18".
const STAMP_WORDS: ReadonlySet<string> = new Set([
  'updated',
  'published',
  'posted',
  'modified',
  'created',
  'last',
  'first',
  'on',
  'at',
]);
// "Jane Doe and Omar Haddad", "Ana y Luis", "Marie et Paul", "Jan und Eva", "João e Maria".
const JOINERS: ReadonlySet<string> = new Set(['and', '&', 'y', 'et', 'und', 'e']);
const EDGE_PUNCTUATION = ' \t,;:|/•·–—-()[]"“”\'';
const MAX_NAME = 60;

const lettersOf = (word: string): string => word.toLowerCase().replace(/[^a-z]/g, '');

function trimEdges(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && EDGE_PUNCTUATION.includes(text.charAt(start))) start++;
  while (end > start && EDGE_PUNCTUATION.includes(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

/** A weekday or month name, as a date glued after a name begins ("Jane Doe Apr 16"). */
function isDateWord(word: string): boolean {
  const bare = word.replace(/[.,]$/, '');
  return monthNumber(bare) !== undefined || /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*$/i.test(bare);
}

/**
 * The credit without the date and counts printed after it: everything from the first digit
 * on, then the month, weekday and stamp words left before it ("Jane Doe - Apr 16",
 * "Lucas Nolan22 Dec 2016651", "Ana Ruiz Updated January 18, 2024").
 */
export function withoutDate(text: string): string {
  const digit = text.search(/\d/);
  if (digit < 0) return text;
  const words = text.slice(0, digit).split(/\s+/);
  for (;;) {
    const last = trimEdges(words[words.length - 1] ?? '');
    if (
      words.length > 0 &&
      (last === '' || isDateWord(last) || STAMP_WORDS.has(last.toLowerCase()))
    ) {
      words.pop();
    } else break;
  }
  return trimEdges(words.join(' '));
}

/** The name without a word that introduces it: "By Jane Doe", "por César Salza", "von Eva Roth". */
function withoutByWord(name: string): string {
  const space = name.indexOf(' ');
  if (space < 0) return name;
  const word = name.slice(0, space);
  const first = word.toLowerCase().replace(/:$/, '');
  const rest = name.slice(space + 1).trim();
  // "Von Miller" is a name: a particle is only dropped before a name of its own, as is a label
  // ("Text: Ana Ruiz", in the page's language).
  const isBy =
    first === 'by' || ((BY_WORDS.has(first) || word.endsWith(':')) && rest.includes(' '));
  return isBy && /^\p{Lu}/u.test(rest) ? rest : name;
}

const MIXED_DEGREES: ReadonlySet<string> = new Set(['PhD', 'PharmD', 'DPhil', 'EdD', 'BSc', 'MSc']);

/** "MA", "M.D.", "PhD": letters after a name, printed in capitals ("Ana Do" is a name). */
function isDegree(word: string): boolean {
  const letters = word.replace(/[^a-z]/gi, '');
  if (!DEGREES.has(letters.toLowerCase())) return false;
  return MIXED_DEGREES.has(letters) || (letters.length > 1 && letters === letters.toUpperCase());
}

/** The name without degrees after it: "Ana Ruiz MA" → "Ana Ruiz"; "MA" alone → "". */
function withoutDegrees(name: string): string {
  const words = name.split(' ');
  while (words.length > 0 && isDegree(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}

/** Splits a credit into the names it joins: commas, semicolons, "and", "&", "y", "et"… */
export function splitNames(text: string): string[] {
  const names: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    const name = trimEdges(current.join(' '));
    if (name !== '') names.push(name);
    current = [];
  };
  for (const word of text.split(/\s+/)) {
    if (JOINERS.has(word) || (word.toLowerCase() === 'and' && current.length > 0)) {
      flush();
      continue;
    }
    const parts = word.split(/[,;]/);
    parts.forEach((part, i) => {
      if (i > 0) flush();
      if (part !== '') current.push(part);
    });
  }
  flush();
  return names;
}

export const isWire = (name: string): boolean => WIRES.has(name.toLowerCase().replace(/\.$/, ''));

/**
 * A desk credit or a job title: a role noun last, role words before it and at most one other
 * word (an outlet's: "DC Correspondent", "Express News Service"). "Jane Senior" is a name.
 */
export function isRole(name: string): boolean {
  const words = name
    .toLowerCase()
    .split(/[\s/-]+/)
    .map(lettersOf)
    .filter(Boolean);
  if (words.length === 0 || words.length > 5 || !ROLE_NOUNS.has(words[words.length - 1] ?? '')) {
    return false;
  }
  // A wire's own titles: "AP Auto Writer", "AP National Security Writer".
  if (words.length > 1 && WIRES.has(words[0] ?? '')) return true;
  return words.filter((w) => !ROLE_WORDS.has(w)).length <= 1;
}

type Judged = { kind: 'person' | 'organization' | 'role'; name: string };

// "JANE DOE" is a name in capitals; "BBC", "NDTV" are outlets.
const isAcronym = (name: string): boolean => /^[\p{Lu}\d&.]+$/u.test(name);

/** Whether a name a byline gives still reads as an outlet's: "The Daily Courier", "Reuters". */
function readsAsOrganisation(name: string): boolean {
  return /^the /i.test(name) || !name.includes(' ') || isAcronym(name) || hasOrganisationWord(name);
}

// An account's handle ("kevin-r", "rmb8090", "jdoe"): no one's name as printed.
const HANDLE = /^[a-z\d]+(?:[-_.][a-z\d]+)*$/;
// Words a person's name may hold in lower case: particles and joining words.
const PARTICLES: ReadonlySet<string> = new Set(
  'de da das do dos del della der den di du la le van von ter ten bin binti ibn al el y e'.split(
    ' ',
  ),
);

/** A word in lower case that no name holds: "Syrian defense ministries" names no person. */
const hasCommonWord = (name: string): boolean =>
  name.split(' ').some((word) => /^\p{Ll}/u.test(word) && !PARTICLES.has(word));

function judge(name: string, source: NameSource): Judged | null {
  const clean = withoutDegrees(withoutByWord(name)).trim();
  if (clean === '' || clean.length > MAX_NAME || !/\p{L}/u.test(clean)) return null;
  if (NO_NAMES.has(clean.toLowerCase())) return null;
  if (source !== 'organization' && HANDLE.test(clean)) return null;
  if (source === 'organization' || isWire(clean)) return { kind: 'organization', name: clean };
  if (isRole(clean)) return { kind: 'role', name: clean };
  const person = { kind: 'person', name: clean } as const;
  const organisation = { kind: 'organization', name: clean } as const;
  switch (source) {
    case 'person':
      return /^the /i.test(clean) || hasCommonWord(clean) ? organisation : person;
    case 'author-link':
      // An account's name ("jsmith") is no one's name; an outlet's page is no person's.
      if (!/\p{Lu}/u.test(clean)) return null;
      return /^the /i.test(clean) || hasOrganisationWord(clean) || isAcronym(clean)
        ? organisation
        : person;
    case 'byline':
      return readsAsOrganisation(clean) ? organisation : person;
    default:
      return classifyCredit(clean) === 'author' ? person : organisation;
  }
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  if (names.length === 1) return names[0] ?? null;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/**
 * The credit the names make: the people joined as printed for the author, the first
 * organisation (or, with no person, the first desk credit) for the agency. Job titles beside a
 * person are dropped.
 */
export function creditOfNames(stated: readonly StatedName[]): PeopleCredit {
  const people: string[] = [];
  let organisation: string | null = null;
  let role: string | null = null;
  for (const { name, source } of stated) {
    // What follows a bar or bullet is a title, an outlet or a date: "Amy Roe | Staff Writer".
    const segment = name.split(/[|•·]/).find((part) => part.trim() !== '') ?? '';
    const text = withoutDate(segment);
    // "The Russian and Syrian defense ministries" is one organisation, not two names.
    const pieces = /^the /i.test(text) && !text.includes(',') ? [text] : splitNames(text);
    for (const [i, piece] of pieces.entries()) {
      // After the first name, a source sure of a person may be naming its outlet or a
      // credential: "Sandee LaMotte, CNN", "Troy Smith, Cleveland.com".
      const sure = source === 'person' || source === 'author-link';
      const judged = judge(piece, i > 0 && sure ? 'byline' : source);
      if (judged === null) continue;
      if (judged.kind === 'person') {
        if (!people.includes(judged.name)) people.push(judged.name);
      } else if (judged.kind === 'organization') organisation ??= judged.name;
      else role ??= judged.name;
    }
  }
  return {
    author: joinNames(people),
    agency: organisation ?? (people.length === 0 ? role : null),
  };
}
