/**
 * Putting right text that was decoded with the wrong encoding on its way here. A repair is made
 * only when it is certain: every character involved must map back, and the result must be valid.
 */
import { cp1252Byte, cp1252Char, UNDEFINED_BYTES } from './windows-1252.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

// A UTF-8 lead byte read as Windows-1252 or Latin-1 (Â Ã … or â for U+2000–U+2FFF) followed by a
// continuation byte read the same way: the mark of UTF-8 decoded twice.
const MOJIBAKE =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/**
 * Undoes one round of UTF-8 read as Windows-1252 (or Latin-1): "itâ€™s" → "it’s". Only when every
 * non-ASCII character maps back to a byte and those bytes are valid UTF-8; text that mixes
 * mojibake with characters typed right is left alone. Null when there is nothing to repair.
 */
export function repairDoubleDecoding(text: string): string | null {
  if (!MOJIBAKE.test(text)) return null;
  const bytes = new Uint8Array(text.length);
  // Continuation bytes still owed to the last lead byte: checked as the bytes come, so text that
  // is not mojibake ("café’s") is given up on at its first accent, not after the whole file.
  let owed = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A C1 character is a byte that was read as Latin-1 rather than Windows-1252.
    const byte = cp1252Byte(text.charAt(i)) ?? (code >= 0x80 && code <= 0x9f ? code : undefined);
    if (byte === undefined) return null;
    if (byte >= 0x80 && byte <= 0xbf) {
      if (owed === 0) return null;
      owed--;
    } else {
      if (owed > 0) return null;
      if (byte >= 0xc2) owed = byte <= 0xdf ? 1 : byte <= 0xef ? 2 : byte <= 0xf4 ? 3 : -1;
      else if (byte >= 0x80) owed = -1;
      if (owed < 0) return null;
    }
    bytes[i] = byte;
  }
  if (owed > 0) return null;
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

// C1 control characters: never text; in UTF-8 copy they are Windows-1252 bytes read as Latin-1.
// NEL (U+0085) alone proves nothing, as it is also a line break; beside the others it is "…".
const C1 = /[\x80-\x84\x86-\x9f]/;
const NEL = 0x85;

/**
 * "It\u0092s" → "It’s": Windows-1252 punctuation that went through Latin-1 comes out as C1
 * control characters. Null when there are none, or when one of them has no Windows-1252 meaning.
 */
export function repairLatin1Punctuation(text: string): string | null {
  if (!C1.test(text)) return null;
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || code > 0x9f) continue;
    if (UNDEFINED_BYTES.has(code)) return null;
    out += text.slice(kept, i) + cp1252Char(code);
    kept = i + 1;
  }
  return out + text.slice(kept);
}

/** C0 controls but tab, line feed, vertical tab, form feed and carriage return; DEL; C1 but NEL. */
export function isControl(code: number): boolean {
  if (code < 0x20) return code < 0x09 || code > 0x0d;
  return code >= 0x7f && code <= 0x9f && code !== NEL;
}

// The same set as isControl, for a fast first look.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\0-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]/;

/** How many control characters the text holds. */
export function countControls(text: string): number {
  if (!CONTROL.test(text)) return 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) count++;
  return count;
}

/** The text without control characters. */
export function withoutControls(text: string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isControl(text.charCodeAt(i))) continue;
    out += text.slice(kept, i);
    kept = i + 1;
  }
  return kept === 0 ? text : out + text.slice(kept);
}
