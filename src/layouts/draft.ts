import type { InputKind, Warning } from '../article.js';
import type { RawDateline } from '../wire/dateline.js';

/**
 * What a layout finds, as printed, before normalisation. A layout only says where each field
 * lives; turning text into instants, names and counts is normalise's job.
 */
export interface Draft {
  headline: string | null;
  summary: string | null;
  /** The byline's credit as printed, when it names an organisation. */
  agency: string | null;
  /** A person credited: a blog byline or a "By …" line. */
  author: string | null;
  /** The byline's place. */
  place: string | null;
  updated: string | null;
  created: string | null;
  countries: string[];
  /** The picture caption line, credit included ("… Image Credit: ANI"). */
  caption: string | null;
  /** On text documents, made of doc.lines joined by single spaces: collapsed already. */
  paragraphs: string[];
  disclaimer: string | null;
  /** The agency's closing credit line as printed: "(Reporting by …; Editing by …)". */
  credits: string | null;
  /** A desk sign-off as printed: "PTI ABC DEF". */
  signOff: string | null;
  tags: string[];
  warnings: Warning[];
  /** The story's dateline, when the layout found one in a form only pages print ("Pune |"). */
  dateline?: RawDateline;
  /** The zone the page's stamps are in when they print none (an Indian agency's copy: IST). */
  assumeZone?: string;
}

export function emptyDraft(): Draft {
  return {
    headline: null,
    summary: null,
    agency: null,
    author: null,
    place: null,
    updated: null,
    created: null,
    countries: [],
    caption: null,
    paragraphs: [],
    disclaimer: null,
    credits: null,
    signOff: null,
    tags: [],
    warnings: [],
  };
}

/** A decoded document handed to layouts. */
export interface Document {
  text: string;
  kind: InputKind;
  /** The text split into space-collapsed lines (text documents only; empty for HTML). */
  lines: readonly string[];
}

export interface Layout {
  name: string;
  kind: InputKind;
  /** Whether this layout claims the document; layouts are asked in order, the first wins. */
  matches(doc: Document): boolean;
  extract(doc: Document): Draft;
}
