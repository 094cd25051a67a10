/**
 * What closes a story, as printed: the republisher's notice, the agency's credit line and the
 * desk's sign-off. One record for every reader of a body (text, HTML, feeds), taken into the
 * draft in one step (takeClosing in layouts/draft.ts).
 */
import type { Article } from '../article.js';

/** The closing fields, by their Article names. */
export const CLOSING_FIELDS = [
  'disclaimer',
  'credits',
  'signOff',
] as const satisfies readonly (keyof Article)[];

export type ClosingField = (typeof CLOSING_FIELDS)[number];

/** Each closing field as printed; null when the story has none. */
export type Closing = Record<ClosingField, string | null>;

/** Only the closing fields of a record that holds them (a body and its paragraphs). */
export function closingOf(record: Closing): Closing {
  const closing = noClosing();
  for (const field of CLOSING_FIELDS) closing[field] = record[field];
  return closing;
}

/** Nothing found yet. */
export function noClosing(): Closing {
  return { disclaimer: null, credits: null, signOff: null };
}
