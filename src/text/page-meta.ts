/**
 * The lines a news site prints around its headline to say who, where and when, read from a page
 * copy in the forms sites print them:
 *
 *   By Jane Doe | Updated: Sep 17, 2019 15:55 IST
 *   ANI | Updated: Sep 17, 2019 15:55 IST        (Xinhua) Updated: 2021-03-02 10:14
 *   Press Trust of India Kolkata                  Reported by: Press Trust Of India
 *   Jane Doe |                                    BERLIN | Thu May 16, 2013 12:06pm EDT
 *   Last Updated : Apr 09 2019 | 3:32 PM IST      Story first published: Thursday, …, 23:51 [IST]
 *
 * A line is read only when all of it is such a credit or stamp, so a sentence never is.
 */
import { isLabelsOnly, parseMetaLine, readTimeOnly, type TimeOnly } from './meta-line.js';
import { trimEndOf } from './clean.js';
import { TRAILING_READING_TIME } from './furniture.js';
import { isAgencyName } from '../wire/agencies.js';
import { classifyCredit, parseByLine } from '../wire/byline.js';
import { isRole } from '../wire/people.js';
import { INDIAN_DESK_PLACES } from '../wire/indian-places.js';
import { isCountry, SHOUTED_PLACE } from '../wire/dateline.js';

export interface PageMeta {
  /** A person credited. */
  author: string | null;
  /** An agency or desk credited, as printed. */
  agency: string | null;
  /** A place printed beside the credit ("Press Trust of India Kolkata"). */
  place: string | null;
  created: string | null;
  updated: string | null;
  /** A stamp's time of day printed without its date ("Updated 04:34 pm IST"). */
  time?: TimeOnly;
}

// The word some sites add to the agency's name: "Reuters News", "PTI Agency".
// "Reuters Staff" credits the agency's desk: no person.
const AGENCY_SUFFIX: ReadonlySet<string> = new Set(['news', 'agency', 'wire', 'service', 'staff']);
const MAX_AGENCY_WORDS = 4;
const MAX_PLACE_WORDS = 3;
const MAX_LINE = 200;

const isCapitalised = (word: string): boolean => {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
};

/**
 * "Press Trust of India Kolkata" → the agency as printed and the place after it; null when the
 * text does not open with an agency's name or what follows is no place.
 */
export function agencyAndPlace(text: string): { agency: string; place: string | null } | null {
  const words = text.trim().split(/\s+/);
  for (let n = Math.min(MAX_AGENCY_WORDS, words.length); n >= 1; n--) {
    // "Reuters, HONG KONG": a comma may set the place off.
    const name = trimEndOf(words.slice(0, n).join(' '), ',');
    if (!isAgencyName(name)) continue;
    let rest = words.slice(n);
    if (rest.length > 0 && AGENCY_SUFFIX.has((rest[0] ?? '').toLowerCase())) rest = rest.slice(1);
    if (rest.length === 0) return { agency: name, place: null };
    if (rest.length <= MAX_PLACE_WORDS && rest.every(isCapitalised)) {
      return { agency: name, place: trimEndOf(rest.join(' '), ' ,') };
    }
    return null;
  }
  return null;
}

// "Reported by: Jane Doe", "Written by Ana Sen | Edited by Raj Kapoor" (lines come space-collapsed).
const REPORTED_BY = /^(?:written|reported|posted|compiled) by ?:? ?([^|]{2,80})(?:\|(.*))?$/i;
// "Edited by: Raj Kapoor": who handled the page, not who wrote the story, and no stamp either.
const EDITED_BY = /^(?:edited|produced|curated|uploaded) by ?:? ?(?:[^|]{2,80})?(?:\|(.*))?$/i;
// "Source: Xinhua" credits the agency.
const SOURCE = /^source ?: ?(\S.{0,60})$/i;
// "(Xinhua) Updated: …": the agency in brackets opening the date line.
const BRACKETED = /^\(([^()]{2,40})\) ?(.*)$/;

const empty = (): PageMeta => ({
  author: null,
  agency: null,
  place: null,
  created: null,
  updated: null,
});

