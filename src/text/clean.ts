/**
 * Whitespace and line handling shared by the text layouts. Curly quotes, dashes and other
 * typography are never touched: only spacing and invisible characters are.
 */

// Spaces that copy-paste and converters leave behind: NBSP, thin/figure/ideographic spaces, tabs.
const ODD_SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Invisible characters with no meaning in news copy (ZWNJ/ZWJ are kept: Indic scripts need them).
const INVISIBLES = /[\u200b\u2060\ufeff\u00ad]/g;
const SPACE_RUN = / {2,}/g;
// Most lines need none of the three passes: one test finds out.
const NEEDS_WORK = /[\t\v\f\u00a0\u00ad\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]| {2}/;

/** One space between words, none at the ends. */
export function collapseSpaces(text: string): string {
  if (!NEEDS_WORK.test(text)) return text.trim();
  return text.replace(ODD_SPACES, ' ').replace(INVISIBLES, '').replace(SPACE_RUN, ' ').trim();
}

const LF = 0x0a;
const CR = 0x0d;

function isLineBreak(code: number): boolean {
  return code === LF || code === CR || code === 0x85 || code === 0x2028 || code === 0x2029;
}

/**
 * Text as lines: line endings unified, byte-order marks gone, each line space-collapsed, and a
 * run of blank lines kept as one (layouts only ask whether a line is blank, and an entry for each
 * of a million blank lines would cost more memory than the file).
 */
export function toLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : LF;
    if (!isLineBreak(code)) continue;
    const line = collapseSpaces(text.slice(start, i));
    if (line !== '' || lines[lines.length - 1] !== '') lines.push(line);
    if (code === CR && text.charCodeAt(i + 1) === LF) i++;
    start = i + 1;
  }
  return lines;
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

/** Counts words: runs of non-space characters holding a letter or a digit. */
export function countWords(paragraphs: readonly string[]): number {
  // Jumps from each word's first letter past its end, so nothing is allocated per word: split(' ')
  // made an array the size of a 50 MB paragraph's word count just to count it.
  const letter = /[\p{L}\p{N}]/gu;
  let count = 0;
  for (const paragraph of paragraphs) {
    letter.lastIndex = 0;
    while (letter.exec(paragraph) !== null) {
      count++;
      const end = paragraph.indexOf(' ', letter.lastIndex);
      if (end < 0) break;
      letter.lastIndex = end + 1;
    }
  }
  return count;
}

/** "MOSCOW" → "Moscow", "NEW DELHI/MUMBAI" → "New Delhi/Mumbai"; mixed-case text is kept. */
export function titleCaseShouting(text: string): string {
  if (text !== text.toUpperCase() || !/\p{Lu}/u.test(text)) return text;
  return text
    .toLowerCase()
    .replace(/(^|[\s/(-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** The text without any of `chars` at its end; a loop, so no pattern can backtrack. */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
