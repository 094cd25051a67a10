export { parseArticle } from './article-parser.js';
export { parseFeed } from './feed-parser.js';
export type { ParseOptions } from './parse.js';
export { articleSchema } from './schema.js';
export { InputError } from './read/errors.js';
export { ENCODINGS, SCHEMA_VERSION } from './article.js';
export type {
  Article,
  CreditRole,
  Credits,
  Encoding,
  Dateline,
  Image,
  InputInfo,
  InputKind,
  Timestamp,
  Warning,
} from './article.js';
