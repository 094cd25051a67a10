import fc from 'fast-check';
import { stripVTControlCharacters as stripAnsi } from 'node:util';
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { graphemeWidth, graphemes, textWidth, wrap } from '../src/render/wrap.js';

const bold = (text: string): string => `\u001b[1m${text}\u001b[22m`;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const graphemesOf = (text: string): string[] =>
  [...segmenter.segment(text)].map((s) => s.segment).filter((g) => !/^\s$/.test(g));

describe('wrap', () => {
  it('fills lines greedily with single spaces and no spaces at the ends', () => {
    expect(wrap('the quick  brown fox jumps over the lazy dog ', 10)).toEqual([
      'the quick',
      'brown fox',
      'jumps over',
      'the lazy',
      'dog',
    ]);
  });

  it('gives no lines for empty or blank text', () => {
    expect(wrap('', 20)).toEqual([]);
    expect(wrap('   ', 20)).toEqual([]);
  });

  it('counts Devanagari, Bengali and Tamil as a terminal draws them: spacing signs take a column', () => {
    // Letters and spacing vowel signs (ि ी া ি) one column each; virama, anusvara and signs above
    // or below none — what wcwidth, and so the terminal, gives them.
    expect(textWidth('हिंदी')).toBe(4);
    expect(textWidth('क्षेत्र')).toBe(4);
    expect(textWidth('नमस्ते')).toBe(4);
    expect(textWidth('বাংলা')).toBe(5);
    expect(textWidth('தமிழ்')).toBe(4);
    const hindi =
      'मानसून ने केरल में निर्धारित समय से दो दिन पहले दस्तक दी और राज्य के किसानों ने राहत की सांस ली।';
    for (const line of wrap(hindi, 24)) expect(textWidth(line)).toBeLessThanOrEqual(24);
    expect(wrap(hindi, 24).join(' ')).toBe(hindi);
  });

  it('counts CJK characters and emoji as two columns', () => {
    expect(textWidth('東京')).toBe(4);
    expect(textWidth('🎉a')).toBe(3);
    // 東京 + space + 大阪 is 9 columns: it does not fit in 8.
    expect(wrap('東京 大阪', 8)).toEqual(['東京', '大阪']);
    expect(wrap('東京 大阪', 9)).toEqual(['東京 大阪']);
  });

  it('breaks CJK text without spaces between characters', () => {
    const lines = wrap('主催者によると三日間の来場者数は過去最高', 10);
    expect(lines).toEqual(['主催者によ', 'ると三日間', 'の来場者数', 'は過去最高']);
  });

  it('counts an emoji sequence as a terminal that does not join it would draw it', () => {
    // tmux draws the ZWJ family as three two-column pictures.
    expect(graphemeWidth('👨‍👩‍👧')).toBe(6);
    expect(graphemeWidth('🇮🇳')).toBe(2);
    expect(graphemeWidth('é')).toBe(1);
  });

  it('never splits a grapheme cluster when it breaks a word', () => {
    const family = '👨‍👩‍👧';
    const lines = wrap(family.repeat(5), 13);
    expect(lines).toEqual([family.repeat(2), family.repeat(2), family]);
  });

  it('puts a character wider than the whole line on a line of its own', () => {
    expect(wrap('東京', 1)).toEqual(['東', '京']);
  });

  it('breaks a word longer than the line, starting it where there is room', () => {
    const lines = wrap('see https://example.com/a/very/long/path/that/goes/on', 16);
    expect(lines).toEqual(['see https://exam', 'ple.com/a/very/l', 'ong/path/that/go', 'es/on']);
  });

  it('styles each line by itself, so no style runs into the next line', () => {
    const lines = wrap(
      [{ text: 'MOSCOW, June 14 (Reuters)', style: bold }, { text: ' - text' }],
      12,
    );
    expect(lines).toEqual([bold('MOSCOW, June'), bold('14 (Reuters)'), '- text']);
  });

  it('measures the text, not its colour codes', () => {
    const lines = wrap([{ text: 'aaaa bbbb cccc', style: bold }], 9);
    expect(lines.map(stripAnsi)).toEqual(['aaaa bbbb', 'cccc']);
  });

  it('keeps a nobreak run whole, and the gaps between differently styled labels plain', () => {
    const a = (t: string): string => `<${t}>`;
    const b = (t: string): string => `<${t}>`;
    const lines = wrap(
      [
        { text: 'Tags' },
        { text: ' ' },
        { text: 'New Delhi', style: a, nobreak: true },
        { text: ' ' },
        { text: 'Los Angeles', style: b, nobreak: true },
      ],
      16,
    );
    expect(lines).toEqual(['Tags <New Delhi>', '<Los Angeles>']);
  });

  // From 6 columns on: the widest grapheme here (the family) needs that many.
  it('never makes a line wider than asked, and loses no character', () => {
    const piece = fc.constantFrom(
      'word',
      'a',
      ' ',
      '  ',
      '東京',
      '主催者によると',
      '🎉',
      '👨‍👩‍👧',
      '🇮🇳',
      'é',
      'Donaudampfschifffahrtsgesellschaft',
      'https://example.com/path',
      '—',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.integer({ min: 6, max: 50 }),
        (parts, width) => {
          const text = parts.join('');
          const lines = wrap(text, width);
          for (const line of lines) {
            expect(textWidth(line)).toBeLessThanOrEqual(width);
            expect(line).toBe(line.trim());
          }
          expect(graphemesOf(lines.join(''))).toEqual(graphemesOf(text));
        },
      ),
    );
  });
});

describe('grapheme widths', () => {
  it('measures the common characters as string-width does, one by one', () => {
    const ranges = [
      [0x20, 0x7e],
      [0xa0, 0x24f],
      [0x400, 0x4ff],
      [0x2000, 0x206f],
      [0x3000, 0x30ff],
      [0x4e00, 0x9fff],
      [0xac00, 0xd7a3],
    ] as const;
    const mismatches: string[] = [];
    for (const [from, to] of ranges) {
      for (let code = from; code <= to; code++) {
        const char = String.fromCharCode(code);
        if (graphemeWidth(char) !== stringWidth(char)) mismatches.push(code.toString(16));
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('splits long texts into the same clusters as Intl.Segmenter', () => {
    const piece = fc.constantFrom('a', ' ', 'é', 'e\u0301', '🇮🇳', '👨‍👩‍👧', '👍🏽', 'क्ष', '東', '1️⃣');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 100, maxLength: 400 }), (parts) => {
        const text = parts.join('');
        expect([...graphemes(text)]).toEqual([...segmenter.segment(text)].map((s) => s.segment));
      }),
      { numRuns: 50 },
    );
  });
});
