/**
 * The output contract. Changing this shape means bumping SCHEMA_VERSION, updating
 * src/schema.ts (a compile-time check keeps the two in step) and the README's changelog.
 */
export const SCHEMA_VERSION = 3 as const;

/** A printed time stamp, resolved to an instant when its zone is known. */
export interface Timestamp {
  /** As printed, e.g. "14-06-2024 17:34 IST". */
  text: string;
  /**
   * ISO 8601 with the printed offset, e.g. "2024-06-14T17:34:00+05:30"; only the day
   * ("2024-06-14") when the copy prints a date without a time; the wall-clock time without an
   * offset ("2015-04-30T07:19:58") when it prints a time but no zone; null when unresolved.
   */
  iso: string | null;
  /** The same instant in UTC, e.g. "2024-06-14T12:04:00Z"; null when unresolved. */
  utc: string | null;
  /** IANA zone the abbreviation stands for, e.g. "Asia/Kolkata"; null when unknown. */
  zone: string | null;
}

export interface Image {
  caption: string | null;
  credit: string | null;
}

export interface Dateline {
  /** The dateline as printed, without the separator that follows it. */
  text: string;
  location: string | null;
  /** YYYY-MM-DD, the year taken from the story's time stamps; null without a date or stamps. */
  date: string | null;
  agency: string | null;
}

/** A credit line such as "(Reporting by Jane Doe; Editing by John Roe)". */
export interface Credits {
  /** As printed. */
  text: string;
  /** Each role with its names: [{ role: "Reporting", names: ["Jane Doe"] }, …]. */
  roles: CreditRole[];
}

export interface CreditRole {
  role: string;
  names: string[];
}

export interface Warning {
  code: string;
  message: string;
}

export type InputKind = 'text' | 'html';

/**
 * The names of the Encoding Standard (https://encoding.spec.whatwg.org/#names-and-labels), one
 * for each encoding TextDecoder reads: how input.encoding names what was used.
 */
export const ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1252',
  'windows-1250',
  'windows-1251',
  'windows-1253',
  'windows-1254',
  'windows-1255',
  'windows-1256',
  'windows-1257',
  'windows-1258',
  'windows-874',
  'iso-8859-2',
  'iso-8859-3',
  'iso-8859-4',
  'iso-8859-5',
  'iso-8859-6',
  'iso-8859-7',
  'iso-8859-8',
  'iso-8859-8-i',
  'iso-8859-10',
  'iso-8859-13',
  'iso-8859-14',
  'iso-8859-15',
  'iso-8859-16',
  'koi8-r',
  'koi8-u',
  'ibm866',
  'macintosh',
  'x-mac-cyrillic',
  'gbk',
  'gb18030',
  'big5',
  'euc-jp',
  'iso-2022-jp',
  'shift_jis',
  'euc-kr',
  'x-user-defined',
] as const;

/**
 * How the bytes were decoded, by the encoding's WHATWG name: "utf-8" (also for string input),
 * "utf-16le", "utf-16be", "windows-1252" (Latin-1 is read, and named, as it), or another that a
 * byte-order mark, the caller, a page's declared charset or the text's letters named.
 */
export type Encoding = (typeof ENCODINGS)[number];

export interface InputInfo {
  path: string | null;
  kind: InputKind;
  layout: string;
  bytes: number;
  /** How the bytes were decoded; "utf-8" for string input. */
  encoding: Encoding;
}

export interface Article {
  schemaVersion: typeof SCHEMA_VERSION;
  headline: string;
  summary: string | null;
  agency: string | null;
  author: string | null;
  location: string | null;
  updated: Timestamp | null;
  created: Timestamp | null;
  countries: string[];
  image: Image | null;
  dateline: Dateline | null;
  paragraphs: string[];
  disclaimer: string | null;
  /** The agency's closing credit line, kept out of paragraphs (schema 2). */
  credits: Credits | null;
  /** An agency desk sign-off such as "PTI ABC DEF", kept out of paragraphs (schema 2). */
  signOff: string | null;
  tags: string[];
  /** The story's own address: the page's canonical link or og:url (schema 3). */
  url: string | null;
  /** The publication's name: og:site_name or the JSON-LD publisher (schema 3). */
  site: string | null;
  /** BCP 47 language tag, "en" or "en-IN", as the page states it (schema 3). */
  language: string | null;
  wordCount: number;
  warnings: Warning[];
  input: InputInfo;
}
