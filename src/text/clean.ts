/**
 * Whitespace and line handling shared by the text layouts. Curly quotes, dashes and other
 * typography are never touched: only spacing and invisible characters are.
 */

// Spaces that copy-paste and converters leave behind: NBSP, thin/figure/ideographic spaces, tabs.
const ODD_SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Invisible characters with no meaning in news copy (ZWNJ/ZWJ are kept: Indic scripts need them).
const INVISIBLES = /[\u200b\u2060\ufeff\u00ad]/g;
const SPACE_RUN = / {2,}/g;
const SPACE = 0x20;
// The characters the passes below would change, as one class: a scan the engine runs natively.
const ODD_OR_INVISIBLE = /[\t\v\f\u00a0\u00ad\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]/;
// The same with every line break but \n: text holding none of these is split on \n alone.
const NOT_PLAIN_BUT_NEWLINE =
  /[\r\u0085\u2028\u2029\t\v\f\u00a0\u00ad\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]/;
// And with \n: a value holding none of these needs at most its double spaces closed up.
const NOT_PLAIN =
  /[\n\r\u0085\u2028\u2029\t\v\f\u00a0\u00ad\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]/;

/** The text with odd spaces made spaces, invisibles gone and runs of spaces made one. */
function fixSpacing(text: string): string {
  const spaced = ODD_OR_INVISIBLE.test(text)
    ? text.replace(ODD_SPACES, ' ').replace(INVISIBLES, '')
    : text;
  return spaced.replace(SPACE_RUN, ' ');
}

// Within one value (a caption, a paragraph read from a page's markup) a line break is a space.
const LINE_BREAKS = /\r\n|[\n\r\u0085\u2028\u2029]/g;

/** One space between words, none at the ends, all on one line. */
export function collapseSpaces(text: string): string {
  // Most values are plain already: one scan, then at most their double spaces (a replace that
  // finds nothing returns the text itself, and scans faster than includes('  ')).
  if (!NOT_PLAIN.test(text)) return text.replace(SPACE_RUN, ' ').trim();
  return fixSpacing(text.replace(LINE_BREAKS, ' ')).trim();
}

/**
 * Text as lines: line endings unified, byte-order marks gone, each line space-collapsed, and a
 * run of blank lines kept as one (layouts only ask whether a line is blank, and a million blank
 * lines should not stay a million entries).
 */
const WHOLE_TEXT_LIMIT = 1 << 20;

export function toLines(text: string): string[] {
  const lines: string[] = [];
  const keep = (line: string): void => {
    if (line !== '' || lines[lines.length - 1] !== '') lines.push(line);
  };
  // Spacing is fixed over the whole text in native passes, then each line only trimmed: far
  // cheaper than fixing line by line. A huge text is fixed line by line instead: whole copies
  // of it would cost more memory than the speed is worth.
  const whole = text.length <= WHOLE_TEXT_LIMIT;
  if (whole && !NOT_PLAIN_BUT_NEWLINE.test(text)) {
    const spaced = text.replace(SPACE_RUN, ' ');
    let start = 0;
    for (;;) {
      const end = spaced.indexOf('\n', start);
      keep(spaced.slice(start, end < 0 ? spaced.length : end).trim());
      if (end < 0) return lines;
      start = end + 1;
    }
  }
  const spaced = whole ? fixSpacing(text) : text;
  // Break by break rather than split(): a million blank lines never become a million entries.
  const breaks = /\r\n|[\n\r\u0085\u2028\u2029]/g;
  let start = 0;
  for (;;) {
    const found = breaks.exec(spaced);
    const end = found ? found.index : spaced.length;
    const raw = spaced.slice(start, end);
    keep(whole ? raw.trim() : collapseSpaces(raw));
    if (!found) return lines;
    start = breaks.lastIndex;
  }
}

/** Bullet marks that list items carry in pasted copies. */
const BULLET = /^[•*·‣▪◦●■□➢►–-](?: |$)/;

