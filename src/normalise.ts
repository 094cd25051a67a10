/**
 * Draft → Article: stamps to instants, the caption split from its credit, the dateline read and
 * dated, names tidied, words counted, and what is missing or odd reported as warnings.
 */
import type { Article, Dateline, Image, InputInfo, Timestamp, Warning } from './article.js';
import { SCHEMA_VERSION } from './article.js';
import type { Draft } from './layouts/draft.js';
import { collapseSpaces, countWords, titleCaseShouting, trimEndOf } from './text/clean.js';
import { monthNumber } from './time/months.js';
import { decodeLeftoverEntities } from './text/entities.js';
import { parseStamp, twoDigits } from './time/stamp.js';
import { parseCredits } from './wire/credits.js';
import { parseDateline, type RawDateline } from './wire/dateline.js';
import { shortAgencyName } from './wire/agencies.js';

export interface NormaliseContext {
  input: InputInfo;
  /** Zone abbreviation assumed for stamps that print none (Devdiscourse prints IST). */
  assumeZone?: string;
}

const CREDIT_LABEL = /\b(?:image|photo|picture|pic)\s?(?:credit|courtesy|source)s?\s?:/i;
// Other sites' short labels, after the caption's last sentence: "… Kurraba Point. Picture: Jo Lam".
const TRAILING_CREDIT =
  /[.!?]\s(?:photo(?:graph)?|picture|pic|image|credit)s?\s?:\s?([^.!?:]{1,80})$/i;

// A photographer and outlet in brackets at the end, as wires and papers print them.
const BRACKETED_CREDIT = /(?:^|\s)\(([^()/]{1,60}\/[^()/]{1,60})\)$/;

/** "Representative Image. Image Credit: ANI" → caption "Representative Image", credit "ANI". */
export function splitCaption(line: string | null): Image | null {
  if (line === null) return null;
  const text = collapseSpaces(line);
  if (!text) return null;
  // Both labels end in a colon; most captions have none, and the patterns stay uncompiled.
  const labelled = text.includes(':');
  const m = labelled ? CREDIT_LABEL.exec(text) : null;
  if (m) return captionAndCredit(text, m.index, m.index + m[0].length);
  const trailing = labelled ? TRAILING_CREDIT.exec(text) : null;
  if (trailing) {
    return captionAndCredit(text, trailing.index + 1, text.length - (trailing[1] ?? '').length);
  }
  // "… storm surge. (Colleen MacIsaac/The Harbour Ledger)", "(AP Photo/Jon Elswick)"
  const bracketed = text.endsWith(')') ? BRACKETED_CREDIT.exec(text) : null;
  if (bracketed) {
    const end = text.length - 1;
    return captionAndCredit(text, bracketed.index, end - (bracketed[1] ?? '').length, end);
  }
  return { caption: text, credit: null };
}

/**
 * The picture's caption as printed (a printed credit line included) and the credit a page or a
 * feed set apart from it, when it does.
 */
export function imageOf(caption: string | null, credit: string | null): Image | null {
  if (credit === null) return splitCaption(caption);
  const text = caption === null ? '' : collapseSpaces(caption);
  return { caption: trimEndOf(text, CAPTION_END) || null, credit: collapseSpaces(credit) };
}

// What separates a caption from the credit that follows it.
const CAPTION_END = ' ,;:|–—-';

function captionAndCredit(
  text: string,
  labelStart: number,
  creditStart: number,
  creditEnd = text.length,
): Image {
  // The caption keeps its own full stop; only the separator before the label goes.
  const caption = trimEndOf(text.slice(0, labelStart), CAPTION_END);
  const credit = text.slice(creditStart, creditEnd).trim();
  return { caption: caption || null, credit: credit || null };
}

function stamp(
  text: string | null,
  field: string,
  context: NormaliseContext,
  warnings: Warning[],
): Timestamp | null {
  if (text === null) return null;
  const options = context.assumeZone ? { field, assumeZone: context.assumeZone } : { field };
  const result = parseStamp(text, options);
  warnings.push(...result.warnings);
  return result.stamp;
}

const isoDate = (year: number, month: number, day: number): string =>
  `${year}-${twoDigits(month)}-${twoDigits(day)}`;

