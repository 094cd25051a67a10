/**
 * Which legacy encoding text that is not UTF-8 was saved in, told by its letters. Each candidate
 * reads the bytes, and the reading is marked down for what real text does not hold: letters its
 * languages do not use, symbols inside words ("Rz¹d"), a capital after a small letter inside a
 * word, runs of accented letters, control characters. A reading with nothing against it, clearly
 * ahead of the others, is taken; anything less is refused with the likely encoding named.
 */
import type { Encoding } from '../article.js';
import { decodeWindows1252 } from './windows-1252.js';

interface Candidate {
  /** WHATWG name, as TextDecoder and input.encoding give it. */
  name: Encoding;
  /** The letters beyond ASCII that the encoding's languages use. */
  letters: string;
  /** Letters its languages use seldom (Icelandic's in Windows-1252): a quarter mark each. */
  rare?: string;
  /** Latin script: runs of four accented letters are not words, nor are other scripts. */
  latin: boolean;
  /** Marks for what only a misreading makes of the candidate's own letters (see wordMarks). */
  words?: (word: string) => number;
}

// Windows-1252 reads Central European letters as Western ones that its own languages never
// put together: "Dvořák" as "Dvoøák" (Nordic ø beside an acute), "příště" as "pøíštì" (Italian's
// grave ì, which only ends a word).
const NORDIC = /[åæø]/i;
const ROMANCE = /[áíóúàèìòùñçãõâêîôû]/i;
const GRAVE_INSIDE = /[ìòù](?=[a-z\u00e0-\u00f6\u00f8-\u00ff])/i;
// Portuguese's õ and ã stand before e, o or s ("ões", "mãe", "não", "irmãs"); Hungarian's ő and
// Romanian's ă read as them stand anywhere ("hétfõn", "dupã"). French ï follows a vowel ("naïve"),
// Latvian ļ read as it a consonant ("nodokïu").
const TILDE_ASTRAY = /[õã](?![eos])/i;
const DIAERESIS_ASTRAY = /[b-df-hj-np-tv-z]ï/i;
function westernMarks(word: string): number {
  let marks = 0;
  if (NORDIC.test(word) && ROMANCE.test(word)) marks++;
  if (GRAVE_INSIDE.test(word)) marks++;
  if (TILDE_ASTRAY.test(word)) marks++;
  if (DIAERESIS_ASTRAY.test(word)) marks++;
  return marks;
}

// Greek words of six letters or more carry an accent (tonos) unless shouted; Cyrillic read as
// Greek makes long words without one.
const GREEK_SMALL = /^[\u03b1-\u03c9ϊϋ]{6,}$/;
const GREEK_TONOS = /[άέήίόύώΐΰ]/;
function greekMarks(word: string): number {
  return GREEK_SMALL.test(word) && !GREEK_TONOS.test(word) ? 1 : 0;
}

const upperAndLower = (letters: string): string => letters + letters.toUpperCase();

// In the order ties are settled: Windows-1252 first, as it was the only legacy encoding read
// before, then the other Windows code pages by how common they are in news copy.
export const CANDIDATES: readonly Candidate[] = [
  {
    name: 'windows-1252',
    letters: upperAndLower('àáâãäåæçèéêëìíîïñòóôõöøùúûüšžœ') + 'ßÿŸ',
    rare: upperAndLower('ðþý'),
    latin: true,
    words: westernMarks,
  },
  {
    name: 'windows-1250',
    letters: upperAndLower('ąćęłńóśźżáčďéěíňřšťúůýžäôĺľŕöőüűăâîş') + 'ß',
    // Croatian's đ and the cedilla ţ of old Romanian copy; Turkish read as Windows-1250 is full of them.
    rare: upperAndLower('đţ'),
    latin: true,
  },
  {
    name: 'windows-1254',
    letters: upperAndLower('çğöşüâîû') + 'ıİ',
    latin: true,
  },
  {
    name: 'windows-1257',
    letters: upperAndLower('ąčęėįšųūžāēģīķļņōŗõäöü'),
    latin: true,
  },
  {
    name: 'windows-1251',
    letters: upperAndLower('абвгдеёжзийклмнопрстуфхцчшщъыьэюяђѓєѕіїјљњћќўџґ'),
    latin: false,
  },
  {
    name: 'koi8-r',
    letters: upperAndLower('абвгдеёжзийклмнопрстуфхцчшщъыьэюя'),
    latin: false,
  },
  {
    name: 'windows-1253',
    letters: upperAndLower('αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋ') + 'ςΐΰ',
    latin: false,
    words: greekMarks,
  },
];

// Signs that never touch a letter in real text; Windows-1252 reads Polish "ą ł" as "¹ ³".
const NEVER_BESIDE_LETTERS = new Set('¹²³¼½¾±¦¨´¸¯˘˝˛ˇ˙¤¬¥¢£―');
// Signs that may stand inside a word: apostrophes, a middle dot, a soft hyphen.
const INSIDE_WORDS = new Set('’‘·\u00ad');

