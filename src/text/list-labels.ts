/**
 * Lists a page prints around its story, each opened by a label ("Country:", "READ MORE ON:"). The
 * words of the labels are a site's (declared in its profile, src/sites/); reading a label, in
 * text and in HTML, is general and lives here.
 */

/** The lists a page may print around its story. */
export type ListName = 'countries' | 'tags' | 'firstPublishedIn';

/** A label as a site prints it. */
export interface ListLabel {
  list: ListName;
  /** Its spellings, in any case, words separated by single spaces: "Country", "Countries". */
  words: readonly string[];
  /** Whether a colon must follow ("Country:") or may ("READ MORE ON" on a line of its own). */
  colon: 'required' | 'optional';
}

/** The labels a reader knows, compiled once. */
export interface LabelReader {
  /** Which list a line (collapsed, heading mark removed) opens, and what follows the colon. */
  read(line: string): { name: ListName; rest: string } | null;
  /** A cheap test every piece of text of a page passes before `read`: how a label starts. */
  mayOpen: RegExp;
}

const escape = (word: string): string => word.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&');

/**
 * The pattern of one label: an optional bullet, the words, the colon and the items printed after
 * it (group 1). Built from literal words in a fixed frame, it runs in linear time like the
 * patterns eslint-plugin-regexp audits.
 */
function labelPattern(label: ListLabel): RegExp {
  const words = label.words.map(escape).join('|');
  const colon = label.colon === 'required' ? '\\s*:(.*)' : '\\s*(?::(.*))?';
  return new RegExp(`^(?:[•*·-] )?(?:${words})${colon}$`, 'i');
}

export function labelReader(labels: readonly ListLabel[]): LabelReader {
  const patterns = labels.map((label) => [labelPattern(label), label.list] as const);
  // Every spelling's first word: what raw text must start with to be a label once collapsed.
  const openings = new Set(
    labels.flatMap((l) => l.words.map((w) => escape(w.split(' ')[0] ?? ''))),
  );
  return {
    read(line) {
      for (const [pattern, name] of patterns) {
        const m = pattern.exec(line);
        if (m) return { name, rest: (m[1] ?? '').trim() };
      }
      return null;
    },
    mayOpen: new RegExp(`^[\\s•*·-]*(?:${[...openings].join('|')})`, 'i'),
  };
}
