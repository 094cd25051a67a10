/**
 * The notice and credit rules were split into keyed patterns (src/text/keyed.ts) so that V8 does
 * not compile large alternations at start-up. These properties hold them to the single patterns
 * they replaced, on text built from the words those patterns care about.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCreditLine, isSignOff } from '../src/wire/credits.js';
import { isNotice } from '../src/wire/notice.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261126);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

// The rules written as single patterns, as they were before the split.
const STRONG =
  /\b(?:auto(?:matically|-| )?(?:generated|published|aggregated)|(?:syndicated|agency|wire|news|rss) (?:news )?feeds?|syndicated (?:news|content|copy|story|service)|(?:has|have|was|were|is) not been (?:created or )?(?:edited|modified|changed|reviewed)|(?:un|not )edited by|without (?:any )?(?:modifications?|edit(?:s|ing)?|changes)|holds? no responsibility|(?:takes?|accepts?|bears?) no responsibility|(?:published|republished|reproduced|sourced) (?:from|via|through) (?:a |an |the )?(?:syndicated|wire|news agency|agency))/i;
const WEAK =
  /\b(?:with (?:inputs?|contributions?) from|with (?:agency|agencies|wire|pti|ani|ians|reuters|afp|ap|uni) inputs?|inputs? from (?:agencies|wires)|(?:news|wire) (?:agency|service)|(?:agency|wire) copy|unedited|(?:from|via|through) (?:a |an |the )?[\w-]+ (?:news )?feeds?)\b/i;
const FRAMED =
  /^(?:[([]|(?:disclaimer|note|editor['’]?s note|nb)\b|(?:this|the) (?:story|report|article|content|copy|news|item|piece)\b|except for the headline|only the headline|(?:headline|story|copy) (?:and|&))/i;
const referenceNotice = (p: string): boolean =>
  p.length <= 600 && (STRONG.test(p) || (WEAK.test(p) && (FRAMED.test(p) || p.length <= 80)));

const SIGN_OFFS = [
  /^(?:PTI|UNI|IANS|ANI|NNN|APP)(?: [A-Z]{2,4}){1,6}$/,
  /^-{1,2}\s?(?:IANS|PTI|UNI|ANI)(?:\s[a-z]{1,6}(?:\/[a-z]{1,6})+)?$/,
  /^[a-z][a-z-]{0,10}(?:\/[a-z][a-z-]{0,10})+$/,
  /^\((?:ANI|IANS|PTI|UNI)\)$/,
];

// Every word of the rules, some neighbours, and what separates them.
const WORDS = [
  'auto',
  'automatically',
  'generated',
  'published',
  'republished',
  'reproduced',
  'sourced',
  'syndicated',
  'agency',
  'agencies',
  'wire',
  'wires',
  'news',
  'rss',
  'feed',
  'feeds',
  'content',
  'copy',
  'story',
  'service',
  'has',
  'have',
  'was',
  'were',
  'is',
  'not',
  'been',
  'edited',
  'modified',
  'changed',
  'reviewed',
  'unedited',
  'un',
  'by',
  'without',
  'any',
  'modification',
  'modifications',
  'edit',
  'edits',
  'editing',
  'changes',
  'holds',
  'hold',
  'takes',
  'accepts',
  'bears',
  'no',
  'responsibility',
  'from',
  'via',
  'through',
  'a',
  'an',
  'the',
  'with',
  'input',
  'inputs',
  'contribution',
  'contributions',
  'pti',
  'ani',
  'ians',
  'reuters',
  'afp',
  'ap',
  'uni',
  'this',
  'report',
  'article',
  'disclaimer',
  'note',
  "editor's",
  'nb',
  'headline',
  'and',
  '&',
  'only',
  'except',
  'for',
  'rss-type',
  'devdiscourse',
  'staff',
  'Reporting',
  'Editing',
  'Writing',
  'contributed',
  'to',
  'Jane',
  'Doe',
  'writer',
  'Associated',
  'Press',
  'PTI',
  'ABC',
  'IANS',
  'sk/arm',
  '(ANI)',
  '--IANS',
  'bur-ach/st',
];
// Whole phrases of the rules, so that matches are common rather than rare.
const PHRASES = [
  'auto-generated',
  'auto-aggregated',
  'has not been created or edited',
  'automatically published',
  'syndicated feed',
  'news feeds',
  'rss news feed',
  'syndicated content',
  'has not been edited',
  'were not been reviewed',
  'not edited by',
  'unedited by',
  'without any modifications',
  'without editing',
  'holds no responsibility',
  'takes no responsibility',
  'republished from a wire',
  'sourced via the news agency',
  'published through agency',
  'with inputs from',
  'with contribution from',
  'with pti inputs',
  'inputs from agencies',
  'input from wires',
  'news agency',
  'wire service',
  'agency copy',
  'from a rss-type feed',
  'via the x news feeds',
  'this story',
  'the copy',
  'editor’s note',
  'except for the headline',
  'headline and',
  'copy &',
];
const SEPARATORS = [' ', ' ', ' ', '', '-', '. ', ', ', '; ', '(', ')', '  ', '\t'];

const phrase = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...PHRASES)),
      fc.constantFrom(...SEPARATORS),
      fc.constantFrom('lower', 'upper', 'title'),
    ),
    { minLength: 1, maxLength: 10 },
  )
  .map((parts) =>
    parts
      .map(([word, separator, casing]) => {
        const cased =
          casing === 'upper'
            ? word.toUpperCase()
            : casing === 'title'
              ? word.charAt(0).toUpperCase() + word.slice(1)
              : word;
        return cased + separator;
      })
      .join('')
      .trim(),
  );

describe('keyed rules agree with the single patterns they replaced', () => {
  it('isNotice', () => {
    fc.assert(
      fc.property(phrase, (text) => {
        expect(isNotice(text)).toBe(referenceNotice(text));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('isSignOff', () => {
    const token = fc.constantFrom(
      'PTI',
      'UNI',
      'IANS',
      'ANI',
      'NNN',
      'APP',
      'ABC',
      'DE',
      'XYZW',
      'sk/arm',
      'bur-ach/st',
      'sk',
      'arm',
      '/',
      '-',
      '--',
      '(',
      ')',
      '(ANI)',
      'a',
      'Said.',
    );
    const signOffLike = fc
      .array(fc.tuple(token, fc.constantFrom('', ' ', ' ', '\t')), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.map(([word, gap]) => word + gap).join(''));
    fc.assert(
      fc.property(fc.oneof(signOffLike, phrase), (text) => {
        expect(isSignOff(text)).toBe(SIGN_OFFS.some((pattern) => pattern.test(text)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('knows the notices of the samples and passes over story sentences', () => {
    expect(
      isNotice(
        '(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)',
      ),
    ).toBe(true);
    expect(isNotice('The ministry said the report had been reviewed by experts.')).toBe(false);
    expect(isCreditLine('(Reporting by Jane Doe; Editing by John Smith)')).toBe(true);
    expect(isCreditLine('The report was written by hand.')).toBe(false);
  });
});
