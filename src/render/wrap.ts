/**
 * Word wrapping by display width. Text is measured plain and styled afterwards, line by line,
 * so colour codes never count towards the width and never run from one line into the next.
 * CJK characters and emoji take two columns; a word wider than the line is broken between
 * grapheme clusters, so no line is ever wider than asked.
 */
import stringWidth from 'string-width';

export type Style = (text: string) => string;

/**
 * A stretch of text in one style. A `nobreak` run is never split at its spaces (a label).
 * Neighbouring words of one style share their gap's style; give each label its own style
 * function when the gaps between labels must stay plain.
 */
export interface Run {
  text: string;
  style?: Style | undefined;
  nobreak?: boolean;
}

interface Piece {
  text: string;
  style: Style | undefined;
  /** The space between two words. */
  gap?: boolean;
}

type Word = Piece[];

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const WINDOW = 256;

/**
 * The grapheme clusters of `text`. V8's segmenter slows down quadratically on long strings, so
 * it is fed windows; a window's last cluster may be cut short, so it is read again at the start
 * of the next window (which therefore starts on a true boundary).
 */
export function* graphemes(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + WINDOW);
    // Never cut a surrogate pair: half a character would end the window's last cluster early.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    const window = text.slice(start, end);
    let consumed = 0;
    for (const { segment, index } of segmenter.segment(window)) {
      if (end < text.length && index + segment.length === window.length && index > 0) break;
      yield segment;
      consumed = index + segment.length;
    }
    start += consumed;
  }
}

// Widths of the characters news copy is mostly made of, as string-width gives them (a test
// checks every one): measuring these without string-width keeps long texts fast.
const COMMON_WIDTHS: readonly (readonly [from: number, to: number, width: number])[] = [
  [0x20, 0x7e, 1], // ASCII
  [0xa0, 0xa8, 1], // Latin-1 signs (© and ® are emoji, soft hyphen is invisible)
  [0xaa, 0xac, 1],
  [0xaf, 0x24f, 1], // Latin-1 letters, Latin Extended
  [0x410, 0x44f, 1], // Cyrillic
  [0x2010, 0x2027, 1], // dashes, curly quotes, bullets, ellipsis
  [0x3041, 0x3096, 2], // Hiragana
  [0x30a1, 0x30fa, 2], // Katakana
  [0x4e00, 0x9fff, 2], // CJK ideographs
  [0xac00, 0xd7a3, 2], // Hangul syllables
];

function commonWidth(grapheme: string): number | undefined {
  if (grapheme.length !== 1) return undefined;
  const code = grapheme.charCodeAt(0);
  for (const [from, to, width] of COMMON_WIDTHS) {
    if (code >= from && code <= to) return width;
  }
  return undefined;
}

// Scripts of South and South-East Asia written with vowel signs and conjuncts: Devanagari to
// Sinhala, Thai, Lao, Tibetan, Myanmar, Khmer.
const BRAHMIC: readonly (readonly [from: number, to: number])[] = [
  [0x0900, 0x0dff],
  [0x0e00, 0x0eff],
  [0x0f00, 0x109f],
  [0x1780, 0x17ff],
];
const NON_SPACING = /[\p{Mn}\p{Me}\p{Cf}]/u;

function isBrahmic(grapheme: string): boolean {
  const code = grapheme.codePointAt(0) ?? 0;
  return BRAHMIC.some(([from, to]) => code >= from && code <= to);
}

/**
 * A cluster such as "हिं" or "क्ष" is one grapheme but not one column: terminals give each
 * letter and each spacing vowel sign (ि, ा, ী, ி) a column of its own and only the marks that
 * sit above or below (ं, ्, े) none. string-width counts the whole cluster as one, and Hindi
 * lines came out too long.
 */
function brahmicWidth(grapheme: string): number {
  let width = 0;
  for (const char of grapheme) if (!NON_SPACING.test(char)) width += 1;
  return width;
}

/**
 * Columns a grapheme cluster takes. Terminals that do not join emoji sequences (tmux among
 * them) draw a ZWJ family or a skin-toned hand part by part, so such a cluster counts as the
 * wider of its joined and its part-by-part width: too short a line is harmless, too long is not.
 */
export function graphemeWidth(grapheme: string): number {
  const common = commonWidth(grapheme);
  if (common !== undefined) return common;
  if (isBrahmic(grapheme)) return brahmicWidth(grapheme);
  const joined = stringWidth(grapheme);
  if (grapheme.length < 3 || !PICTOGRAPHIC.test(grapheme)) return joined;
  let parts = 0;
  for (const char of grapheme) parts += stringWidth(char);
  return Math.max(joined, parts);
}

