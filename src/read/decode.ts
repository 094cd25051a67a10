/**
 * Bytes → text. UTF-8 (with or without BOM), UTF-16 with BOM, and legacy single-byte text
 * (Windows-1252, whose printable range is a superset of Latin-1's) are read; text that was
 * decoded wrongly before it got here is repaired when that is certain; anything else is not text,
 * and says why.
 */
import type { Encoding, Warning } from '../article.js';
import { InputError } from './errors.js';
import {
  countControls,
  repairDoubleDecoding,
  repairLatin1Punctuation,
  withoutControls,
} from './repair.js';
import { decodeWindows1252 } from './windows-1252.js';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** What was put right on the way: repaired mojibake, stray control characters dropped. */
  warnings: Warning[];
}

// Files that are plainly not text, told by their first bytes, so the reason can name them.
const SIGNATURES: readonly (readonly [number[], string])[] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or a document stored as one)'],
  [[0x1f, 0x8b], 'gzip-compressed data'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Microsoft Office document'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable'],
];

// Stray control characters (a DOS end-of-file mark, an escape) are dropped from text; more than
// one in a thousand characters means the bytes were never text.
const MAX_CONTROL_SHARE = 0.001;
const MAX_STRAY_CONTROLS_ALWAYS_DROPPED = 2;
// Legacy text is mostly ASCII: past this share of bytes above 0x7F it is another encoding.
const MAX_HIGH_BYTE_SHARE = 0.3;
// Western words seldom hold three accented letters in a row; Cyrillic, Greek or CJK bytes read
// as Windows-1252 make such runs of nearly every non-ASCII letter.
const MAX_LETTER_RUN_SHARE = 0.2;
const SNIFF_LENGTH = 4096;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 with its byte-order mark left off: NUL in every other byte of the opening. */
function utf16WithoutBom(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_LENGTH) & ~1;
  if (end < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = end / 2;
  return (
    (oddNul > 0.9 * pairs && evenNul < 0.1 * pairs) ||
    (evenNul > 0.9 * pairs && oddNul < 0.1 * pairs)
  );
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
  } catch {
    const name = encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
    throw new InputError(
      'not-text',
      `not text: invalid ${name} (odd length or broken surrogate pairs)`,
    );
  }
}

const isContinuation = (byte: number | undefined): boolean =>
  byte !== undefined && byte >= 0x80 && byte <= 0xbf;

/** Length of the well-formed UTF-8 sequence at `i` (2–4), or 0 when there is none. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  const second = bytes[i + 1];
  if (lead >= 0xc2 && lead <= 0xdf) return isContinuation(second) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const low = lead === 0xe0 ? 0xa0 : 0x80;
    const high = lead === 0xed ? 0x9f : 0xbf;
    const ok = second !== undefined && second >= low && second <= high;
    return ok && isContinuation(bytes[i + 2]) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const low = lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xf4 ? 0x8f : 0xbf;
    const ok = second !== undefined && second >= low && second <= high;
    return ok && isContinuation(bytes[i + 2]) && isContinuation(bytes[i + 3]) ? 4 : 0;
  }
  return 0;
}

// Bytes that are letters in Windows-1252: Š Œ Ž š œ ž Ÿ ƒ and À–ÿ but for × and ÷.
function isCp1252Letter(byte: number): boolean {
  if (byte >= 0xc0) return byte !== 0xd7 && byte !== 0xf7;
  return [0x83, 0x8a, 0x8c, 0x8e, 0x9a, 0x9c, 0x9e, 0x9f, 0xaa, 0xb5, 0xba].includes(byte);
}

interface HighByteCensus {
  high: number;
  /** High bytes that belong to well-formed UTF-8 sequences. */
  inUtf8: number;
  /** Offset of the first byte that is not part of a well-formed UTF-8 sequence. */
  firstInvalid: number;
  letters: number;
  /** Letters standing in runs of three or more non-ASCII letters. */
  lettersInRuns: number;
}

