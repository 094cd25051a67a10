export { parseArticle, type ParseOptions } from './parse.js';
export { InputError } from './read/errors.js';
export { SCHEMA_VERSION } from './article.js';
export type {
  Article,
  Dateline,
  Image,
  InputInfo,
  InputKind,
  Timestamp,
  Warning,
} from './article.js';
