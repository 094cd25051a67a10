/**
 * Bytes → text, by evidence, in this order: a byte-order mark; the encoding the caller names;
 * valid UTF-8; the charset an HTML page declares; the letters of legacy single-byte text
 * (legacy.ts). Text that was decoded wrongly before it got here is repaired when that is
 * certain. What cannot be decided is refused with the likely encoding named, never guessed.
 */
import type { Encoding, Warning } from '../article.js';
import { InputError } from './errors.js';
import {
  countControls,
  repairDoubleDecoding,
  repairLatin1Punctuation,
  withoutControls,
} from './repair.js';
import { declaredCharset, encodingName } from './charset.js';
import { readLegacy } from './legacy.js';
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

interface HighByteCensus {
  high: number;
  /** High bytes that belong to well-formed UTF-8 sequences. */
  inUtf8: number;
  /** Offset of the first byte that is not part of a well-formed UTF-8 sequence. */
  firstInvalid: number;
}

function censusOf(bytes: Uint8Array): HighByteCensus {
  const census = { high: 0, inUtf8: 0, firstInvalid: -1 };
  let utf8End = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) continue;
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
  }
  return census;
}

const LIKELY_NAMES: Readonly<Record<string, string>> = {
  'windows-1250': 'windows-1250 (Central European)',
  'windows-1251': 'windows-1251 (Cyrillic)',
  'windows-1252': 'windows-1252 (Western)',
  'windows-1253': 'windows-1253 (Greek)',
  'windows-1254': 'windows-1254 (Turkish)',
  'windows-1257': 'windows-1257 (Baltic)',
  'koi8-r': 'koi8-r (Cyrillic)',
  shift_jis: 'shift_jis (Japanese)',
  'euc-jp': 'euc-jp (Japanese)',
  gbk: 'gbk (Chinese)',
  big5: 'big5 (Chinese)',
  'euc-kr': 'euc-kr (Korean)',
};

/**
 * Bytes that are not UTF-8: a legacy encoding when their letters tell which, else an error
 * naming the likely one.
 */
function decodeNotUtf8(bytes: Uint8Array, bomLength: number): { text: string; encoding: Encoding } {
  const census = censusOf(bytes);
  // A BOM, or mostly well-formed UTF-8 around a bad byte or two: a damaged UTF-8 file.
  if (bomLength > 0 || census.inUtf8 * 2 >= census.high) {
    const at = census.firstInvalid >= 0 ? ` at byte ${census.firstInvalid}` : '';
    throw new InputError('not-text', `not text: invalid UTF-8${at}`);
  }
  const legacy = readLegacy(bytes);
  if (legacy.encoding !== null) return { text: legacy.text, encoding: legacy.encoding };
  if (legacy.likely.length === 0) {
    throw new InputError(
      'not-text',
      'not text: neither UTF-8 nor any encoding its letters point to (binary data?)',
    );
  }
  const names = legacy.likely.map((name) => LIKELY_NAMES[name] ?? name);
  throw new InputError(
    'not-text',
    `not text: encoding not certain, likely ${names.join(' or ')}; ` +
      `name it with --encoding ${legacy.likely[0] ?? 'NAME'}, or save the file as UTF-8`,
  );
}

/** The bytes in the encoding the caller or the page named; an error when they do not fit it. */
function decodeAs(bytes: Uint8Array, encoding: string, whose: string): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError('not-text', `not text: invalid bytes for ${encoding}, ${whose}`);
  }
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

export interface DecodeOptions {
  /** The encoding the caller knows the bytes are in: any WHATWG label ("windows-1250", "latin2"). */
  encoding?: string | undefined;
}

/** Whether the double-decoding repairs can apply: only to text read as Unicode or Windows-1252. */
const repairable = (encoding: string): boolean =>
  encoding === 'windows-1252' || encoding.startsWith('utf-');

export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) throw new InputError('empty', 'empty file');
  for (const [signature, what] of SIGNATURES) {
    if (startsWith(bytes, signature)) throw new InputError('not-text', `not text: ${what}`);
  }
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    throw new InputError('not-text', 'not text: UTF-32, which is not supported (save it as UTF-8)');
  }
  // A byte-order mark is the surest evidence there is, as the Encoding Standard has it.
  if (startsWith(bytes, [0xff, 0xfe])) return tidy(decodeUtf16(bytes, 'utf-16le'), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return tidy(decodeUtf16(bytes, 'utf-16be'), 'utf-16be');
  const bomLength = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  if (options.encoding !== undefined && bomLength === 0) {
    const named = encodingName(options.encoding);
    if (named === null)
      throw new InputError('not-text', `not text: unknown encoding "${options.encoding}"`);
    const text = decodeAs(bytes, named, 'the encoding given');
    return tidy(text.startsWith('\ufeff') ? text.slice(1) : text, named, repairable(named));
  }
  if (bytes.includes(0)) {
    throw new InputError(
      'not-text',
      utf16WithoutBom(bytes)
        ? 'not text: UTF-16 without a byte-order mark (save it as UTF-8 or give --encoding utf-16le)'
        : 'not text: binary data (NUL bytes)',
    );
  }
  let text: string;
  try {
    text = utf8.decode(bytes.subarray(bomLength));
  } catch {
    const declared = bomLength === 0 ? declaredCharset(bytes) : null;
    if (declared !== null && declared !== 'utf-8') {
      return tidy(
        decodeAs(bytes, declared, 'the charset the page declares'),
        declared,
        repairable(declared),
      );
    }
    const legacy = decodeNotUtf8(bytes, bomLength);
    return tidy(legacy.text, legacy.encoding, repairable(legacy.encoding));
  }
  // U+0080-U+00FF are encoded in UTF-8 as 0xC2 or 0xC3 and one more byte: a native search for
  // those two bytes spares the repairs' scans of the text.
  return tidy(text, 'utf-8', bytes.includes(0xc2) || bytes.includes(0xc3));
}
