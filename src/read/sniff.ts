/**
 * Inputs that are text but not an article: JSON, e-mail. Told by their content, never by a file
 * name, so that each is refused with its name rather than read as a garbled story. (Feeds are
 * told apart before this, by src/feed/detect.ts, and read item by item.)
 */

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A JSON document, or JSON Lines (one value per line, as NDJSON output is). */
function sniffJson(text: string): string | null {
  const first = text.trimStart().charAt(0);
  if (first !== '{' && first !== '[') return null;
  const trimmed = text.trim();
  if (isJson(trimmed)) return 'a JSON document';
  const lines = trimmed.split('\n', 3).filter((line) => line.trim() !== '');
  return lines.length > 1 && lines.every((line) => isJson(line)) ? 'JSON Lines' : null;
}

// Headers that only a message as sent carries; a story pasted with "From:" and "Subject:" lines
// at its top (a forwarded copy) is still read as the story it holds.
const TRANSPORT_HEADERS: ReadonlySet<string> = new Set([
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'received',
  'return-path',
  'message-id',
  'dkim-signature',
  'delivered-to',
  'x-mailer',
]);
const HEADER = /^([a-z][\w-]{0,60}):/i;
const MAX_HEADER_LINES = 200;

/** Whether the text is an e-mail message as saved (.eml, mbox): a header block with From. */
function isEmail(text: string): boolean {
  let names = 0;
  let from = false;
  let transport = false;
  const lines = text.trimStart().split('\n', MAX_HEADER_LINES);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (line === '') break;
    // An mbox file opens each message with "From address date".
    if (i === 0 && line.startsWith('From ')) {
      from = true;
      continue;
    }
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (names === 0) return false;
      continue; // a folded header
    }
    const name = HEADER.exec(line)?.[1]?.toLowerCase();
    if (name === undefined) return false;
    names++;
    if (name === 'from') from = true;
    if (TRANSPORT_HEADERS.has(name)) transport = true;
  }
  return from && transport;
}

/** Why the text is not an article ("a JSON document"), or null when it may be one. */
export function notAnArticle(text: string): string | null {
  const json = sniffJson(text);
  if (json) return json;
  return isEmail(text) ? 'an e-mail message' : null;
}
