/**
 * Feed markup in text: the tag scan and the common-entity decoder (src/text/markup.ts) against
 * the patterns and the entities package they stand in for, on text built from the pieces that
 * matter (tags of every kind, broken tags, references known and unknown, bare ampersands).
 */
import { decodeHTML } from 'entities';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasMarkup, stripMarkup } from '../src/text/markup.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261126);
const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);

// The reading before the scan: one pattern per kind of tag.
const TAG_NAMES =
  'p|br|div|span|[abiu]|em|strong|small|sup|sub|li|ul|ol|h[1-6]|blockquote|figure|figcaption|img|table|thead|tbody|tr|td|th|section|article|header|footer|font|center|hr|iframe|script|style';
const KNOWN_TAG = new RegExp(`</?(?:${TAG_NAMES})\\b[^<>]*>`, 'i');
const BLOCK_TAG =
  /<\/?(?:p|div|li|ul|ol|h[1-6]|blockquote|figure|figcaption|table|tr|section|article|header|footer|hr|center)\b[^<>]*>/gi;
const BREAK_TAG = /<br\b[^<>]*>/gi;
const ANY_TAG = /<\/?[a-z][^<>]*>/gi;
const ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

const referenceHasMarkup = (text: string): boolean =>
  (text.includes('<') && KNOWN_TAG.test(text)) || (text.includes('&') && ENTITY.test(text));

function referenceStrip(text: string, dropScripts: (t: string) => string): string {
  let out = text;
  if (KNOWN_TAG.test(out)) {
    out = dropScripts(out).replace(BLOCK_TAG, '\n\n').replace(BREAK_TAG, '\n').replace(ANY_TAG, '');
  }
  return ENTITY.test(out) ? decodeHTML(out) : out;
}

const PIECES = [
  '<p>',
  '</p>',
  '<P class="x">',
  '<br>',
  '<br/>',
  '</br>',
  '<BR >',
  '<div id=a>',
  '</div>',
  '<a href="/x">',
  '</a>',
  '<b>',
  '<bold>',
  '<p-x>',
  '<p_x>',
  '<h2>',
  '<h7>',
  '<span>',
  '<img src=x>',
  '<li>',
  '<tr>',
  '<custom-tag>',
  '<x1>',
  '< p>',
  '<',
  '>',
  '<<p>',
  '<a<p>>',
  '</>',
  '<1>',
  '<script>',
  '</script>',
  '<style>',
  '</style>',
  '&amp;',
  '&lt;',
  '&gt;',
  '&nbsp;',
  '&rsquo;',
  '&ldquo;',
  '&rdquo;',
  '&hellip;',
  '&copy;',
  '&copy',
  '&AMP;',
  '&notit;',
  '&not;',
  '&eacute;',
  '&#8217;',
  '&#x2019;',
  '&#X2019;',
  '&#150;',
  '&#0;',
  '&#55296;',
  '&#1114112;',
  '&#x1F600;',
  '&#65;',
  '&',
  '&;',
  'AT&T',
  'Tom & Jerry; both',
  ';',
  '#',
  'x',
  'Word',
  ' ',
  '\n',
  '  ',
  '—',
];

// Every named reference decoded without the entities package, and a few it leaves to it.
const NAMED = (
  'amp lt gt quot apos nbsp ndash mdash lsquo rsquo ldquo rdquo hellip bull middot copy reg ' +
  'trade deg euro pound laquo raquo eacute rarr'
)
  .split(' ')
  .map((name) => `&${name};`);

const text = fc
  .array(fc.constantFrom(...PIECES, ...NAMED), { maxLength: 24 })
  .map((parts) => parts.join(''));

describe('feed markup in text', () => {
  it('finds markup where the patterns did', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(hasMarkup(t)).toBe(referenceHasMarkup(t));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('strips tags and decodes references as the patterns and the entities package did', () => {
    // Scripts and styles are dropped by the same code in both; only the rest is compared.
    const noScripts = (t: string): string => t;
    fc.assert(
      fc.property(
        text.filter((t) => !/<\/?(?:script|style)\b/i.test(t)),
        (t) => {
          expect(stripMarkup(t)).toBe(referenceStrip(t, noScripts));
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('decodes a feed paragraph', () => {
    expect(
      stripMarkup(
        '<p>Kerala&rsquo;s rain &amp; floods&#8212;&ldquo;early&rdquo;</p><p>Next<br>line</p>',
      ),
    ).toBe('\n\nKerala’s rain & floods—“early”\n\n\n\nNext\nline\n\n');
  });
});