export function isBulleted(line: string): boolean {
  return BULLET.test(line);
}

export function stripBullet(line: string): string {
  return line.replace(BULLET, '').trim();
}

/** A run of non-blank lines between blank ones. */
export interface Block {
  /** Index of the block's first line in the document's lines. */
  start: number;
  lines: string[];
}

export function toBlocks(lines: readonly string[], from = 0, to = lines.length): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? '';
    if (line === '') {
      current = null;
    } else if (current) {
      current.lines.push(line);
    } else {
      current = { start: i, lines: [line] };
      blocks.push(current);
    }
  }
  return blocks;
}

const SENTENCE_END = /[.!?…:;"'”’)\]]$/;

export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

// Blocks that news copy uses and that hold no letter or digit: punctuation (dashes, quotes),
// currency signs, arrows and maths, box drawing and shapes (bullets), emoji.
const WITHOUT_LETTERS: readonly (readonly [number, number])[] = [
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
  [0x2190, 0x23ff],
  [0x2500, 0x26ff],
  [0x1f300, 0x1f64f],
  [0x1f680, 0x1f6ff],
  [0x1f900, 0x1f9ff],
];

const isAsciiLetterOrDigit = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);

/**
 * Whether a code point is a letter or a digit (Unicode L or N). The common blocks are decided
 * here; the Unicode pattern is used only beyond them, since its first use costs a millisecond.
 */
export function isLetterOrDigit(code: number): boolean {
  if (code < 0x80) return isAsciiLetterOrDigit(code);
  if (code <= 0xff) {
    // Latin-1: letters from À on but × and ÷; ª µ º; the superscripts and fractions.
    if (code >= 0xc0) return code !== 0xd7 && code !== 0xf7;
    return [0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe].includes(code);
  }
  // Latin Extended-A and -B are letters.
  if (code <= 0x24f) return true;
  for (const [first, last] of WITHOUT_LETTERS) {
    if (code >= first && code <= last) return false;
  }
  // Written here, not at the top: V8 builds the classes when it first evaluates the literal.
  return /[\p{L}\p{N}]/u.test(String.fromCodePoint(code));
}

/** Letters and digits only, lower-cased: how two renderings of one line of text are compared. */
export function letterKey(text: string): string {
  const lower = text.toLowerCase();
  let key = '';
  let run = 0;
  for (let i = 0; i < lower.length; i++) {
    let code = lower.charCodeAt(i);
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff) {
      code = lower.codePointAt(i) ?? code;
      width = code > 0xffff ? 2 : 1;
    }
    if (!isLetterOrDigit(code)) {
      key += lower.slice(run, i);
      run = i + width;
    }
    i += width - 1;
  }
  return run === 0 ? lower : key + lower.slice(run);
}

/**
 * Whether a code point is a letter of Han, Kana, Bopomofo or Hangul: scripts written without
 * spaces between words (or, for Hangul, counted so by word counters), where each one counts.
 */
export function isCjk(code: number): boolean {
  if (code < 0x1100) return false;
  const inBlocks =
    (code >= 0x4e00 && code <= 0x9fff) || // CJK Unified Ideographs
    (code >= 0x3040 && code <= 0x30ff) || // Hiragana, Katakana
    (code >= 0xac00 && code <= 0xd7af) || // Hangul syllables
    (code >= 0x3400 && code <= 0x4dbf) || // Extension A
    (code >= 0x1100 && code <= 0x11ff) || // Hangul Jamo
    (code >= 0x3100 && code <= 0x318f) || // Bopomofo, Hangul compatibility Jamo
    (code >= 0x31f0 && code <= 0x31ff) || // Katakana extension
    (code >= 0xf900 && code <= 0xfaff) || // compatibility ideographs
    (code >= 0xff66 && code <= 0xffdc) || // half-width Katakana and Hangul
    (code >= 0x20000 && code <= 0x3134f); // Extensions B–H
  // The blocks also hold marks and signs (the Kana middle dot, sound marks): not words.
  return inBlocks && isLetterOrDigit(code);
}

