/**
 * Layouts for HTML pages. Kept in a module of their own so that text inputs never load the HTML
 * machinery: the CLI imports this module only when an input is HTML.
 */
import type { Layout } from '../draft.js';

export const HTML_LAYOUTS: readonly Layout[] = [];
