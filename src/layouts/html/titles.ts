/**
 * Headlines as metadata gives them versus as the page shows them. Metadata often appends a label
 * ("Title | Agency-Wire", "Title - The Daily Courier") or cuts the headline short (110 characters
 * for search engines); the visible <h1> is the headline as printed.
 */

/** Letters and digits only: how two renderings of one headline are compared. */
export const textKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether `meta` is the visible headline with a label appended, or the headline cut short. */
export function sameHeadline(meta: string, visible: string): boolean {
  const m = textKey(meta);
  const v = textKey(visible);
  if (m === '' || v === '') return false;
  return m.startsWith(v) || (v.startsWith(m) && m.length >= 20);
}

const LABEL_WORDS = 4;

/**
 * The title without a trailing site or section label: "Title | Agency-Wire" → "Title";
 * "Title - Daily Courier" → "Title" when the site is named so.
 */
export function withoutLabel(title: string, siteName: string | null = null): string {
  const site = siteName === null ? '' : textKey(siteName);
  for (const separator of [' | ', ' - ', ' – ', ' — ', ' :: ', ' » ']) {
    const at = title.lastIndexOf(separator);
    if (at <= 0) continue;
    const head = title.slice(0, at).trim();
    const tail = title.slice(at + separator.length).trim();
    const isSite = site !== '' && textKey(tail) === site;
    const isLabel =
      separator === ' | ' && tail.split(/\s+/).length <= LABEL_WORDS && !/[.!?]$/.test(tail);
    if ((isSite || isLabel) && head.split(/\s+/).length >= 2) return withoutLabel(head, siteName);
  }
  return title;
}