function censusOf(bytes: Uint8Array): HighByteCensus {
  const census = { high: 0, inUtf8: 0, firstInvalid: -1, letters: 0, lettersInRuns: 0 };
  let run = 0;
  const endRun = (): void => {
    if (run >= 3) census.lettersInRuns += run;
    run = 0;
  };
  let utf8End = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) {
      endRun();
      continue;
    }
    census.high++;
    if (i < utf8End) {
      census.inUtf8++;
    } else {
      const length = utf8SequenceAt(bytes, i);
      if (length > 0) {
        utf8End = i + length;
        census.inUtf8++;
      } else if (census.firstInvalid < 0) {
        census.firstInvalid = i;
      }
    }
    if (isCp1252Letter(byte)) {
      census.letters++;
      run++;
    } else {
      endRun();
    }
  }
  endRun();
  return census;
}

/**
 * Bytes that are not UTF-8: Windows-1252 (or Latin-1) text when they look like it, else an
 * error saying what they look like instead.
 */
function decodeNotUtf8(bytes: Uint8Array, bomLength: number): string {
  const census = censusOf(bytes);
  // A BOM, or mostly well-formed UTF-8 around a bad byte or two: a damaged UTF-8 file.
  if (bomLength > 0 || census.inUtf8 * 2 >= census.high) {
    const at = census.firstInvalid >= 0 ? ` at byte ${census.firstInvalid}` : '';
    throw new InputError('not-text', `not text: invalid UTF-8${at}`);
  }
  const foreign =
    census.high > MAX_HIGH_BYTE_SHARE * bytes.length ||
    census.lettersInRuns > MAX_LETTER_RUN_SHARE * census.letters;
  if (foreign) {
    throw new InputError(
      'not-text',
      'not text: neither UTF-8 nor Windows-1252/Latin-1 (another encoding? save it as UTF-8)',
    );
  }
  return decodeWindows1252(bytes);
}

/**
 * Repairs and control characters, the same for every encoding. `latin1Suspect` false says the
 * text holds no character in U+0080-U+00FF, without which neither repair finds anything.
 */
function tidy(decoded: string, encoding: Encoding, latin1Suspect = true): Decoded {
  const warnings: Warning[] = [];
  let text = decoded;
  const latin1 =
    encoding === 'windows-1252' || !latin1Suspect ? null : repairLatin1Punctuation(text);
  if (latin1 !== null) {
    text = latin1;
    warnings.push({
      code: 'encoding-repaired',
      message:
        'Windows-1252 punctuation stored as control characters (read as Latin-1) was repaired',
    });
  }
  const twice = latin1Suspect ? repairDoubleDecoding(text) : null;
  if (twice !== null) {
    text = twice.startsWith('\ufeff') ? twice.slice(1) : twice;
    warnings.push({
      code: 'encoding-repaired',
      message: 'text had been decoded twice (UTF-8 read as Windows-1252) and was repaired',
    });
  }
  const controls = countControls(text);
  if (controls > 0) {
    if (
      controls > MAX_STRAY_CONTROLS_ALWAYS_DROPPED &&
      controls > MAX_CONTROL_SHARE * text.length
    ) {
      throw new InputError('not-text', 'not text: binary data (control characters)');
    }
    text = withoutControls(text);
    warnings.push({
      code: 'control-characters-dropped',
      message: `${controls} control character${controls === 1 ? '' : 's'} dropped`,
    });
  }
  return { text, encoding, warnings };
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError('empty', 'empty file');
  for (const [signature, what] of SIGNATURES) {
    if (startsWith(bytes, signature)) throw new InputError('not-text', `not text: ${what}`);
  }
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    throw new InputError('not-text', 'not text: UTF-32, which is not supported (save it as UTF-8)');
  }
  if (startsWith(bytes, [0xff, 0xfe])) return tidy(decodeUtf16(bytes, 'utf-16le'), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return tidy(decodeUtf16(bytes, 'utf-16be'), 'utf-16be');
  if (bytes.includes(0)) {
    throw new InputError(
      'not-text',
      utf16WithoutBom(bytes)
        ? 'not text: UTF-16 without a byte-order mark (save it as UTF-8)'
        : 'not text: binary data (NUL bytes)',
    );
  }
  const bomLength = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  let text: string;
  try {
    text = utf8.decode(bytes.subarray(bomLength));
  } catch {
    return tidy(decodeNotUtf8(bytes, bomLength), 'windows-1252');
  }
  // U+0080-U+00FF are encoded in UTF-8 as 0xC2 or 0xC3 and one more byte: a native search for
  // those two bytes spares the repairs' scans of the text.
  return tidy(text, 'utf-8', bytes.includes(0xc2) || bytes.includes(0xc3));
}