/** Display width of plain text, measured as wrap() measures it. */
export function textWidth(text: string): number {
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) {
    const code = text.charCodeAt(i);
    ascii = code >= 0x20 && code < 0x7f;
  }
  if (ascii) return text.length;
  let width = 0;
  for (const grapheme of graphemes(text)) width += graphemeWidth(grapheme);
  return width;
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}

/** Runs → words: a space (outside nobreak runs) ends a word. */
function toWords(runs: readonly Run[]): Word[] {
  const words: Word[] = [];
  let word: Word = [];
  const endWord = (): void => {
    if (word.length) words.push(word);
    word = [];
  };
  for (const run of runs) {
    if (run.nobreak) {
      if (run.text) word.push({ text: run.text, style: run.style });
      continue;
    }
    let start = 0;
    for (let i = 0; i <= run.text.length; i++) {
      if (i < run.text.length && !isSpace(run.text.charAt(i))) continue;
      if (i > start) word.push({ text: run.text.slice(start, i), style: run.style });
      if (i < run.text.length) endWord();
      start = i + 1;
    }
  }
  endWord();
  return words;
}

class LineBuilder {
  readonly lines: Piece[][] = [];
  private line: Piece[] = [];
  private used = 0;

  constructor(private readonly width: number) {}

  get room(): number {
    return this.width - this.used;
  }

  get empty(): boolean {
    return this.line.length === 0;
  }

  add(piece: Piece, width: number): void {
    this.line.push(piece);
    this.used += width;
  }

  space(): void {
    this.add({ text: ' ', style: undefined, gap: true }, 1);
  }

  newLine(): void {
    // A space the line ended on before a break is not wanted.
    if (this.line.at(-1)?.gap) this.line.pop();
    this.lines.push(this.line);
    this.line = [];
    this.used = 0;
  }

  finish(): Piece[][] {
    if (!this.empty) this.newLine();
    return this.lines;
  }
}

/** Places a word too wide for any line grapheme by grapheme, continuing on new lines. */
function breakWord(word: Word, out: LineBuilder): void {
  for (const piece of word) {
    let chunk = '';
    let chunkWidth = 0;
    for (const segment of graphemes(piece.text)) {
      const width = graphemeWidth(segment);
      if (chunkWidth + width > out.room && !(out.empty && chunk === '')) {
        if (chunk) out.add({ text: chunk, style: piece.style }, chunkWidth);
        out.newLine();
        chunk = '';
        chunkWidth = 0;
      }
      chunk += segment;
      chunkWidth += width;
    }
    if (chunk) out.add({ text: chunk, style: piece.style }, chunkWidth);
  }
}

/** A gap between two words of one style takes that style, so a line is one styled stretch. */
function gapStyle(line: readonly Piece[], i: number): Style | undefined {
  const before = line[i - 1]?.style;
  return before && before === line[i + 1]?.style ? before : undefined;
}

/** Joins a line's pieces, styling each stretch of one style once. */
function paint(line: readonly Piece[]): string {
  const styles = line.map((piece, i) => (piece.gap ? gapStyle(line, i) : piece.style));
  let out = '';
  let i = 0;
  while (i < line.length) {
    const style = styles[i];
    let text = '';
    while (i < line.length && styles[i] === style) text += line[i++]?.text ?? '';
    out += style ? style(text) : text;
  }
  return out;
}

/**
 * Greedy wrap at `width` columns: single spaces between words, none at line ends. Returns the
 * lines without line breaks; no input gives no lines.
 */
export function wrap(runs: readonly Run[] | string, width: number): string[] {
  const words = toWords(typeof runs === 'string' ? [{ text: runs }] : runs);
  const out = new LineBuilder(Math.max(1, Math.floor(width)));
  for (const word of words) {
    const wordWidth = word.reduce((sum, piece) => sum + textWidth(piece.text), 0);
    const gap = out.empty ? 0 : 1;
    if (gap + wordWidth <= out.room) {
      if (gap) out.space();
      for (const piece of word) out.add(piece, textWidth(piece.text));
    } else if (wordWidth <= width) {
      out.newLine();
      for (const piece of word) out.add(piece, textWidth(piece.text));
    } else {
      // Wider than a whole line: start it here if a little fits, else on the next line.
      if (out.room > gap + 1) {
        if (gap) out.space();
      } else if (!out.empty) {
        out.newLine();
      }
      breakWord(word, out);
    }
  }
  return out.finish().map(paint);
}