// Any character of those scripts (or a lead surrogate of the extensions): a native search for
// one keeps paragraphs without them on the word-by-word path.
const MAY_HOLD_CJK =
  /[\u1100-\u11ff\u3040-\u30ff\u3100-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\ud840-\ud8bf\uf900-\ufaff\uff66-\uffdc]/;

/** Words of a paragraph that holds CJK: each of its CJK characters, and each run of others. */
function countCjkWords(paragraph: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < paragraph.length; i++) {
    const code = paragraph.codePointAt(i) ?? 0;
    if (code > 0xffff) i++;
    if (code === SPACE) {
      inWord = false;
    } else if (isCjk(code)) {
      count++;
      inWord = false;
    } else if (!inWord && isLetterOrDigit(code)) {
      count++;
      inWord = true;
    }
  }
  return count;
}

/**
 * Counts words: runs of non-space characters holding a letter or a digit; in Chinese, Japanese
 * and Korean, each character, as word counters count them.
 */
export function countWords(paragraphs: readonly string[]): number {
  // Word by word: nearly every word starts with a letter or a digit, which settles it, and a
  // native search then jumps to the next space. A loop over every character costs several times
  // more, the most before the compiler has optimised it.
  let count = 0;
  for (const paragraph of paragraphs) {
    if (MAY_HOLD_CJK.test(paragraph)) {
      count += countCjkWords(paragraph);
      continue;
    }
    const length = paragraph.length;
    let i = 0;
    while (i < length) {
      const code = paragraph.charCodeAt(i);
      if (code === SPACE) {
        i++;
        continue;
      }
      let word = isAsciiLetterOrDigit(code);
      // A word that opens with a quote, a dash or another script: look on until the space.
      for (let k = i; !word && k < length; k++) {
        const next = paragraph.charCodeAt(k);
        if (next === SPACE) break;
        word = isLetterOrDigit(paragraph.codePointAt(k) ?? next);
      }
      if (word) count++;
      const space = paragraph.indexOf(' ', i + 1);
      i = space < 0 ? length : space + 1;
    }
  }
  return count;
}

const INITIALS = /^ ?(?:[A-Z]\.){2,3}$/;

/** "MOSCOW" → "Moscow", "NEW DELHI/MUMBAI" → "New Delhi/Mumbai"; mixed-case text is kept. */
export function titleCaseShouting(text: string): string {
  // AP's "OROVILLE, Calif.": the shouted city before the comma, the state as printed.
  // "DARTMOUTH, N.S.": a state's initials stay capitals.
  const comma = text.indexOf(',');
  if (comma > 0 && (text !== text.toUpperCase() || INITIALS.test(text.slice(comma + 1)))) {
    return titleCaseShouting(text.slice(0, comma)) + text.slice(comma);
  }
  // No Unicode classes here: their first use costs a millisecond of a one-file run.
  // A dotted capital İ marks Turkish (or Azerbaijani), whose i's case by their own rules:
  // "DİYARBAKIR" → "Diyarbakır", "İZMİR" → "İzmir".
  // Never the machine's own locale, which would make "INDIA" "ındia" on a Turkish desktop.
  const turkish = text.includes('İ');
  const lower = turkish ? text.toLocaleLowerCase('tr') : text.toLowerCase();
  if (text !== text.toUpperCase() || lower === text) return text;
  return lower.replace(
    /(^|[\s/(-])([^\s/(-])/g,
    (_m, sep: string, ch: string) =>
      sep + (turkish ? ch.toLocaleUpperCase('tr') : ch.toUpperCase()),
  );
}

/** The text without any of `chars` at its end; a loop, so no pattern can backtrack. */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
