/**
 * Wire datelines: "MOSCOW, June 14 (Reuters) - ", "New Delhi, Jun 14 (PTI) ",
 * "Srinagar (Jammu and Kashmir) [India], June 14 (ANI): ", "ISTANBUL/RIYADH (Reuters) -".
 * Parsed by hand with short anchored patterns, so a long first paragraph costs nothing.
 */
import { trimEndOf } from '../text/clean.js';
import { monthNumber } from '../time/months.js';
import { LetterPattern } from '../text/letters.js';
import { INDIAN_DESK_PLACES } from './indian-places.js';
import { isAgencyName } from './agencies.js';

export interface RawDateline {
  /** As printed, without the separator that follows it. */
  text: string;
  /** The place as printed, without region or country qualifiers; null for a bare "(Reuters) -". */
  location: string | null;
  month: number | null;
  day: number | null;
  /** Printed only by press-release wires ("June 14, 2024"); agencies leave it to the stamps. */
  year: number | null;
  agency: string | null;
  /** Length of the dateline with its separator: where the story proper starts. */
  length: number;
}

const HEAD_LIMIT = 220;
// An agency credit: a few capitalised words or an acronym, e.g. "Reuters", "AP", "Thomson Reuters Foundation".
const AGENCY = new LetterPattern(
  () =>
    /^(?:[\p{Lu}\p{Lt}]|\d{1,3} (?=[\p{Lu}\p{Lt}]))[\p{L}\p{M}.&'’-]*(?: [\p{Lu}\p{Lt}&][\p{L}\p{M}.&'’-]*){0,3}$/u,
  /^(?:[A-Z\u00c0-\u00d6\u00d8-\u00de]|\d{1,3} (?=[A-Z\u00c0-\u00d6\u00d8-\u00de]))[A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff.&'’-]*(?: [A-Z\u00c0-\u00d6\u00d8-\u00de&][A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff.&'’-]*){0,3}$/,
);
// A separator after the credit: dash or colon; PTI and IANS print just a space.
const AFTER_AGENCY = /^(?:\s*[-–—:]+\s*|\s+(?=\S))/;
const PUNCTUATED = /[-–—:]/;
// "June 14" / "14 June", after the place's last comma.
const MONTH_DAY =
  /^(?:([a-z]{3,9}\.?) (\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9}\.?))$/i;
