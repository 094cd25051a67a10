/**
 * The roles of a page copy's lines above its story, by cheap features of each line and its
 * neighbours (after jusText and "boilerplate detection using shallow text features"):
 *
 *   furniture   site name, sections, button labels, picture file names, date-only lines
 *   meta        bylines, agency and stamp lines (page-meta.ts)
 *   caption     a picture's caption or credit, often printed twice
 *   title       a short line without a closing full stop: a headline candidate
 *   prose       a sentence or more: a standfirst or the story
 *
 * The story opens on the first run of prose (two prose lines in a row, or prose that is not
 * printed again below as the standfirst is); the headline is the title that shares the most
 * words with the story's opening, the nearest above it winning a tie.
 */
import { isHeaderFurniture, isFurnitureLine } from './furniture.js';
import { hasBracketedCredit, LEADING_LABEL } from './picture-credit.js';
import { endsLikeSentence, stripBullet, trimEndOf } from './clean.js';
import { isStampText } from './meta-line.js';

// Words no headline is made of alone.
const PAGE_LABELS: ReadonlySet<string> = new Set([
  'logo',
  'image',
  'photo',
  'video',
  'news',
  'big story',
  'top stories',
  'breaking news',
  'latest news',
  'world',
  'india',
  'business',
  'sports',
  'more',
  '×',
  '✕',
  '|',
  'in this article:',
]);

