/**
 * The one registry of site profiles: one for each SiteName, so that adding a name makes the
 * compiler ask for its profile. The layouts read with them are registered in src/detect.ts
 * (text) and src/layouts/html/index.ts (HTML).
 */
import type { SiteName, SiteProfile } from './profile.js';
import { labelReader, type LabelReader } from '../text/list-labels.js';
import { devdiscourse } from './devdiscourse/profile.js';

const PROFILES: { readonly [name in SiteName]: SiteProfile & { name: name } } = {
  devdiscourse,
};

/** Every profile, in the order their layouts are tried. */
export const SITES: readonly SiteProfile[] = Object.values(PROFILES);

/**
 * The labels of every site's lists, for the general readers too: a copy of a site's page may
 * reach them without the byline that names the site (cut short, or rewritten by a converter).
 */
export const PAGE_LABELS: LabelReader = labelReader(SITES.flatMap((site) => site.labels));
