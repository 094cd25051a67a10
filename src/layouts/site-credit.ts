import { classifyCredit } from '../wire/byline.js';

/**
 * The byline's credit, read by a site profile's credit rule: on agency copy it names the source;
 * on a blog post it names the author, and the source is named apart (Devdiscourse's FIRST
 * PUBLISHED IN), which `sourceList` holds.
 */
export function creditOf(
  credit: string | null,
  sourceList: readonly string[],
): { author: string | null; agency: string | null } {
  const source = sourceList[0] ?? null;
  if (credit !== null && (source !== null || classifyCredit(credit) === 'author')) {
    return { author: credit, agency: source };
  }
  return { author: null, agency: credit };
}