const FILE_NAME = /^\S{1,80}\.(?:jpe?g|png|gif|webp|avif|svg)$/i;
// "This Article is From Jan 24, 2021", "Don't miss the latest developments…", reading time.
const PAGE_NOTE =
  /^(?:this article is from\b|don['’]?t miss\b|\d{1,3} min(?:ute)?s? read$|last updated\b|\{|\}|\[wpforms)/i;
// A picture's credit closing its caption: "… Credit: PTI Photo", "(File photo)", "REUTERS/Ann Lee",
// "(AP)", "PHOTO: HARBOUR DAILY", "AFP PHOTO / NAME", "/ Flickr / CC BY-SA 2.0", "… SPA".
const CAPTION_CREDIT =
  /(?:\b(?:credit|photo|image|picture|pic)s?\s?:\s?[^.]{1,60}|\((?:[^()]{0,80}\b(?:photo|image|file|via|pic)\b[^()]{0,80}|AP|AFP|Reuters|PTI|ANI|IANS|Xinhua)\)|\b(?:REUTERS|AFP PHOTO|AP Photo)\s?\/[^/]{1,60}|\/ Flickr \/.*|\bCC BY\S*(?: \d\.\d)?|\bSPA|\bREUTERS)\.?$/i;
// The credit run on to the caption's last word: "…the circus to restartImage: Agency / Name".
const GLUED_CAPTION_CREDIT = /\p{Ll}(?:Image|Photo|Picture|Credit)s? ?: ?[^.]{1,60}$/u;
const MAX_TITLE_WORDS = 30;
const MIN_TITLE_WORDS = 3;
const MAX_TITLE_LENGTH = 250;
const MIN_PROSE_LENGTH = 50;
const MIN_PROSE_WORDS = 8;

export type Role = 'blank' | 'furniture' | 'meta' | 'caption' | 'title' | 'prose' | 'other';

const wordsOf = (text: string): string[] => text.split(' ').filter(Boolean);

/** Furniture a page prints around its headline: never the headline nor the story. */
export function isPageFurniture(line: string): boolean {
  const text = stripBullet(line);
  if (text === '' || isHeaderFurniture(text) || isFurnitureLine(text)) return true;
  if (text.length <= 30 && PAGE_LABELS.has(text.toLowerCase())) return true;
  if (FILE_NAME.test(text) || PAGE_NOTE.test(text) || isGluedMenu(text)) return true;
  if (RELATIVE_TIME.test(text)) return true;
  // A date alone ("Sunday, February 6, 2011") is the site's date, not a title.
  if (text.length > MAX_DATE_LINE || !/\d/.test(text)) return false;
  // "June 10, 2016 / 3:19 PM / a year ago": the date, then how long ago.
  const slash = text.indexOf(' / ');
  return isStampText(slash > 0 ? text.slice(0, slash) : text);
}

const MAX_DATE_LINE = 60;
// "2 months ago", "an hour ago": how old the page is, as the site printed it when copied.
const RELATIVE_TIME =
  /^(?:about |over )?(?:\d{1,3}|an?|one) (?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s? ago$/i;
// Menu items a converter ran together: "ContributorsPublishersAdvertisers", "HomeWorldSport".
const GLUED_WORDS = /^(?:\p{Lu}\p{Ll}+){3,8}$/u;
const MAX_GLUED_MENU = 80;

function isGluedMenu(text: string): boolean {
  return text.length <= MAX_GLUED_MENU && !text.includes(' ') && GLUED_WORDS.test(text);
}

export function isCaption(line: string): boolean {
  return (
    line.length <= 400 &&
    (CAPTION_CREDIT.test(line) ||
      GLUED_CAPTION_CREDIT.test(line) ||
      hasBracketedCredit(line) ||
      LEADING_LABEL.test(line))
  );
}

// A long line is prose even when a copy lost its closing punctuation.
const LONG_PROSE = 150;

// Prose is mostly lower-case words; a Title Case headline has a few at most. A line closed
// by a full stop is a sentence already: names and titles may crowd it ("Chinese President Xi
// Jinping held talks with U.S. Vice President Joe Biden Wednesday in Beijing.").
const MIN_LOWER_SHARE = 0.3;
const MIN_SENTENCE_LOWER_SHARE = 0.2;

function lowerShare(words: readonly string[]): number {
  let lower = 0;
  for (const word of words) {
    const first = word.charAt(0);
    if (first !== first.toUpperCase()) lower++;
  }
  return lower / words.length;
}

export function isProseLine(line: string): boolean {
  if (line.length < MIN_PROSE_LENGTH) return false;
  const words = wordsOf(line);
  const sentence = endsLikeSentence(line);
  return (
    (sentence || line.length >= LONG_PROSE) &&
    words.length >= MIN_PROSE_WORDS &&
    lowerShare(words) >= (sentence ? MIN_SENTENCE_LOWER_SHARE : MIN_LOWER_SHARE) &&
    !isCaption(line)
  );
}

const MIN_STANDFIRST_WORDS = 8;
const MIN_STANDFIRST_LENGTH = 40;

/** A standfirst's shape: a sentence's words, full stop or not, and no caption's credit. */
export function isStandfirstLine(line: string): boolean {
  const words = wordsOf(line);
  return (
    line.length >= MIN_STANDFIRST_LENGTH &&
    words.length >= MIN_STANDFIRST_WORDS &&
    lowerShare(words) >= MIN_LOWER_SHARE &&
    !isCaption(line) &&
    !isPageFurniture(line)
  );
}

const MAX_NAME_WORDS = 4;

/** A name and nothing else: a few words, each capitalised ("Harbour Post", "Asha Menon"). */
export function isNameLine(line: string): boolean {
  const words = wordsOf(line);
  return (
    words.length > 0 &&
    words.length <= MAX_NAME_WORDS &&
    words.every((word) => /^\p{Lu}/u.test(word))
  );
}

const MIN_PHRASE_WORDS = 5;

/** Words mostly in lower case, as a sentence is written: "2 pupils among the injured". */
export function isPhrase(line: string): boolean {
  const words = wordsOf(line);
  return words.length >= MIN_PHRASE_WORDS && lowerShare(words) >= MIN_LOWER_SHARE;
}

const MIN_SHORT_SENTENCE_WORDS = 4;

/** A sentence too short to be prose alone: "But the real test lies at home." */
export function isShortSentence(line: string): boolean {
  const words = wordsOf(line);
  return (
    words.length >= MIN_SHORT_SENTENCE_WORDS &&
    endsLikeSentence(line) &&
    !endsWithAbbreviation(line) &&
    lowerShare(words) >= MIN_LOWER_SHARE &&
    !isCaption(line)
  );
}

/** "… of Douma: U.N." ends with an abbreviation where a sentence ends with a full stop. */
function endsWithAbbreviation(line: string): boolean {
  const word = line.slice(line.lastIndexOf(' ') + 1, -1);
  return word.includes('.');
}

export function isTitleLike(line: string): boolean {
  const words = wordsOf(line);
  return (
    words.length >= MIN_TITLE_WORDS &&
    words.length <= MAX_TITLE_WORDS &&
    line.length <= MAX_TITLE_LENGTH &&
    !/[:;,]$/.test(line) &&
    (!line.endsWith('.') || endsWithAbbreviation(line)) &&
    !isCaption(line)
  );
}

// Words that tell nothing of the story: shared by any two lines.
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the of in on at to for from by with and or but as is are was were be been has have had ' +
    'it its this that these those he she they his her their says said will would after over into ' +
    'not no new news latest today about up out more than'
  ).split(' '),
);

const STEM_LENGTH = 5;

/** The content words of a text, lower-cased, without punctuation, cut to their stems. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    // A word's first letters stand for its forms: "senators" and "senate", "concurs" and
    // "concurred" share a title's word with its story.
    if (raw.length > 1 && !STOP_WORDS.has(raw)) words.add(raw.slice(0, STEM_LENGTH));
  }
  return words;
}

/** The share of a title's content words found in the story's opening. */
export function overlap(title: string, lead: ReadonlySet<string>): number {
  const words = contentWords(title);
  if (words.size === 0) return 0;
  let shared = 0;
  for (const word of words) if (lead.has(word)) shared++;
  return shared / words.size;
}

/**
 * Two captions in a row, the second the first with a credit added: one picture. The index of
 * the first (the text line above, past one blank line), or -1.
 */
export function repeatedAbove(lines: readonly string[], i: number): number {
  const line = lines[i] ?? '';
  const k = lines[i - 1] === '' ? i - 2 : i - 1;
  const above = lines[k] ?? '';
  return above.length >= 20 && line !== above && line.startsWith(above) ? k : -1;
}

// What a page sets after its title: the site's name after a bar (" | Harbour News"), or a
// byline glued to the title's last word ("…near the passTN , Tarn News").
const SITE_SUFFIX = / \| \p{Lu}[\p{L}.&'-]*(?: \p{Lu}[\p{L}.&'-]*){0,3}$/u;
const GLUED_CREDIT = /(?<=\p{Ll})\p{Lu}{2,5} , \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,3}$/u;

/** The title without the site's name or a credit the page set after it. */
export function withoutTitleSuffix(title: string): string {
  // "…in Bharat Jodo Yatra |": a separator left where the site's name was.
  const cut = trimEndOf(title, ' |–—').replace(SITE_SUFFIX, '').replace(GLUED_CREDIT, '');
  return wordsOf(cut).length >= MIN_TITLE_WORDS ? cut : title;
}

export const repeatsAbove = (lines: readonly string[], i: number): boolean =>
  repeatedAbove(lines, i) >= 0;
