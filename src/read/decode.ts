/**
 * Bytes → text. UTF-8 (with or without BOM), UTF-16 with BOM, and legacy single-byte text
 * (Windows-1252, a superset of Latin-1's printable range) are read; anything else is not text.
 */
import { InputError } from './errors.js';

import type { Encoding } from '../article.js';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** True when text that had been decoded twice ("â€™") was put right. */
  repaired: boolean;
}

// C0 controls other than tab, line feed, form feed, carriage return; DEL; C1 controls.
// Legacy text never holds them; binary files nearly always do.
// eslint-disable-next-line no-control-regex -- finding control bytes is the point
const CONTROL = /[\0-\x08\v\x0e-\x1f\x7f-\x9f]/;
// Share of bytes above 0x7F beyond which single-byte "text" is really binary.
const MAX_HIGH_BYTE_SHARE = 0.3;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
  } catch {
    throw new InputError(`not text: invalid ${encoding.toUpperCase()}`);
  }
  if (CONTROL.test(text)) throw new InputError('not text: control characters in UTF-16 text');
  return { text, encoding, repaired: false };
}

function decodeLegacy(bytes: Uint8Array): Decoded {
  let high = 0;
  for (const byte of bytes) if (byte > 0x7f) high++;
  if (high / bytes.length > MAX_HIGH_BYTE_SHARE) {
    throw new InputError('not text: not UTF-8 and too many non-ASCII bytes for a legacy encoding');
  }
  const text = new TextDecoder('windows-1252').decode(bytes);
  if (CONTROL.test(text))
    throw new InputError('not text: bytes undefined in any supported encoding');
  return { text, encoding: 'windows-1252', repaired: false };
}

// Windows-1252 byte for each character it decodes 0x80–0xFF to; used to undo double decoding.
const CP1252_BYTE: ReadonlyMap<string, number> = (() => {
  const decoder = new TextDecoder('windows-1252');
  const map = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) map.set(decoder.decode(Uint8Array.of(b)), b);
  return map;
})();

// A UTF-8 lead byte read as Windows-1252 (Â Ã Ä… or â for U+2000–U+2FFF) followed by a
// continuation byte read the same way: the mark of UTF-8 decoded twice.
const MOJIBAKE =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/**
 * Undoes one round of UTF-8-read-as-Windows-1252, but only when every non-ASCII character
 * maps back to a byte and the bytes form valid UTF-8: then the repair is certain.
 */
export function repairDoubleDecoding(text: string): string | null {
  if (!MOJIBAKE.test(text)) return null;
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const byte = CP1252_BYTE.get(ch) ?? (code <= 0xff ? code : undefined);
    if (byte === undefined) return null;
    bytes.push(byte);
  }
  try {
    return utf8.decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError('empty file');
  if (startsWith(bytes, 0xff, 0xfe)) return decodeUtf16(bytes, 'utf-16le');
  if (startsWith(bytes, 0xfe, 0xff)) return decodeUtf16(bytes, 'utf-16be');
  if (bytes.includes(0)) throw new InputError('not text: contains NUL bytes');
  const body = startsWith(bytes, 0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return decodeLegacy(bytes);
  }
  if (CONTROL.test(text)) throw new InputError('not text: control characters');
  const repaired = repairDoubleDecoding(text);
  return repaired === null
    ? { text, encoding: 'utf-8', repaired: false }
    : { text: repaired, encoding: 'utf-8', repaired: true };
}
