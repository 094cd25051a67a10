/**
 * Headlines as metadata gives them versus as the page shows them. Metadata often appends a label
 * ("Title | Agency-Wire", "Title - The Daily Courier") or cuts the headline short (110 characters
 * for search engines); the visible <h1> is the headline as printed.
 */

import { letterKey } from '../../text/clean.js';

/** Whether `meta` is the visible headline with a label appended, or the headline cut short. */
export function sameHeadline(meta: string, visible: string): boolean {
  const m = letterKey(meta);
  const v = letterKey(visible);
  if (m === '' || v === '') return false;
  return m.startsWith(v) || (v.startsWith(m) && m.length >= 20);
}

const LABEL_WORDS = 4;

/**
 * Whether `text` is the site's name: one of `sites` (names, or the labels of its host name, as
 * "northeastledger" for "The Northeast Ledger"), compared by letters and digits.
 */
export function namesSite(text: string, sites: readonly string[]): boolean {
  const key = letterKey(text);
  if (key === '') return false;
  const bare = key.startsWith('the') ? key.slice(3) : key;
  return sites.some((site) => {
    const name = letterKey(site);
    return name !== '' && (name === key || name === bare);
  });
}

/**
 * The title without a trailing site or section label: "Title | Agency-Wire" → "Title";
 * "Title - Daily Courier" → "Title" when the site is named so.
 */
// What sites put between a title and its label.
const LABEL_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' » '];

export function withoutLabel(title: string, sites: readonly string[] = []): string {
  for (const separator of LABEL_SEPARATORS) {
    const at = title.lastIndexOf(separator);
    if (at <= 0) continue;
    const head = title.slice(0, at).trim();
    const tail = title.slice(at + separator.length).trim();
    const isLabel =
      separator === ' | ' && tail.split(/\s+/).length <= LABEL_WORDS && !/[.!?]$/.test(tail);
    if ((namesSite(tail, sites) || isLabel) && head.split(/\s+/).length >= 2) {
      return withoutLabel(head, sites);
    }
  }
  return title;
}

/** "Story | The Daily Courier" → ["The Daily Courier"]: what a title appends may be the site. */
export function titleLabels(title: string | null): string[] {
  const labels: string[] = [];
  for (const separator of LABEL_SEPARATORS) {
    const at = title?.lastIndexOf(separator) ?? -1;
    if (title && at > 0) labels.push(title.slice(at + separator.length).trim());
  }
  return labels.filter(Boolean);
}

/** Whether a description is the site's own blurb ("The Daily Courier - news from…"). */
export function describesSite(description: string, sites: readonly string[]): boolean {
  return LABEL_SEPARATORS.some((separator) => {
    const at = description.indexOf(separator);
    return at > 0 && namesSite(description.slice(0, at), sites);
  });
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * Whether `text` is the label a title appends after the headline: "Pollen counts climb early |
 * Allergies Health Center" makes "Allergies Health Center" a section's name, not a headline. The
 * part before it must be the longer and no site's name ("Site - Headline" puts the site first).
 */
export function isTitleLabel(
  text: string,
  title: string | null,
  sites: readonly string[],
): boolean {
  const key = letterKey(text);
  if (title === null || key === '') return false;
  return LABEL_SEPARATORS.some((separator) => {
    const at = title.indexOf(separator);
    if (at <= 0) return false;
    const head = title.slice(0, at).trim();
    const rest = title.slice(at + separator.length);
    const labels = rest.split(separator).map((label) => label.trim());
    return (
      labels.some((label) => letterKey(label) === key) &&
      wordCount(head) > wordCount(text) &&
      !namesSite(head, sites)
    );
  });
}
