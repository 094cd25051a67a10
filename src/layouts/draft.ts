import type { Article, Warning } from '../article.js';
import { CLOSING_FIELDS, type Closing } from '../text/closing.js';
import type { RawDateline } from '../wire/dateline.js';

/** Article fields that normalise works out itself: no layout finds them. */
type Worked = 'schemaVersion' | 'wordCount' | 'input';

/** Article fields a layout finds in another shape, declared in DraftOnly. */
type Reshaped = 'location' | 'image' | 'dateline';

/**
 * A field as printed: lists stay lists (warnings stay warnings); every other value, whatever
 * normalise makes of it (an instant, a credit line's roles), is text a copy may lack.
 */
type AsPrinted<T> = [T] extends [readonly Warning[]]
  ? Warning[]
  : [T] extends [readonly string[]]
    ? string[]
    : string | null;

/** The fields a layout finds under another name or shape than the Article's. */
interface DraftOnly {
  /** The byline's place (Article.location, else the dateline's). */
  place: string | null;
  /** The picture caption line as printed, a printed credit included ("… Image Credit: ANI"). */
  caption: string | null;
  /** The picture's credit when the page sets it apart from the caption (markup, a feed field). */
  imageCredit: string | null;
  /** The story's dateline, when the layout found one in a form only pages print ("Pune |"). */
  dateline?: RawDateline;
  /** The zone the page's stamps are in when they print none (an Indian agency's copy: IST). */
  assumeZone?: string;
}

/**
 * What a layout finds, as printed, before normalisation: every Article field in its printed
 * form, so that a field added to Article is one here too (and emptyDraft, normalise and the
 * schema fail to compile until they have it). A layout only says where each field lives;
 * turning text into instants, names and counts is normalise's job. The page's own address,
 * publication and language come from one place each (metadata.ts pageFields for HTML).
 */
export type Draft = {
  [K in Exclude<keyof Article, Worked | Reshaped>]: AsPrinted<Article[K]>;
} & DraftOnly;

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
    imageCredit: null,
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

/** The notice, credit line and sign-off a body reader found, into the draft. */
export function takeClosing(draft: Draft, closing: Closing): void {
  for (const field of CLOSING_FIELDS) draft[field] = closing[field];
}
