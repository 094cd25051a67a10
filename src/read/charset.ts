/**
 * The charset an HTML page (or an XML document) declares in its opening: `<meta charset>`,
 * `<meta http-equiv="Content-Type" content="…; charset=…">` or `<?xml … encoding="…"?>`.
 */

import { ENCODINGS, type Encoding } from '../article.js';

// Browsers look at the first 1024 bytes; pages with a long comment or script first get more.
const PRESCAN_LENGTH = 4096;
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?([\w.:-]{1,40})/i;
const XML_ENCODING = /^<\?xml\s[^>]*?encoding\s*=\s*["']([\w.:-]{1,40})/i;

const NAMES: ReadonlySet<string> = new Set(ENCODINGS);
const isEncoding = (name: string): name is Encoding => NAMES.has(name);

/** The WHATWG name of an encoding label ("latin1" → "windows-1252"), or null when unknown. */
export function encodingName(label: string): Encoding | null {
  let name: string;
  try {
    name = new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
  return isEncoding(name) ? name : null;
}

/** The charset the page declares, by its WHATWG name; null when it declares none it can use. */
export function declaredCharset(bytes: Uint8Array): Encoding | null {
  let start = 0;
  while (start < bytes.length && (bytes[start] === 0x20 || (bytes[start] ?? 0) <= 0x0d)) start++;
  if (bytes[start] !== 0x3c) return null; // '<': only markup declares
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .subarray(start, start + PRESCAN_LENGTH)
    .toString('latin1');
  const label = (META_CHARSET.exec(head) ?? XML_ENCODING.exec(head))?.[1];
  if (label === undefined) return null;
  const name = encodingName(label);
  // A page cannot declare UTF-16 in bytes that are readable as ASCII: the Encoding Standard
  // reads such a declaration as UTF-8.
  if (name === null) return null;
  return name.startsWith('utf-16') ? 'utf-8' : name;
}