function isDay(year: number, month: number, day: number): boolean {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

/**
 * The dateline's date. A printed year (press releases) is taken as it is; otherwise the calendar
 * year that puts month/day nearest the story's own date (Dec 31 on a story of Jan 1).
 */
function datelineDate(
  month: number,
  day: number,
  printedYear: number | null,
  reference: Timestamp | null,
): string | null {
  if (printedYear !== null) {
    return isDay(printedYear, month, day) ? isoDate(printedYear, month, day) : null;
  }
  const iso = reference?.iso;
  if (!iso) return null;
  const year = Number(iso.slice(0, 4));
  const refDay = Date.UTC(year, Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  let best: { year: number; distance: number } | null = null;
  for (const candidate of [year - 1, year, year + 1]) {
    const distance = Math.abs(Date.UTC(candidate, month - 1, day) - refDay);
    if (isDay(candidate, month, day) && (best === null || distance < best.distance)) {
      best = { year: candidate, distance };
    }
  }
  return best ? isoDate(best.year, month, day) : null;
}

// Wire copy may open with a few summary bullets before the datelined paragraph.
const DATELINE_PARAGRAPHS = 3;

function readDateline(
  paragraphs: readonly string[],
  reference: Timestamp | null,
  found: RawDateline | undefined,
): Dateline | null {
  let raw = found ?? null;
  if (!raw)
    for (const paragraph of paragraphs.slice(0, DATELINE_PARAGRAPHS)) {
      raw = parseDateline(paragraph);
      if (raw) break;
    }
  if (!raw) return null;
  return {
    text: raw.text,
    location: raw.location,
    date: raw.month && raw.day ? datelineDate(raw.month, raw.day, raw.year, reference) : null,
    agency: raw.agency,
  };
}

const STATED_DAY = /,\s?(?:([a-z]{3,9})\.? (\d{1,2})|(\d{1,2}) ([a-z]{3,9})\.?)$/i;

/** A dateline a source states apart from the story ("PUNE, June 14"), dated as in copy. */
export function datelineOf(printed: string, reference: Timestamp | null): Dateline | null {
  const text = collapseSpaces(printed);
  if (text === '') return null;
  const raw = parseDateline(`${text} - `);
  // "Pune, June 14": a place and a day, as stated apart from the story.
  const stated = raw?.month ? null : STATED_DAY.exec(text);
  const month = raw?.month ?? (stated ? (monthNumber(stated[1] ?? stated[4] ?? '') ?? null) : null);
  const day = raw?.day ?? (stated ? Number(stated[2] ?? stated[3]) : null);
  return {
    text,
    location: raw ? raw.location : (text.split(',')[0] ?? text).trim(),
    date: month && day ? datelineDate(month, day, raw?.year ?? null, reference) : null,
    agency: raw?.agency ?? null,
  };
}

const nonEmpty = (text: string | null): string | null => {
  if (text === null) return null;
  const clean = collapseSpaces(text);
  return clean === '' ? null : clean;
};

function uniqueClean(items: readonly string[]): string[] {
  // Most stories have no tags or no countries; an empty list is also another kind of array to
  // the compiler, which would throw away the code it made for lists of strings.
  if (items.length === 0) return [];
  return [...new Set(items.map(collapseSpaces).filter(Boolean))];
}

/** An absolute http(s) address as stated, or null: a relative or other-scheme one names no page. */
export function pageUrl(text: string | null): string | null {
  const url = text?.trim() ?? '';
  if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) return null;
  return new URL(url).href;
}

/**
 * A language tag as BCP 47 spells it: "en_IN" (og:locale's way) → "en-IN", "EN-us" → "en-US".
 * Null for what names no language ("x-default", "*", "und") or is no tag at all.
 */
export function languageTag(text: string | null): string | null {
  const tag = text?.trim().replaceAll('_', '-') ?? '';
  if (!/^[a-z]{2,3}(?:-[a-z\d]{1,8})*$/i.test(tag) || /^und\b/i.test(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

export function normalise(draft: Draft, context: NormaliseContext): Article {
  const warnings: Warning[] = [...draft.warnings];
  const updated = stamp(draft.updated, 'updated', context, warnings);
  const created = stamp(draft.created, 'created', context, warnings);
  if (updated?.utc && created?.utc && updated.utc < created.utc) {
    warnings.push({
      code: 'updated-before-created',
      message: `updated (${updated.text}) is earlier than created (${created.text})`,
    });
  }
  // A text layout joins its paragraphs from the document's lines, space-collapsed already (a
  // property test holds it to that); only markup's paragraphs need collapsing here.
  const raw =
    context.input.kind === 'text' ? draft.paragraphs : draft.paragraphs.map(collapseSpaces);
  const paragraphs = raw.filter(Boolean);
  const dateline = readDateline(paragraphs, created?.iso ? created : updated, draft.dateline);
  const headline = nonEmpty(draft.headline);
  if (headline === null) warnings.push({ code: 'no-headline', message: 'no headline found' });
  if (paragraphs.length === 0)
    warnings.push({ code: 'no-body', message: 'no body paragraphs found' });
  const place = nonEmpty(draft.place) ?? dateline?.location ?? null;
  // Pages escape some text twice ("&amp;quot;"); plain-text copies print what they print.
  const text =
    context.input.kind === 'html'
      ? (value: string | null) => {
          const clean = nonEmpty(value);
          return clean === null ? null : decodeLeftoverEntities(clean);
        }
      : nonEmpty;
  const author = text(draft.author);
  // A credit naming one person twice ("By Ana Ruiz" and her author page) names no agency.
  const printedAgency = text(draft.agency) ?? dateline?.agency ?? null;
  const agency = printedAgency === null ? null : shortAgencyName(printedAgency);

  return {
    schemaVersion: SCHEMA_VERSION,
    headline: headline === null ? '' : (text(headline) ?? ''),
    // A title printed twice is no standfirst of itself.
    summary: draft.summary === draft.headline ? null : text(draft.summary),
    agency: agency === author ? null : agency,
    author,
    location: place === null ? null : titleCaseShouting(place),
    updated,
    created,
    countries: uniqueClean(draft.countries),
    image: imageOf(text(draft.caption), text(draft.imageCredit)),
    dateline,
    paragraphs,
    disclaimer: nonEmpty(draft.disclaimer),
    credits: parseCredits(nonEmpty(draft.credits)),
    signOff: nonEmpty(draft.signOff),
    tags: uniqueClean(draft.tags),
    url: pageUrl(draft.url),
    site: text(draft.site),
    language: languageTag(draft.language),
    wordCount: countWords(paragraphs),
    warnings,
    input: context.input,
  };
}
