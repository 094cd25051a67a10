/**
 * Whether a document is a feed, and of which format, judged by its content alone: the root
 * element (and its namespace where a name is shared) of XML, the version URL of a JSON Feed.
 * Only the opening of the text is looked at, so an article pays nothing for the question.
 */

export type FeedFormat = 'rss' | 'atom' | 'json-feed' | 'nitf' | 'newsml-g2';

export const FEED_FORMATS: readonly FeedFormat[] = [
  'rss',
  'atom',
  'json-feed',
  'nitf',
  'newsml-g2',
];

const SNIFF_LENGTH = 4096;
const ROOT_NAME = /^<(?:[a-z_][\w.-]*:)?([a-z_][\w.-]*)/i;
// JSON Feed's own marker, which every version of it puts in "version".
const JSON_FEED_VERSION = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\/1/;

/** Where the root element starts: past the XML declaration, comments, PIs and a doctype. */
function rootStart(text: string): number {
  let at = 0;
  for (;;) {
    while (at < text.length && text.charCodeAt(at) <= 32) at++;
    if (text.startsWith('<?', at)) at = after(text, '?>', at);
    else if (text.startsWith('<!--', at)) at = after(text, '-->', at);
    else if (text.startsWith('<!', at)) at = afterDoctype(text, at);
    else return at;
    if (at < 0) return -1;
  }
}

function after(text: string, end: string, from: number): number {
  const found = text.indexOf(end, from);
  return found < 0 ? -1 : found + end.length;
}

/** The end of a doctype, past its internal subset when it has one. */
export function afterDoctype(text: string, from: number): number {
  const close = text.indexOf('>', from);
  const open = text.indexOf('[', from);
  if (open < 0 || close < open) return close < 0 ? -1 : close + 1;
  const subsetEnd = text.indexOf(']', open);
  return subsetEnd < 0 ? -1 : after(text, '>', subsetEnd);
}

/** The feed format of a decoded document, or null when it is not a feed. */
export function detectFeed(text: string): FeedFormat | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = body.trimStart().charAt(0);
  if (first === '{')
    return JSON_FEED_VERSION.test(body.slice(0, SNIFF_LENGTH * 4)) ? 'json-feed' : null;
  if (first !== '<') return null;
  const head = body.slice(0, SNIFF_LENGTH * 4);
  const at = rootStart(head);
  if (at < 0) return null;
  const m = ROOT_NAME.exec(head.slice(at, at + 200));
  switch (m?.[1]) {
    case 'rss':
      return 'rss';
    case 'RDF':
      // RSS 1.0 is RDF whose items are in its namespace; other RDF is not a feed.
      return head.includes('purl.org/rss/1.0/') ? 'rss' : null;
    case 'feed':
      return head.includes('www.w3.org/2005/Atom') ? 'atom' : null;
    case 'nitf':
      return 'nitf';
    case 'newsItem':
    case 'newsMessage':
      return 'newsml-g2';
    default:
      return null;
  }
}

const FORMAT_NAMES: Readonly<Record<FeedFormat, string>> = {
  rss: 'an RSS feed',
  atom: 'an Atom feed',
  'json-feed': 'a JSON Feed',
  nitf: 'an NITF document',
  'newsml-g2': 'a NewsML-G2 document',
};

/** "an RSS feed", for messages. */
export const describeFeed = (format: FeedFormat): string => FORMAT_NAMES[format];
