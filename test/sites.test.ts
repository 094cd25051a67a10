/**
 * Site profiles: the registry gives each profile its layouts, the layouts read what a profile
 * declares (not Devdiscourse's values written into them), and labels are read from their words.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { TEXT_LAYOUTS } from '../src/detect.js';
import { HTML_LAYOUTS } from '../src/layouts/html/index.js';
import { siteHtml } from '../src/layouts/html/site-html.js';
import { siteText } from '../src/layouts/site-text.js';
import { readInput } from '../src/read/input.js';
import { devdiscourse } from '../src/sites/devdiscourse/profile.js';
import { SITES } from '../src/sites/index.js';
import type { SiteProfile } from '../src/sites/profile.js';
import { collapseSpaces } from '../src/text/clean.js';
import { labelReader } from '../src/text/list-labels.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261204);

describe('the site registry', () => {
  it('puts each profile’s layouts before the general ones, named after it', () => {
    const names = SITES.map((site) => site.name);
    expect(new Set(names).size).toBe(names.length);
    expect(TEXT_LAYOUTS.map((l) => l.name)).toEqual([
      ...names.map((name) => `${name}-text`),
      'wire-text',
      'plain-text',
    ]);
    expect(HTML_LAYOUTS.map((l) => l.name)).toEqual([
      ...names.map((name) => `${name}-html`),
      'generic-html',
    ]);
  });

  it('reads a Devdiscourse copy and page with the Devdiscourse profile', () => {
    const text = parseArticle(readFileSync('samples/devdiscourse-pti-caption.txt'));
    const page = parseArticle(readFileSync('samples/devdiscourse-agency.html'));
    expect([text.input.layout, text.site]).toEqual(['devdiscourse-text', 'Devdiscourse']);
    expect([page.input.layout, page.site]).toEqual(['devdiscourse-html', 'Devdiscourse']);
  });
});

describe('a site layout reads its profile', () => {
  // Devdiscourse's template under another name, zone and tag label.
  const other: SiteProfile = {
    ...devdiscourse,
    site: 'The Other Ledger',
    zone: 'UTC',
    labels: [{ list: 'tags', words: ['filed under'], colon: 'required' }],
    credit: { ...devdiscourse.credit, sourceList: null },
  };
  const copy = [
    'Ferry Fares Rise on Two Routes',
    '',
    'Ledger Desk | Port Amsel | Updated: 02-03-2025 09:15 | Created: 02-03-2025 08:40',
    '',
    'The harbour board raised fares on two ferry routes on Sunday, citing fuel costs.',
    '',
    'READ MORE ON: Harbour',
    '',
    'Passengers on the northern route will pay two crowns more from the first of April.',
    '',
    'Filed under: Ferries, Fares',
  ].join('\n');

  it('takes the site’s name, zone and labels from the profile', () => {
    const draft = siteText(other).extract(readInput(copy).doc);
    expect(draft.site).toBe('The Other Ledger');
    expect(draft.assumeZone).toBe('UTC');
    expect(draft.tags).toEqual(['Ferries', 'Fares']);
    expect(draft.agency).toBe('Ledger Desk');
    // Devdiscourse's own label is no label of this site: it opens no list and ends nothing.
    expect(draft.paragraphs.at(-1)).toBe(
      'Passengers on the northern route will pay two crowns more from the first of April.',
    );
  });

  it('finds an HTML page by the profile’s signature and classes', () => {
    const html = {
      ...other,
      html: {
        signature: /\bledger-story\b/,
        bodyClass: 'ledger-story',
        headlineClass: 'hl',
        summaryClass: 'dek',
      },
    };
    const page = `<html><body><h1 class="hl">Ferry Fares Rise</h1><p class="dek">Fuel costs.</p>
      <div><span>Ledger Desk</span> | <span>Updated: 02-03-2025 09:15</span></div>
      <div class="ledger-story"><p>The harbour board raised fares on Sunday.</p></div></body></html>`;
    const layout = siteHtml(html);
    const doc = readInput(page).doc;
    expect(layout.matches(doc)).toBe(true);
    expect(siteHtml(devdiscourse).matches(doc)).toBe(false);
    const draft = layout.extract(doc);
    expect([draft.headline, draft.summary, draft.site]).toEqual([
      'Ferry Fares Rise',
      'Fuel costs.',
      'The Other Ledger',
    ]);
    expect([draft.agency, draft.updated, draft.assumeZone]).toEqual([
      'Ledger Desk',
      '02-03-2025 09:15',
      'UTC',
    ]);
    expect(draft.paragraphs).toEqual(['The harbour board raised fares on Sunday.']);
  });
});

describe('labels read from their words', () => {
  const labels = labelReader(devdiscourse.labels);

  it('reads a label with or without its bullet, colon and inline items, as declared', () => {
    expect(labels.read('Country:')).toEqual({ name: 'countries', rest: '' });
    expect(labels.read('• Countries: India, Nepal')).toEqual({
      name: 'countries',
      rest: 'India, Nepal',
    });
    // A colon is required after "Country", optional after "READ MORE ON".
    expect(labels.read('Country')).toBeNull();
    expect(labels.read('READ MORE ON')).toEqual({ name: 'tags', rest: '' });
    expect(labels.read('First Published In: Mongabay')).toEqual({
      name: 'firstPublishedIn',
      rest: 'Mongabay',
    });
    expect(labels.read('Read more on the website.')).toBeNull();
  });

  it('escapes the words: a label is matched as printed', () => {
    const dotted = labelReader([{ list: 'tags', words: ['tags (a.k.a.)'], colon: 'required' }]);
    expect(dotted.read('Tags (a.k.a.): x')?.rest).toBe('x');
    expect(dotted.read('Tags (aXkXaX): x')).toBeNull();
  });

  it('never turns away a text whose collapsed form is a label (the HTML fast path)', () => {
    const pieces = ['Country', 'Countries', 'READ MORE ON', 'first published in', ':', ' ', '\n'];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...pieces, '•', '-', 'x'), fc.string({ maxLength: 2 })), {
        maxLength: 8,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (raw) => {
        if (labels.read(collapseSpaces(raw)) !== null) expect(labels.mayOpen.test(raw)).toBe(true);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
