/**
 * The render stage: Article → text in the chosen format. A renderer may print something before
 * the first article and after the last (a CSV header, say); batches call start/article/end.
 * Only JSON is loaded up front: the other renderers and colour load when asked for.
 */
import type { Article } from '../article.js';
import { renderJson } from './json.js';

export type Format = 'json' | 'ndjson' | 'view' | 'md' | 'csv';

export const FORMATS: readonly Format[] = ['json', 'ndjson', 'view', 'md', 'csv'];

export interface RenderOptions {
  compact: boolean;
  /** Colour this output: decided once, by the caller, for where the output goes. */
  color: boolean;
  /** CSV: leave cells a spreadsheet would run as formulas as they are (--csv-raw). */
  csvRaw?: boolean;
  /** Columns to wrap the view at. */
  width: number;
  /** IANA zone for times shown to the reader. */
  tz: string;
}

export interface Renderer {
  /** Extension for --out-dir files, with its dot. */
  extension: string;
  start(): string;
  article(article: Article): string;
  end(): string;
}

const none = (): string => '';

async function jsonRenderer(compact: boolean, color: boolean): Promise<Renderer> {
  const render = color
    ? (await import('./json-color.js')).renderJsonColored
    : (article: Article, options: { compact: boolean }) => renderJson(article, options);
  return {
    extension: '.json',
    start: none,
    article: (a) => `${render(a, { compact })}\n`,
    end: none,
  };
}

export async function createRenderer(format: Format, options: RenderOptions): Promise<Renderer> {
  switch (format) {
    case 'json':
      return jsonRenderer(options.compact, options.color);
    case 'ndjson':
      return jsonRenderer(true, options.color);
    case 'view':
      return (await import('./terminal.js')).createViewRenderer(options);
    case 'md':
      return (await import('./markdown.js')).createMarkdownRenderer();
    case 'csv':
      return (await import('./csv.js')).createCsvRenderer({ raw: options.csvRaw === true });
  }
}
