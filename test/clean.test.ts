import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  collapseSpaces,
  countWords,
  isCjk,
  isLetterOrDigit,
  letterKey,
  titleCaseShouting,
} from '../src/text/clean.js';
import { parseArticle } from '../src/index.js';

describe('isLetterOrDigit', () => {
  it('agrees with the Unicode letter and number classes on every code point', () => {
    const unicode = /^[\p{L}\p{N}]$/u;
    const wrong: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (isLetterOrDigit(code) !== unicode.test(String.fromCodePoint(code))) {
        wrong.push(code.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('letterKey', () => {
  it('keeps letters and digits of any script, lower-cased', () => {
    expect(letterKey('Kerala’s Rain — 2024 Update!')).toBe('keralasrain2024update');
    expect(letterKey("Kerala's rain - 2024 update")).toBe('keralasrain2024update');
    expect(letterKey('Ça coûte 5 €')).toBe('çacoûte5');
    expect(letterKey('मानसून केरल पहुंचा')).toBe('मानसून केरल पहुंचा'.replace(/[^\p{L}\p{N}]+/gu, ''));
    expect(letterKey('𝐁old 𝟐')).toBe('𝐁old𝟐');
    expect(letterKey('plain')).toBe('plain');
    expect(letterKey('')).toBe('');
    expect(letterKey(' -- ')).toBe('');
  });
});

describe('titleCaseShouting and countWords', () => {
  it('title-cases shouted names only', () => {
    expect(titleCaseShouting('NEW DELHI/MUMBAI')).toBe('New Delhi/Mumbai');
    expect(titleCaseShouting('SÃO PAULO')).toBe('São Paulo');
    expect(titleCaseShouting('OROVILLE, Calif.')).toBe('Oroville, Calif.');
    expect(titleCaseShouting('Moscow')).toBe('Moscow');
    expect(titleCaseShouting('2024')).toBe('2024');
    expect(titleCaseShouting('(UNITED NATIONS)')).toBe('(United Nations)');
  });

  it('counts words holding a letter or digit, in any script', () => {
    expect(countWords(['Hello — world’s 2 “best”', '— …'])).toBe(4);
    expect(countWords(['मानसून केरल पहुंचा', 'Ça coûte'])).toBe(5);
  });

  it('counts each Chinese, Japanese and Korean character as a word, as word counters do', () => {
    expect(countWords(['东京是日本的首都。'])).toBe(8);
    expect(countWords(['Tokyo东京2024年'])).toBe(5);
    expect(countWords(['カタカナ・ひらがな'])).toBe(8);
    expect(countWords(['서울 시장'])).toBe(4);
    expect(countWords(['𠀀𠀁 and more'])).toBe(4);
    const hundred = '市政府周一表示，从下月起，城区五座公园将在夏季延长开放时间至晚上十点。'.repeat(
      3,
    );
    expect(countWords([hundred])).toBe(3 * 32);
  });

  it('gives a Chinese page a word count by its characters', () => {
    const a = parseArticle(readFileSync('test/fixtures/encoding/chinese-page.utf8.html'));
    const han = a.paragraphs.join('').match(/\p{sc=Han}/gu) ?? [];
    expect(han.length).toBeGreaterThan(40);
    expect(a.wordCount).toBe(han.length);
  });

  it('tells CJK letters by their Unicode script', () => {
    const script = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Bopomofo}]$/u;
    const letter = /^\p{L}$/u;
    const wrong: number[] = [];
    for (let code = 0x1000; code <= 0x32000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCodePoint(code);
      // Outside the blocks counted are only rare historic and compatibility letters.
      if (isCjk(code) && !(script.test(ch) && letter.test(ch))) wrong.push(code);
    }
    expect(wrong).toEqual([]);
    for (const ch of '东京カタひら한국ㄅ') expect(isCjk(ch.codePointAt(0) ?? 0), ch).toBe(true);
    for (const ch of '・。、「」Aé') expect(isCjk(ch.codePointAt(0) ?? 0), ch).toBe(false);
  });
});

describe('collapseSpaces', () => {
  it('makes one line of a value that markup broke over several', () => {
    expect(collapseSpaces('  Representative image.\n              ')).toBe('Representative image.');
    expect(collapseSpaces('installed on the corridor\r\n   cleared an audit')).toBe(
      'installed on the corridor cleared an audit',
    );
    expect(collapseSpaces('a\u2028b\u00a0\u00a0c\u200bd')).toBe('a b cd');
    expect(collapseSpaces('plain')).toBe('plain');
  });
});