const isAsciiLetter = (ch: string): boolean => /^[a-z]$/i.test(ch);
const isCased = (ch: string): boolean => ch.toLowerCase() !== ch.toUpperCase();
const isUpper = (ch: string): boolean => isCased(ch) && ch === ch.toUpperCase();
const isLower = (ch: string): boolean => isCased(ch) && ch === ch.toLowerCase();

/** How much speaks against a reading; 0 for text that looks like the candidate's languages. */
export function marksAgainst(text: string, candidate: Candidate): number {
  const letters = new Set(candidate.letters);
  const rare = new Set(candidate.rare ?? '');
  let marks = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      run = 0;
      continue;
    }
    const ch = text.charAt(i);
    const before = text.charAt(i - 1);
    const after = text.charAt(i + 1);
    if ((code >= 0x80 && code <= 0x9f) || code === 0xfffd) {
      marks++;
      run = 0;
    } else if (isCased(ch)) {
      if (!letters.has(ch)) marks += rare.has(ch) ? 0.25 : 1;
      // "пРИВЕТ", "żQ": a capital straight after a small letter, one of them beyond ASCII.
      if (isUpper(ch) && isLower(before)) marks++;
      if (isLower(ch) && isUpper(after) && after.charCodeAt(0) < 0x80) marks++;
      run++;
      if (candidate.latin && run === 4) marks++;
      // "yэllэk": another script inside a Latin word.
      if (!candidate.latin && (isAsciiLetter(before) || isAsciiLetter(after))) marks++;
      // Greek's final sigma ends a word; Cyrillic "т" read as Greek stands inside them.
      if (ch === 'ς' && isCased(after)) marks++;
    } else {
      run = 0;
      if (INSIDE_WORDS.has(ch)) continue;
      if (isCased(before) && isCased(after)) marks++;
      else if (NEVER_BESIDE_LETTERS.has(ch) && (isCased(before) || isCased(after))) marks++;
      else if ((ch === '¿' || ch === '¡') && isCased(before)) marks++;
    }
  }
  if (candidate.words) {
    for (const word of text.split(/[\s.,;:!?"()“”«»]+/)) {
      if (word.length > 1 && !/^[\x20-\x7e]*$/.test(word)) marks += candidate.words(word);
    }
  }
  return marks;
}

function read(bytes: Uint8Array, name: string): string {
  // Node's own windows-1252 decoder reads it as Latin-1 in some releases: see windows-1252.ts.
  return name === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(name).decode(bytes);
}

const MAX_LATIN_HIGH_SHARE = 0.3;

// Multi-byte encodings are never guessed, only named when the bytes are valid in them.
const MULTI_BYTE = ['shift_jis', 'euc-jp', 'gbk', 'big5', 'euc-kr'];

export type LegacyReading =
  | { encoding: Encoding; text: string }
  | {
      encoding: null;
      /** The likely encodings, most likely first; empty when none fits. */ likely: string[];
    };

/** The encoding the bytes were saved in, when their letters leave no doubt. */
export function readLegacy(bytes: Uint8Array): LegacyReading {
  let high = 0;
  for (const byte of bytes) if (byte >= 0x80) high++;
  // Latin-script text is mostly ASCII: past this share of high bytes it is some other script.
  const notLatin = high > MAX_LATIN_HIGH_SHARE * bytes.length;
  const readings = CANDIDATES.map((candidate) => {
    const text = read(bytes, candidate.name);
    const marks = candidate.latin && notLatin ? high : marksAgainst(text, candidate);
    return { encoding: candidate.name, text, marks };
  });
  // Stable: ties keep the candidates' order.
  const ranked = [...readings].sort((a, b) => a.marks - b.marks);
  const [best, second] = ranked as [(typeof ranked)[0], (typeof ranked)[0]];
  if (best.marks === 0 && (second.marks > 0 || best.encoding === 'windows-1252')) {
    return { encoding: best.encoding, text: best.text };
  }
  const tied = ranked.filter((r) => r.marks === best.marks).map((r) => r.encoding);
  if (best.marks === 0) return { encoding: null, likely: tied };
  const multiByte = MULTI_BYTE.filter((name) => {
    try {
      new TextDecoder(name, { fatal: true }).decode(bytes);
      return true;
    } catch {
      return false;
    }
  });
  if (multiByte.length > 0) return { encoding: null, likely: multiByte };
  // A reading with a few marks in a long text is likely, not certain: named, not taken.
  if (best.marks > 0.1 * high) return { encoding: null, likely: [] };
  return { encoding: null, likely: tied.length > 1 ? tied : [best.encoding, second.encoding] };
}
