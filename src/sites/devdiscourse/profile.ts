/**
 * Devdiscourse (FORMAT.md §1–2): every article page is rendered from one template.
 *
 *   Headline
 *   Summary paragraph (optional)
 *   SOURCE | City | Updated: dd-MM-yyyy HH:mm IST | Created: dd-MM-yyyy HH:mm IST
 *   Caption. Image Credit: X        (the headline again when the story has no picture)
 *     • Country:
 *     • India
 *   Body paragraphs…
 *   (notice)
 *   READ MORE ON: tags
 *   FIRST PUBLISHED IN: source      (blog posts, whose byline names the author)
 */
import type { SiteProfile } from '../profile.js';
import { devdiscourseByline } from './byline.js';

export const devdiscourse = {
  name: 'devdiscourse',
  site: 'Devdiscourse',
  // India Standard Time, printed on every stamp and assumed where a copy lost it.
  zone: 'IST',
  byline: devdiscourseByline,
  labels: [
    // Beside the SHARE buttons.
    { list: 'countries', words: ['country', 'countries'], colon: 'required' },
    { list: 'tags', words: ['read more on'], colon: 'optional' },
    { list: 'firstPublishedIn', words: ['first published in'], colon: 'optional' },
  ],
  credit: { sourceList: 'firstPublishedIn', captionLabel: /image credit\s*:/i },
  html: {
    // The body section; "article-content" and the like are other sites'.
    signature: /\barticle-cont(?![\w-])/,
    bodyClass: 'article-cont',
    headlineClass: 'title',
    summaryClass: 'sub-title',
  },
} satisfies SiteProfile;
