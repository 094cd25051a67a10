/**
 * Patterns tried only where a key string occurs. V8 compiles a regular expression on its first
 * use, and an alternation of phrases costs up to half a millisecond to compile — more than
 * parsing a whole story — while a substring test costs nothing to set up. So a large
 * alternation is split into small patterns, each behind a literal every match must contain.
 */
export type Keyed = readonly [key: string, pattern: RegExp];

export function anyKeyed(text: string, patterns: readonly Keyed[]): boolean {
  for (const [key, pattern] of patterns) {
    if (text.includes(key) && pattern.test(text)) return true;
  }
  return false;
}