// A place name word: capitalised, or a particle inside a name ("Port of Spain", "Dar es Salaam").
const PLACE_WORD = new LetterPattern(
  () =>
    /^(?:[\p{Lu}\p{Lt}][\p{L}\p{M}.'’-]*|of|de|del|la|le|es|al|el|da|do|du|von|van|upon|on|sur|-)$/u,
  /^(?:[A-Z\u00c0-\u00d6\u00d8-\u00de][A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff.'’-]*|of|de|del|la|le|es|al|el|da|do|du|von|van|upon|on|sur|-)$/,
);
// All-caps datelines without an agency, as desks print them: "NEW DELHI, June 14:" or "MUMBAI —".
const STARTS_CAPITAL = new LetterPattern(
  () => /^[\p{Lu}\p{Lt}]/u,
  /^[A-Z\u00c0-\u00d6\u00d8-\u00de]/,
);
const CAPS_DATELINE = new LetterPattern(
  () =>
    /^([\p{Lu}\p{Lt}][\p{Lu}\p{Lt}\p{M}.'’/ -]{1,40}?)(, [\p{Lu}\p{Lt}][\p{L}\p{M}.]+(?: [\p{Lu}\p{Lt}][\p{L}\p{M}.]+){0,2})?(,\s*(?:[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9}\.?)(?:,?\s+\d{4})?|\s+\d{1,2}\s+[A-Za-z]{3,9}\.?(?:,?\s+\d{4})?)?(?:\s*:\s+|\s*[—–]\s*|\s-{1,2}\s+|\s•\s+)/u,
  /^([A-Z\u00c0-\u00d6\u00d8-\u00de][A-Z\u00c0-\u00d6\u00d8-\u00de.'’/ -]{1,40}?)(, [A-Z\u00c0-\u00d6\u00d8-\u00de][A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff.]+(?: [A-Z\u00c0-\u00d6\u00d8-\u00de][A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff.]+){0,2})?(,\s*(?:[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9}\.?)(?:,?\s+\d{4})?|\s+\d{1,2}\s+[A-Za-z]{3,9}\.?(?:,?\s+\d{4})?)?(?:\s*:\s+|\s*[—–]\s*|\s-{1,2}\s+|\s•\s+)/,
);
const NOT_PLACES: ReadonlySet<string> = new Set([
  'UPDATE',
  'UPDATED',
  'PUBLISHED',
  'POSTED',
  'CREATED',
  'MODIFIED',
  'BREAKING',
  'NOTE',
  'EXCLUSIVE',
  'WATCH',
  'ALSO READ',
  'READ',
  'PHOTO',
  'VIDEO',
  'FILE',
  'OPINION',
  'ANALYSIS',
  'EDITORIAL',
  'FACTBOX',
  'EXPLAINER',
  'DISCLAIMER',
  'Q',
  'A',
  'IMAGE',
  'IMAGES',
  'PIC',
  'PICTURE',
  'PHOTOS',
  'CREDIT',
  'SOURCE',
  'IN MEMORIAM',
  'LIVE',
  'ALSO SEE',
  'SEE ALSO',
  'REPRESENTATIVE IMAGE',
  'FILE PHOTO',
  'TOP NEWS',
  'BIG STORY',
  'HIGHLIGHTS',
  'SUMMARY',
  'MEANWHILE',
  'EDITOR',
  'EDITORS',
  'UPDATES',
  'CORRECTION',
  'TAGS',
  'SHARE',
]);

interface PlaceAndDate {
  location: string | null;
  month: number | null;
  day: number | null;
  year: number | null;
}

const NO_DATE = { month: null, day: null, year: null } as const;

function monthDay(text: string): { month: number; day: number } | null {
  const m = MONTH_DAY.exec(text.trim());
  if (!m) return null;
  const month = monthNumber(m[1] ?? m[4] ?? '');
  const day = Number(m[2] ?? m[3]);
  return month && day >= 1 && day <= 31 ? { month, day } : null;
}

/**
 * "MOSCOW, June 14" → place "MOSCOW", June 14; the date always follows the last comma, or the one
 * before it when a press release adds the year ("NEW YORK, June 14, 2024").
 */
function splitDate(prefix: string): { place: string } & Omit<PlaceAndDate, 'location'> {
  let end = prefix.length;
  let comma = prefix.lastIndexOf(',');
  let year: number | null = null;
  if (comma > 0 && /^ ?\d{4}$/.test(prefix.slice(comma + 1))) {
    year = Number(prefix.slice(comma + 1));
    end = comma;
    comma = prefix.lastIndexOf(',', comma - 1);
  }
  const date = comma >= 0 ? monthDay(prefix.slice(comma + 1, end)) : null;
  if (date) return { place: prefix.slice(0, comma), ...date, year };
  return { place: prefix, ...NO_DATE };
}

/** Drops the qualifiers ANI puts after the place: "Srinagar (Jammu and Kashmir) [India]". */
function withoutQualifiers(place: string): string {
  let rest = place.trim();
  for (;;) {
    const last = rest.charAt(rest.length - 1);
    const open = last === ')' ? rest.lastIndexOf('(') : last === ']' ? rest.lastIndexOf('[') : -1;
    if (open <= 0) return rest;
    rest = rest.slice(0, open).trim();
  }
}

function isPlace(place: string): boolean {
  if (place.length === 0 || place.length > 60) return false;
  // "SAN JUAN, Puerto Rico" and "ISTANBUL/RIYADH" are places; a sentence is not.
  const words = place.split(/[\s,/]+/).filter(Boolean);
  return words.length > 0 && words.length <= 8 && words.every((w) => PLACE_WORD.test(w));
}

function parsePrefix(prefix: string): PlaceAndDate | null {
  // Business Wire glues its credit on with dashes: "NEW YORK--(BUSINESS WIRE)--".
  const { place: withQualifiers, ...date } = splitDate(trimEndOf(prefix, ' -–—'));
  const place = afterOutlet(withoutQualifiers(withQualifiers));
  if (place === null || !isPlace(place)) return null;
  return { location: place, ...date };
}

function withAgency(head: string): RawDateline | null {
  let open = head.indexOf('(');
  while (open >= 0) {
    const close = head.indexOf(')', open);
    if (close < 0) return null;
    const agency = head.slice(open + 1, close).trim();
    const after = AFTER_AGENCY.exec(head.slice(close + 1));
    if (AGENCY.test(agency) && after) {
      const parsed: PlaceAndDate | null =
        open === 0 ? { location: null, ...NO_DATE } : parsePrefix(head.slice(0, open));
      // Without a date, only a dash or colon tells "WASHINGTON (AP) -" from "The Bank (RBI) said".
      if (parsed && (parsed.month !== null || PUNCTUATED.test(after[0]))) {
        return {
          text: head.slice(0, close + 1).trim(),
          ...parsed,
          location: parsed.location === null ? null : withoutCountry(parsed.location),
          agency,
          length: close + 1 + after[0].length,
        };
      }
    }
    open = head.indexOf('(', close);
  }
  return null;
}

// The date part of a desk's dateline: ", June 14", " 15 June 2017", ", 10 April, 2007".
const DATE_PART = /^(\S+\s+[^\s,]+),?(?:\s+(\d{4}))?$/;

function datePart(text: string): Omit<PlaceAndDate, 'location'> | null {
  const m = DATE_PART.exec(text.replace(/^[\s,]+/, ''));
  const date = m ? monthDay(m[1] ?? '') : null;
  return date ? { ...date, year: m?.[2] ? Number(m[2]) : null } : null;
}

// Words of an outlet's or desk's name, printed before the place: "KT NEWS SERVICE SRINAGAR",
// "City Herald, Lakeport". A place named for one of them is rarer than a desk printed so.
const OUTLET_WORD =
  /^(?:news\p{L}*|\p{L}*news|service|desk|bureau|staff|reporter|correspondent|times|herald|tribune|gazette|chronicle)$/iu;

/**
 * The place after an outlet's or desk's name; null when the name is all there is ("City Desk").
 * Any other place is returned as it is.
 */
function afterOutlet(place: string): string | null {
  const words = place.split(/[\s,]+/);
  let last = -1;
  for (let i = 0; i < words.length; i += 1) if (OUTLET_WORD.test(words[i] ?? '')) last = i;
  if (last < 0) return place;
  if (last === words.length - 1) return null;
  return words.slice(last + 1).join(' ');
}

function capsOnly(head: string): RawDateline | null {
  const m = CAPS_DATELINE.exec(head);
  if (!m) return null;
  const city = afterOutlet((m[1] ?? '').trim());
  const qualifier = m[2] ?? '';
  if (city === null || NOT_PLACES.has(city) || !isPlace(city)) return null;
  const date = m[3] ? datePart(m[3]) : NO_DATE;
  if (!date) return null;
  const text = (city + qualifier + (m[3] ?? '')).trim();
  const location = withoutCountry(city + qualifier);
  const { month, day, year } = date;
  return { text, location, month, day, year, agency: null, length: m[0].length };
}

// Countries AP and AFP name after the city ("KATHMANDU, Nepal (AP) —"): the place is the city.
// A state ("OROVILLE, Calif.") or territory ("SAN JUAN, Puerto Rico") stays with its city.
const COUNTRIES: ReadonlySet<string> = new Set(
  (
    'afghanistan,albania,algeria,argentina,armenia,australia,austria,azerbaijan,bahrain,' +
    'bangladesh,belarus,belgium,bhutan,bolivia,bosnia,brazil,bulgaria,cambodia,cameroon,canada,' +
    'chile,china,colombia,congo,croatia,cuba,cyprus,denmark,ecuador,egypt,england,ethiopia,' +
    'finland,france,georgia,germany,ghana,greece,guatemala,haiti,honduras,hungary,iceland,india,' +
    'indonesia,iran,iraq,ireland,israel,italy,japan,jordan,kazakhstan,kenya,kosovo,kuwait,' +
    'kyrgyzstan,laos,latvia,lebanon,libya,lithuania,malaysia,maldives,mali,mexico,moldova,' +
    'mongolia,morocco,mozambique,myanmar,nepal,netherlands,nicaragua,niger,nigeria,norway,oman,' +
    'pakistan,palestine,panama,paraguay,peru,philippines,poland,portugal,qatar,romania,russia,' +
    'rwanda,scotland,senegal,serbia,singapore,slovakia,somalia,spain,sudan,sweden,switzerland,' +
    'syria,taiwan,tajikistan,tanzania,thailand,tunisia,turkey,turkmenistan,uganda,ukraine,' +
    'uruguay,uzbekistan,venezuela,vietnam,wales,yemen,zambia,zimbabwe,south africa,south korea,' +
    'north korea,sri lanka,saudi arabia,new zealand,united arab emirates,south sudan,' +
    'czech republic,gaza strip,west bank,occupied palestine'
  ).split(','),
);

/** "KATHMANDU, Nepal" → "KATHMANDU"; any other place as it is. */
/** Whether the name is a country's, as datelines print it after their city. */
export const isCountry = (name: string): boolean => COUNTRIES.has(name.toLowerCase());

function withoutCountry(place: string): string {
  const comma = place.lastIndexOf(', ');
  if (comma <= 0) return place;
  return COUNTRIES.has(place.slice(comma + 2).toLowerCase()) ? place.slice(0, comma) : place;
}

// PR Newswire and kin put their credit between slashes: "NEW YORK, June 14, 2024 /PRNewswire/ --".
const SLASH_AGENCY = /^[A-Z][\w-]{1,40}$/i;

const AFTER_SLASHES = /^\.?(?:\s*[-–—:]+\s*|\s+(?=\S))/;

function withSlashAgency(head: string): RawDateline | null {
  const open = head.indexOf(' /');
  const close = open < 0 ? -1 : head.indexOf('/', open + 2);
  if (close < 0) return null;
  const agency = head.slice(open + 2, close);
  const after = AFTER_SLASHES.exec(head.slice(close + 1));
  // TASS sets full stops around its name: "TASHKENT, July 26. /TASS/. Uzbekistan …".
  const prefix = trimEndOf(head.slice(0, open), '.');
  const parsed = SLASH_AGENCY.test(agency) && after ? parsePrefix(prefix) : null;
  if (!parsed || !after || parsed.month === null) return null;
  return {
    text: head.slice(0, close + 1).trim(),
    ...parsed,
    agency,
    length: close + 1 + after[0].length,
  };
}

// National agencies print their credit after a comma: "Tehran, IRNA –", "Dhaka,SANA-",
// "Kuala Lumpur, Bernama --".
const COMMA_AGENCY =
  /^([^,:;()|[\]]{2,40}),\s*([A-Z][A-Za-z]{1,15}(?: [A-Z][A-Za-z]{1,15}){0,2})\s*(?:[-–—]{1,2}|:)\s*/;

function withCommaAgency(head: string): RawDateline | null {
  const m = COMMA_AGENCY.exec(head);
  const agency = m?.[2] ?? '';
  if (!m || !isAgencyName(agency)) return null;
  const parsed = parsePrefix(m[1] ?? '');
  if (!parsed?.location) return null;
  return {
    text: trimEndOf(m[0], ' -–—:'),
    ...parsed,
    agency,
    length: m[0].length,
  };
}

/** The dateline that opens a story's first paragraph, if it has one. */
export function parseDateline(paragraph: string): RawDateline | null {
  const head = paragraph.slice(0, HEAD_LIMIT);
  return withAgency(head) ?? withSlashAgency(head) ?? withCommaAgency(head) ?? capsOnly(head);
}

// A site's own desk prints the place in its usual case and a colon, bar or dash after it:
// "New Delhi: …", "Chandigarh, Oct 14: …", "Pune | …", "Kolkata, Oct 09: …".
const PAGE_DATELINE =
  /^([^:|,—–()[\]-]{2,40}?)(,\s*(?:[a-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[a-z]{3,9}\.?))?\s*(?:[:|—–]|\s-{1,2}|[,-]$)(?:\s+|$)/i;
const CITY_COUNTRY = /^([^:|,]{2,30}), ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s?:\s/;
// "Punjab Newsline, Chandigarh-": the outlet's name, then its desk's place.
const OUTLET_FIRST = /^([^:|,]{2,40}), (?=\S)/;
const MAX_PAGE_PLACE_WORDS = 4;
// IANS feeds print the date and no separator: "Mumbai, June 30 Shiv Sena rebel leader …".
const BARE_PAGE_DATELINE =
  /^([^:|,—–()[\]-]{2,40})(,\s*(?:[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9}\.?))\s+(?=["“‘'A-Z])/;
/**
 * The dateline that opens a page's story, in the forms sites print as well as the agencies': a
 * place in any case without an agency. Only for the first paragraph of a story found as such:
 * any paragraph may open with a capitalised word and a colon.
 */
export function parsePageDateline(paragraph: string): RawDateline | null {
  const head = paragraph.slice(0, HEAD_LIMIT);
  const wire = parseDateline(head);
  if (wire) return wire;
  // "Doha, Qatar: …": the city with its country after it.
  const withCountryAfter = CITY_COUNTRY.exec(head);
  if (withCountryAfter && COUNTRIES.has((withCountryAfter[2] ?? '').toLowerCase())) {
    const city = withCountryAfter[1] ?? '';
    if (isPlace(city) && STARTS_CAPITAL.test(city)) {
      const text = `${city}, ${withCountryAfter[2] ?? ''}`;
      return { text, location: city, ...NO_DATE, agency: null, length: withCountryAfter[0].length };
    }
  }
  const outlet = OUTLET_FIRST.exec(head);
  if (outlet && afterOutlet(outlet[1] ?? '') === null) {
    const rest = parsePageDateline(head.slice(outlet[0].length));
    return rest && { ...rest, length: rest.length + outlet[0].length };
  }
  const m = PAGE_DATELINE.exec(head) ?? BARE_PAGE_DATELINE.exec(head);
  if (!m) return null;
  const place = afterOutlet((m[1] ?? '').trim());
  if (place === null) return null;
  const words = place.split(' ');
  if (
    words.length > MAX_PAGE_PLACE_WORDS ||
    NOT_PLACES.has(place.toUpperCase()) ||
    !isPlace(place) ||
    !STARTS_CAPITAL.test(place)
  ) {
    return null;
  }
  // "Srinagar," alone on its line is a desk's dateline; "Earlier," is a sentence wrapped there.
  if (m[0].endsWith(',') && !INDIAN_DESK_PLACES.has(place.toLowerCase())) return null;
  const date = m[2] ? splitDate(place + m[2]) : { ...NO_DATE, place };
  const { month, day, year } = date;
  const text = (place + (m[2] ?? '')).trim();
  return { text, location: place, month, day, year, agency: null, length: m[0].length };
}

/**
 * A place in capitals and nothing else: "OKLAHOMA CITY" alone over its paragraph, "BERLIN" beside
 * a byline's stamp.
 */
export const SHOUTED_PLACE = new LetterPattern(
  () => /^[\p{Lu}\p{Lt}][\p{Lu}\p{Lt}\p{M}.'’ -]{1,30}$/u,
  /^[A-Z\u00c0-\u00d6\u00d8-\u00de][A-Z\u00c0-\u00d6\u00d8-\u00de.'’ -]{1,30}$/,
);
const MAX_SHOUTED_PLACE_WORDS = 3;

/**
 * "MAPUSA", "OKLAHOMA CITY": a place in capitals alone on a line, as a dateline printed apart from
 * its paragraph; null for any other line. Only for the line right above a story's first prose.
 */
export function parseShoutedPlace(line: string): RawDateline | null {
  const place = line.trim();
  if (!SHOUTED_PLACE.test(place) || NOT_PLACES.has(place) || !isPlace(place)) return null;
  if (place.split(' ').length > MAX_SHOUTED_PLACE_WORDS) return null;
  return { text: place, location: place, ...NO_DATE, agency: null, length: place.length };
}
