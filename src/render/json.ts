import type { Article } from '../article.js';

export function renderJson(article: Article, options: { compact?: boolean } = {}): string {
  return options.compact ? JSON.stringify(article) : JSON.stringify(article, null, 2);
}
