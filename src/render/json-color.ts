/**
 * JSON with colour for a terminal. Without its colour codes the text is exactly what
 * JSON.stringify prints, so what a reader copies from the screen is still the same JSON.
 */
import { Chalk } from 'chalk';

interface JsonPalette {
  key: (text: string) => string;
  string: (text: string) => string;
  number: (text: string) => string;
  literal: (text: string) => string;
}

function paletteAt(level: 0 | 1): JsonPalette {
  const chalk = new Chalk({ level });
  return { key: chalk.blue, string: chalk.green, number: chalk.yellow, literal: chalk.magenta };
}

function write(value: unknown, p: JsonPalette, indent: string, step: string): string {
  if (value === null) return p.literal('null');
  if (typeof value === 'string') return p.string(JSON.stringify(value));
  if (typeof value === 'number') return p.number(JSON.stringify(value));
  if (typeof value === 'boolean') return p.literal(String(value));
  const inner = indent + step;
  const open = step ? `\n${inner}` : '';
  const close = step ? `\n${indent}` : '';
  const comma = step ? `,\n${inner}` : ',';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item: unknown) => write(item ?? null, p, inner, step));
    return `[${open}${items.join(comma)}${close}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined,
  );
  if (entries.length === 0) return '{}';
  const colon = step ? ': ' : ':';
  const members = entries.map(
    ([k, v]) => `${p.key(JSON.stringify(k))}${colon}${write(v, p, inner, step)}`,
  );
  return `{${open}${members.join(comma)}${close}}`;
}

/** Like JSON.stringify(value, null, compact ? 0 : 2), coloured. */
export function renderJsonColored(value: unknown, options: { compact?: boolean } = {}): string {
  return write(value, paletteAt(1), '', options.compact ? '' : '  ');
}
