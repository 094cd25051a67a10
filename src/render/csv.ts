/**
 * CSV (RFC 4180): a header row of JSON field paths, then one row per article, so a folder of
 * copies becomes one spreadsheet. Lists are joined into one cell: LIST_SEPARATOR between
 * countries, tags and warning codes, a blank line between paragraphs.
 */
import type { Article } from '../article.js';
import type { Renderer } from './index.js';

export const LIST_SEPARATOR = ' | ';
export const PARAGRAPH_SEPARATOR = '\n\n';

type Cell = string | number | null;
type Leaf<T> = (value: T) => Cell;
type Group<T> = { readonly [K in keyof T]-?: Leaf<T[K]> };
// An object-valued field is spread over one column per member; lists and scalars take one.
type Field<T> =
  Leaf<T> | ([NonNullable<T>] extends [readonly unknown[]] ? never : Group<NonNullable<T>>);
type Spec = { readonly [K in keyof Article]-?: Field<Article[K]> };

const same = (value: Cell): Cell => value;
const joined = (items: readonly string[]): string => items.join(LIST_SEPARATOR);
const stamp = { text: same, iso: same, utc: same, zone: same } as const;

/**
 * Every field of Article, in the JSON order: the type makes a new field a compile error here
 * until it has its column(s).
 */
const SPEC: Spec = {
  schemaVersion: same,
  headline: same,
  summary: same,
  agency: same,
  author: same,
  location: same,
  updated: stamp,
  created: stamp,
  countries: joined,
  image: { caption: same, credit: same },
  dateline: { text: same, location: same, date: same, agency: same },
  paragraphs: (paragraphs) => paragraphs.join(PARAGRAPH_SEPARATOR),
  disclaimer: same,
  credits: {
    text: same,
    roles: (roles) => joined(roles.map((r) => `${r.role}: ${r.names.join(', ')}`)),
  },
  signOff: same,
  tags: joined,
  url: same,
  site: same,
  language: same,
  wordCount: same,
  warnings: (warnings) => joined(warnings.map((w) => w.code)),
  input: { path: same, kind: same, layout: same, bytes: same, encoding: same },
};

interface Column {
  name: string;
  cell: (article: Article) => Cell;
}

function columnsOf(spec: Spec): Column[] {
  const columns: Column[] = [];
  for (const [key, field] of Object.entries(spec) as [keyof Article, unknown][]) {
    if (typeof field === 'function') {
      const leaf = field as Leaf<unknown>;
      columns.push({ name: key, cell: (a) => leaf(a[key]) });
      continue;
    }
    for (const [member, fn] of Object.entries(field as Record<string, Leaf<unknown>>)) {
      columns.push({
        name: `${key}.${member}`,
        cell: (a) => {
          const parent = a[key] as Record<string, unknown> | null;
          return parent === null ? null : fn(parent[member]);
        },
      });
    }
  }
  return columns;
}

export const CSV_COLUMNS: readonly Column[] = columnsOf(SPEC);

// RFC 4180 quotes a field holding a comma, quote or line break; edge spaces are quoted too,
// since some readers trim them.
function needsQuotes(text: string): boolean {
  if (text.startsWith(' ') || text.endsWith(' ')) return true;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === ',' || char === '"' || char === '\n' || char === '\r') return true;
  }
  return false;
}

/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return
 * before one) gets a leading apostrophe, which Excel, LibreOffice and Google Sheets show as
 * text. Numbers are numbers and stay as they are.
 */
export function neutralised(value: Cell): Cell {
  if (typeof value !== 'string') return value;
  const first = value.charAt(0);
  return '=+-@\t\r'.includes(first) && first !== '' ? `'${value}` : value;
}

export function csvField(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return needsQuotes(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvRow(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

export function csvHeader(): string {
  return csvRow(CSV_COLUMNS.map((c) => c.name));
}

/** One article's row; `raw` keeps formula-like cells as they are (--csv-raw). */
export function csvRecord(article: Article, raw = false): string {
  return csvRow(CSV_COLUMNS.map((c) => (raw ? c.cell(article) : neutralised(c.cell(article)))));
}

export function createCsvRenderer(options: { raw: boolean } = { raw: false }): Renderer {
  return {
    extension: '.csv',
    start: csvHeader,
    article: (article) => csvRecord(article, options.raw),
    end: () => '',
  };
}
