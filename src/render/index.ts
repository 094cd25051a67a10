/**
 * The render stage: Article → text in the chosen format. A renderer may print something before
 * the first article and after the last (a CSV header, say); batches call start/article/end.
 */
import type { Article } from '../article.js';
import type { Format } from '../cli/options.js';
import { renderJson } from './json.js';

export interface RenderOptions {
  compact: boolean;
  color: boolean;
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

export function createRenderer(format: Format, options: RenderOptions): Promise<Renderer> {
  switch (format) {
    case 'json':
      return Promise.resolve({
        extension: '.json',
        start: none,
        article: (a) => `${renderJson(a, { compact: options.compact })}\n`,
        end: none,
      });
    case 'ndjson':
      return Promise.resolve({
        extension: '.json',
        start: none,
        article: (a) => `${renderJson(a, { compact: true })}\n`,
        end: none,
      });
    default:
      return Promise.reject(new Error(`format ${format} is not available yet`));
  }
}
