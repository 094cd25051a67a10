/**
 * What a site may declare about its pages, and nothing else: how its copies and pages are
 * recognised, the labels of its lists, its byline grammar, the zone of its stamps and how its
 * credits are read. The readers that act on a profile are general (src/layouts/site-text.ts,
 * src/layouts/html/site-html.ts); a profile is a declaration, with code only where a grammar
 * cannot be data.
 */
import type { ListLabel, ListName } from '../text/list-labels.js';
import type { ZoneName } from '../time/zones.js';

/** Every site profile's name; its layouts are `<name>-text` and `<name>-html`. */
export type SiteName = 'devdiscourse';

/** A byline as the site prints it, its parts as printed. */
export interface SiteByline {
  /** The source or the author credited, before the place. */
  credit: string | null;
  place: string | null;
  updated: string | null;
  created: string | null;
}

/** The site's byline line: how it is read, and how a converter may have broken it. */
export interface BylineGrammar {
  /** The byline this line holds, or null: it recognises the site's text copies. */
  read(line: string): SiteByline | null;
  /**
   * The lines with a byline that a converter broke over lines put back together; with a
   * limit, only the first `limit` lines are made. Lines that need nothing joined come back as
   * they are.
   */
  rejoin(lines: readonly string[], limit?: number): readonly string[];
  /** How far into a copy the byline may stand: deeper down it would be quoted text. */
  searchLines: number;
  /** Text that only a byline's stamp holds: in HTML the byline is found from it. */
  stampText: RegExp;
}

/** Where the site's page template prints its parts, by class. */
export interface PageTemplate {
  /** Whether a saved page is one of the site's: a cheap test on its markup. */
  signature: RegExp;
  /** The class of the body's section, and of the headline's and the summary's elements. */
  bodyClass: string;
  headlineClass: string;
  summaryClass: string;
}

export interface SiteProfile {
  name: SiteName;
  /** The publication, as output in `site` when a page does not state it. */
  site: string;
  /** The zone of stamps the site prints without one: an abbreviation src/time/zones.ts knows. */
  zone: ZoneName;
  byline: BylineGrammar;
  /** The lists the site labels around its stories. */
  labels: readonly ListLabel[];
  credit: {
    /**
     * The list that names the source when the byline names a person (a blog post): the
     * person is then the author and the list's first item the agency. Null when the site
     * names no source apart.
     */
    sourceList: ListName | null;
    /** A caption's credit label: a line under the byline that holds it is the caption. */
    captionLabel: RegExp;
  };
  html: PageTemplate;
}
