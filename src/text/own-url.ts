/**
 * The address a text copy gives for itself: a line that is only an address, or labelled
 * "Source:", "URL:", "Link:", "Original:", whose last path segment spells the headline
 * ("…/floods-shut-schools-in-assam" under "Floods shut schools in Assam"). Any other address
 * in a copy (a menu's, a link in the story) is not the story's own.
 */
const ADDRESS_LINE =
  /^(?:(?:source|url|link|original(?: article)?|permalink)\s?:\s?)?<?(https?:\/\/\S+?)>?$/i;
// The headline words an address must spell, and the share of its slug they must make.
const MIN_WORDS = 3;
const MIN_SHARE = 0.5;
// Lines of a copy looked at: a long copy's address stands at its top or its end.
const EDGE_LINES = 12;

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1);

/** Whether the address's slug spells the headline. */
function spellsHeadline(url: string, headline: string): boolean {
  if (!URL.canParse(url)) return false;
  const segments = new URL(url).pathname.split('/').filter(Boolean);
  const slug = words(decodeURIComponent(segments[segments.length - 1] ?? '').replace(/\.\w+$/, ''));
  const wanted = new Set(words(headline));
  const shared = slug.filter((word) => wanted.has(word)).length;
  return shared >= MIN_WORDS && shared >= slug.length * MIN_SHARE;
}

export function ownUrl(lines: readonly string[], headline: string | null): string | null {
  if (headline === null) return null;
  const edges =
    lines.length <= 2 * EDGE_LINES
      ? lines
      : [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
  for (const line of edges) {
    const url = ADDRESS_LINE.exec(line.trim())?.[1];
    if (url !== undefined && spellsHeadline(url, headline)) return url;
  }
  return null;
}
