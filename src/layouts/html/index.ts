/**
 * Layouts for HTML pages. Kept in a module of their own so that text inputs never load the HTML
 * machinery: the CLI imports this module only when an input is HTML.
 */
import type { Layout } from '../layout.js';
import { siteHtml } from './site-html.js';
import { genericHtml } from './generic-html.js';
import { SITES } from '../../sites/index.js';

/** Most specific first: each site profile's layout; generic-html reads any page. */
export const HTML_LAYOUTS: readonly Layout[] = [...SITES.map(siteHtml), genericHtml];
