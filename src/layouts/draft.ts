import type { Warning } from '../article.js';
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
  /**
   * What the page says about itself, as stated: its address, publication and language. Layouts
   * fill these from one place each (metadata.ts pageFields for HTML); normalise checks them.
   */
  url: string | null;
  site: string | null;
  language: string | null;
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
    url: null,
    site: null,
    language: null,
    warnings: [],
  };
}