const NAME_LIST = / (?:and|&) |, ?/;

/** Files a credited name as an agency (and its place) or people; desks credit no one. */
function credit(meta: PageMeta, name: string): void {
  const known = agencyAndPlace(name);
  if (known) {
    meta.agency ??= known.agency;
    meta.place ??= known.place;
  } else if (name.split(NAME_LIST).every((one) => classifyCredit(one) === 'author')) {
    meta.author ??= name;
  }
}

// A broken template's braces and bars, or the slash a site sets before its credit ("/ Source: …").
const LEFTOVERS = /^[|{}/ ]+(?=\S)/;
const EMAIL = / [\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/;
const OI_PREFIX = /^oi-(?=[A-Z])/;

/** The stamps a credit line prints after its bar ("… | Updated: …") joined to it. */
function withRest(meta: PageMeta, rest: string | undefined): PageMeta {
  const more = rest === undefined || rest.trim() === '' ? null : readPageMeta(rest.trim());
  if (more === null) return meta;
  meta.created ??= more.created;
  meta.updated ??= more.updated;
  // "Written by PTI | New Delhi | Updated: …": a name after an agency's credit is its place.
  const name = more.author ?? more.place;
  const place = name !== null && agencyAndPlace(name) === null && !isRole(name);
  if (meta.agency !== null && place && name.split(' ').length <= MAX_PLACE_WORDS) {
    meta.place ??= name;
  }
  return meta;
}

/** The stamps a text states when it is stamps and nothing else ("Updated: …"), or null. */
function stampsOnly(text: string): { created: string | null; updated: string | null } | null {
  const stamps = parseMetaLine(text);
  if (stamps === null || stamps.names.length > 0) return null;
  if (stamps.created === null && stamps.updated === null) return null;
  return { created: stamps.created, updated: stamps.updated };
}

/**
 * "Press Trust of India September 1, 2018, 09:10:32 IST", "PTI Kolkata Updated: …": an agency's
 * name, a place perhaps, then stamps, with no bar between them.
 */
function agencyWithStamp(line: string): PageMeta | null {
  const words = line.split(' ');
  for (let n = Math.min(MAX_AGENCY_WORDS, words.length - 1); n >= 1; n--) {
    // "The Canadian Press, 08 Dec, 2016 11:07 AM": a comma may set the name off.
    const name = trimEndOf(words.slice(0, n).join(' '), ',');
    if (!isAgencyName(name)) continue;
    let from = n;
    if (AGENCY_SUFFIX.has((words[from] ?? '').toLowerCase())) from++;
    for (let place = 0; place <= MAX_PLACE_WORDS && from + place < words.length; place++) {
      const placeWords = words.slice(from, from + place);
      if (!placeWords.every(isCapitalised)) break;
      const stamps = stampsOnly(words.slice(from + place).join(' '));
      if (stamps === null) continue;
      const printedPlace = place === 0 ? null : trimEndOf(placeWords.join(' '), ' ,');
      return { ...empty(), agency: name, place: printedPlace, ...stamps };
    }
    return null;
  }
  return null;
}

const ONE_WORD_NAME = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * "PTI | New Delhi | Updated: …", "Jane Doe | Mumbai | …": a short name after a credit is the
 * place it was filed from when it follows an agency or names a known desk town.
 */
function isPlaceAfterCredit(meta: PageMeta, name: string): boolean {
  // "Amritsar, Updated At : …": one word in its own case beside a stamp names no person.
  if (isRole(name) || agencyAndPlace(name) !== null) return false;
  if (ONE_WORD_NAME.test(name)) return true;
  if (meta.agency === null && meta.author === null) return false;
  if (name.split(' ').length > MAX_PLACE_WORDS || !isCapitalised(name)) return false;
  return meta.agency !== null || INDIAN_DESK_PLACES.has(name.toLowerCase());
}

// "Rebecca Black, PA", "By Jane Doe, Reuters": the writer, then the agency she files for; or a
// desk, then its town.
const PERSON_COMMA_AGENCY = /^(?:by )?([^,|]{3,60}), ([a-z][a-z .-]{1,30})$/i;

function creditAndName(line: string): PageMeta | null {
  const m = PERSON_COMMA_AGENCY.exec(line);
  const [person = '', agency = ''] = m === null ? [] : [m[1], m[2]];
  // "By HT Correspondent, Kanpur": a desk, then the town it files from.
  if (isRole(person) && isCapitalised(agency) && agency.split(' ').length <= MAX_PLACE_WORDS) {
    return { ...empty(), place: agency };
  }
  if (!isAgencyName(agency) || parseByLine(`By ${person}`) === null) return null;
  if (classifyCredit(person) !== 'author') return null;
  return { ...empty(), author: person, agency };
}

// "Tarn Taran, Updated At : 06:52 PM Mar 11, 2026 IST": the desk's town before the label.
const PLACE_BEFORE_LABEL =
  /^([A-Z][\w.' -]{1,30}), (?=(?:last )?(?:updated|published|posted|first published)\b)/i;

function placeThenStamp(line: string): PageMeta | null {
  const m = PLACE_BEFORE_LABEL.exec(line);
  const place = m?.[1] ?? '';
  if (m === null || place.split(' ').length > MAX_PLACE_WORDS || !isCapitalised(place)) return null;
  const stamps = stampsOnly(line.slice(m[0].length));
  return stamps && { ...empty(), place, ...stamps };
}

/** "New Delhi, Delhi, India": the byline's place, down to its country; the city is the place. */
function placeLine(line: string): PageMeta | null {
  const parts = line.split(', ');
  if (parts.length < 2 || parts.length > MAX_PLACE_WORDS || !isCountry(parts.at(-1) ?? '')) {
    return null;
  }
  const words = parts.flatMap((part) => part.split(' '));
  if (words.length > MAX_PLACE_LINE_WORDS || !words.every(isCapitalised)) return null;
  return { ...empty(), place: parts[0] ?? null };
}
const MAX_PLACE_LINE_WORDS = 6;

// "Abu Dhabi / WAM": the place, then the agency that filed from it.
const PLACE_SLASH_AGENCY = /^([A-Z][\w .'-]{1,30}) \/ ([a-z]{2,12})$/i;

function placeSlashAgency(line: string): PageMeta | null {
  const m = PLACE_SLASH_AGENCY.exec(line);
  const [place = '', agency = ''] = m === null ? [] : [m[1], m[2]];
  if (!isAgencyName(agency) || place.split(' ').length > MAX_PLACE_WORDS) return null;
  return { ...empty(), place, agency };
}

const MAX_BYLINE_NAME_WORDS = 5;

/** "By Hayley Halpin Friday 7 Aug 2020, 7:33 AM": a byline run into its stamp. */
function bylineWithStamp(line: string): PageMeta | null {
  if (!/^by /i.test(line)) return null;
  const words = line.split(' ');
  for (let n = 2; n <= Math.min(MAX_BYLINE_NAME_WORDS, words.length - 2); n++) {
    const name = words.slice(1, n + 1).join(' ');
    const stamps = stampsOnly(words.slice(n + 1).join(' '));
    if (stamps === null) continue;
    if (parseByLine(`By ${name}`) === null || classifyCredit(name) !== 'author') return null;
    return { ...empty(), author: name, ...stamps };
  }
  return null;
}

// "Karin Larsen · CBC News ·": a dot between the byline's parts, where others print a bar.
const MIDDLE_DOTS = / ?· ?/g;

/** The credits and stamps of a page's byline or date line, or null when it is anything else. */
export function readPageMeta(printed: string): PageMeta | null {
  if (printed.length > MAX_LINE || printed === '') return null;
  const time = readTimeOnly(printed);
  if (time) return { ...empty(), time };
  if (isLabelsOnly(printed)) return empty();
  // A broken template's braces and bars, a writer's e-mail and a site's "oi-" before the name.
  const line = printed
    .replace(LEFTOVERS, '')
    .replace(EMAIL, '')
    .replace(OI_PREFIX, 'By ')
    .replace(MIDDLE_DOTS, ' | ')
    .trim();
  if (line === '') return null;
  const meta = empty();
  const bracketed = line.startsWith('(') ? BRACKETED.exec(line) : null;
  if (bracketed) {
    const known = agencyAndPlace(bracketed[1] ?? '');
    if (!known) return null;
    meta.agency = known.agency;
    const rest = (bracketed[2] ?? '').trim();
    if (rest === '') return meta;
    const stamps = parseMetaLine(rest);
    if (!stamps || stamps.names.length > 0) return null;
    meta.created = stamps.created;
    meta.updated = stamps.updated;
    return meta;
  }
  const signed =
    creditAndName(line) ??
    bylineWithStamp(line) ??
    placeThenStamp(line) ??
    placeLine(line) ??
    placeSlashAgency(line);
  if (signed) return signed;
  const reported = REPORTED_BY.exec(line);
  if (reported) {
    credit(meta, (reported[1] ?? '').trim());
    return withRest(meta, reported[2]);
  }
  const edited = EDITED_BY.exec(line);
  if (edited) return withRest(meta, edited[1]);
  const source = SOURCE.exec(line);
  if (source) {
    meta.agency = (source[1] ?? '').trim();
    return meta;
  }
  const known = agencyAndPlace(trimEndOf(line, ' |'));
  if (known) return { ...meta, ...known };
  const stamped = agencyWithStamp(line);
  if (stamped) return stamped;
  // "DC Correspondent", "Express News Service" alone in the byline's place: a desk, no person.
  if (line.includes(' ') && isCapitalised(line) && isRole(line)) return meta;
  // "Jane Doe |": the name before an empty part.
  const [name = '', ...outlets] = trimEndOf(line, ' |').split(' | ');
  // "Jane Doe |", "Karin Larsen | CBC News |": the writer, then perhaps her outlet.
  if (line.endsWith('|') && !name.includes('|') && parseByLine(`By ${name}`) !== null) {
    if (!outlets.every((outlet) => classifyCredit(outlet) === 'agency')) return null;
    credit(meta, name);
    return meta;
  }
  const dateLine = parseMetaLine(line);
  if (!dateLine) return null;
  meta.created = dateLine.created;
  meta.updated = dateLine.updated;
  for (const name of dateLine.names) {
    // "BERLIN | Thu May 16, 2013 12:06pm EDT": a shouted place beside the stamp.
    const byline = /^by /i.test(line);
    if (!byline && SHOUTED_PLACE.test(name) && !agencyAndPlace(name)) meta.place ??= name;
    else if (meta.place === null && isPlaceAfterCredit(meta, name)) meta.place = name;
    else credit(meta, name);
  }
  return meta;
}

// Where a copy runs the title into its reading time and stamp: "Title2 min read . Updated: …".
const GLUED_LABELS = ['updated', 'update', 'published', 'posted'];
const LAST = /\blast ?$/i;
const MIN_HEAD = 10;

/**
 * A line that ends in a stamp glued to other text ("…Mamata Banerjee2 min read . Updated: 19 Oct
 * 2022, 10:19 PM IST"), split into the text and the stamp; null for any other line.
 */
export function splitGluedStamp(line: string): [string, string] | null {
  if (line.length > MAX_LINE) return null;
  const lower = line.toLowerCase();
  let at = -1;
  for (const label of GLUED_LABELS) at = Math.max(at, lower.lastIndexOf(label));
  if (at < MIN_HEAD) return null;
  const before = line.slice(0, at);
  const last = LAST.exec(before);
  const start = last ? last.index : at;
  const stamp = line.slice(start);
  if (stampsOnly(stamp) === null) return null;
  const rest = line.slice(0, start);
  const head = trimEndOf(rest.replace(TRAILING_READING_TIME, ''), ' .|·•-');
  // The stamp stands apart from the text by a reading time, a separator, or glued on with no
  // space: a sentence's "… in a statement published on March 4" is none of these.
  const gap = rest.slice(head.length);
  const apart = gap === '' || gap.trim() !== '';
  // A byline's bar before the stamp ("By Jane Doe | Updated: …") is the byline reader's.
  if (head.length < MIN_HEAD || !apart || readPageMeta(line) !== null) return null;
  return [head, stamp];
}
