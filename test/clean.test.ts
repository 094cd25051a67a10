import { describe, expect, it } from 'vitest';
import {
  collapseSpaces,
  countWords,
  isLetterOrDigit,
  letterKey,
  titleCaseShouting,
} from '../src/text/clean.js';

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
