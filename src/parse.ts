/**
 * The library's entry point: read → detect → extract → normalise. Pure: no I/O, no state.
 */
import type { Article } from './article.js';
import { detectLayout } from './detect.js';
import type { Layout } from './layouts/draft.js';
import { normalise } from './normalise.js';
import { InputError } from './read/errors.js';
import { readInput, type ReadResult } from './read/input.js';

export interface ParseOptions {
  /** Where the input came from, reported as input.path; null when not a file. */
  path?: string | null;
}

// Devdiscourse and Indian agencies print IST; a stamp without a zone on such a page means IST.
const ASSUMED_ZONE: Readonly<Record<string, string>> = {
  'devdiscourse-text': 'IST',
  'devdiscourse-html': 'IST',
};

/** Extract and normalise an already-read document with the given layouts. */
export function parseRead(
  read: ReadResult,
  layouts: readonly Layout[],
  options: ParseOptions = {},
): Article {
  const layout = detectLayout(read.doc, layouts);
  if (!layout) throw new InputError(`no layout reads ${read.doc.kind} input`);
  const draft = layout.extract(read.doc);
  draft.warnings.unshift(...read.warnings);
  const assumeZone = draft.assumeZone ?? ASSUMED_ZONE[layout.name];
  return normalise(draft, {
    input: {
      path: options.path ?? null,
      kind: read.doc.kind,
      layout: layout.name,
      bytes: read.bytes,
      encoding: read.encoding,
    },
    ...(assumeZone ? { assumeZone } : {}),
  });
}

/** Parses with an explicit set of layouts (the CLI loads HTML layouts only when needed). */
export function parseWithLayouts(
  input: string | Uint8Array,
  layouts: readonly Layout[],
  options: ParseOptions = {},
): Article {
  return parseRead(readInput(input), layouts, options);
}
