/**
 * The library's entry point: read → detect → extract → normalise. Pure: no I/O, no state.
 */
import type { Article } from './article.js';
import { detectLayout } from './detect.js';
import type { Layout } from './layouts/layout.js';
import { normalise } from './normalise.js';
import { describeFeed } from './feed/detect.js';
import { InputError } from './read/errors.js';
import { readInput, type ReadResult } from './read/input.js';

export interface ParseOptions {
  /** Where the input came from, reported as input.path; null when not a file. */
  path?: string | null;
  /**
   * The encoding the bytes are in, when the caller knows it: any WHATWG label ("windows-1250",
   * "latin2", "shift_jis"). A byte-order mark still wins; without this, the encoding is told
   * from the bytes or refused. Ignored for string input.
   */
  encoding?: string;
}

/** Extract and normalise an already-read document; HTML documents need the HTML layouts. */
export function parseRead(
  read: ReadResult,
  htmlLayouts: readonly Layout[],
  options: ParseOptions = {},
): Article {
  if (read.feed) {
    throw new InputError(
      'not-article',
      `not an article: ${describeFeed(read.feed)}, many articles; read it with parseFeed`,
    );
  }
  const layout = detectLayout(read.doc, htmlLayouts);
  if (!layout) throw new InputError('no-layout', `no layout reads ${read.doc.kind} input`);
  const draft = layout.extract(read.doc);
  draft.warnings.unshift(...read.warnings);
  // A site profile's layout, or a page credited to an Indian agency, says what zone stamps
  // printed without one are in.
  const assumeZone = draft.assumeZone;
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

/** Parses with the HTML layouts given (the CLI loads them only when an input is HTML). */
export function parseWithLayouts(
  input: string | Uint8Array,
  htmlLayouts: readonly Layout[],
  options: ParseOptions = {},
): Article {
  return parseRead(readInput(input, options.encoding), htmlLayouts, options);
}
