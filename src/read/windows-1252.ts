/**
 * Windows-1252 by table. Node's own TextDecoder('windows-1252') decodes it as Latin-1 in some
 * releases (0x92 comes out as the control character U+0092, not ’), so it is not relied on.
 */

// 0x80–0x9F as the WHATWG Encoding Standard maps them; the five bytes Windows-1252 leaves
// undefined keep their C1 code points. Every other byte is its own Latin-1 code point.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The five positions that Windows-1252 leaves undefined. */
export const UNDEFINED_BYTES: ReadonlySet<number> = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

const C1 = /[\x80-\x9f]/g;

/** The character a byte 0x80–0x9F stands for. */
export function cp1252Char(byte: number): string {
  return HIGH.charAt(byte - 0x80);
}

/** Decodes Windows-1252 bytes; Latin-1 text decodes the same, as its printable range is shared. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(C1, (ch) => cp1252Char(ch.charCodeAt(0)));
}

const BYTE_OF: ReadonlyMap<string, number> = new Map(
  Array.from(HIGH, (ch, i) => [ch, 0x80 + i] as const),
);

/** The Windows-1252 byte a character encodes to, or undefined when it has none. */
export function cp1252Byte(ch: string): number | undefined {
  const code = ch.charCodeAt(0);
  if (ch.length !== 1) return undefined;
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  return BYTE_OF.get(ch);
}
