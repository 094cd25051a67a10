/**
 * The library's entry point: read → detect → extract → normalise. Pure: no I/O, no state.
 */
import type { Article } from './article.js';
import { detectLayout } from './detect.js';
import { normalise } from './normalise.js';
import { InputError } from './read/errors.js';
import { readInput } from './read/input.js';

export interface ParseOptions {
  /** Where the input came from, reported as input.path; null when not a file. */
  path?: string | null;
}

// Devdiscourse and Indian agencies print IST; a stamp without a zone on such a page means IST.
const ASSUMED_ZONE: Readonly<Record<string, string>> = { 'devdiscourse-text': 'IST' };

/**
 * Parses one article. Text is taken as it is; bytes are decoded first (UTF-8, UTF-16 with BOM,
 * Windows-1252). Throws InputError, and only InputError, when the input is not an article at all
 * (empty, binary, undecodable); everything else yields an Article, with warnings for what was odd.
 */
export function parseArticle(input: string | Uint8Array, options: ParseOptions = {}): Article {
  const read = readInput(input);
  const layout = detectLayout(read.doc);
  if (!layout) throw new InputError(`no layout reads ${read.doc.kind} input yet`);
  const draft = layout.extract(read.doc);
  draft.warnings.unshift(...read.warnings);
  const assumeZone = ASSUMED_ZONE[layout.name];
  return normalise(draft, {
    input: {
      path: options.path ?? null,
      kind: read.doc.kind,
      layout: layout.name,
      bytes: read.bytes,
    },
    ...(assumeZone ? { assumeZone } : {}),
  });
}
