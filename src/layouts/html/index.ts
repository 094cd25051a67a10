/**
 * Layouts for HTML pages. Kept in a module of their own so that text inputs never load the HTML
 * machinery: the CLI imports this module only when an input is HTML.
 */
import type { Layout } from '../layout.js';
import { devdiscourseHtml } from './devdiscourse-html.js';
import { genericHtml } from './generic-html.js';

/** Most specific first; generic-html reads any page. */
export const HTML_LAYOUTS: readonly Layout[] = [devdiscourseHtml, genericHtml];
