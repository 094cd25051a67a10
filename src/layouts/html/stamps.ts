/**
 * A page prints its stamps for readers and states them again for machines (JSON-LD, itemprop).
 * The printed ones are kept; where the two disagree the reader is told, not left to guess.
 */
import type { Warning } from '../../article.js';
import { instantOf } from '../../time/reading.js';

export interface StatedStamps {
  /** Where the page states them, for the warning: "JSON-LD", "itemprop". */
  source: string;
  created: string | null;
  updated: string | null;
}

/** The instant to the minute (printed stamps carry no seconds), or null when unresolved. */
function minute(text: string, assumeZone: string): number | null {
  const millis = instantOf(text, { field: 'check', assumeZone });
  return millis === null ? null : Math.floor(millis / 60_000);
}

const FIELD_NAMES = { created: 'datePublished', updated: 'dateModified' } as const;

/** Warnings for each printed stamp that a stated one contradicts; one per field at most. */
export function compareStamps(
  printed: { created: string | null; updated: string | null },
  stated: readonly StatedStamps[],
  assumeZone: string,
): Warning[] {
  const warnings: Warning[] = [];
  for (const field of ['created', 'updated'] as const) {
    const shown = printed[field];
    if (shown === null) continue;
    const at = minute(shown, assumeZone);
    if (at === null) continue;
    for (const source of stated) {
      const value = source[field];
      if (value === null) continue;
      const other = minute(value, assumeZone);
      if (other !== null && other !== at) {
        warnings.push({
          code: 'stamp-mismatch',
          message: `${field} "${shown}" disagrees with the page's ${source.source} ${FIELD_NAMES[field]} "${value}"`,
        });
        break;
      }
    }
  }
  return warnings;
}
