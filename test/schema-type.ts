/**
 * The schema and the Article type kept in step: this file fails `tsc` (npm run typecheck) when a
 * field is added to one and not the other. It is no part of the package, so that the published
 * types import no development package (json-schema-to-ts).
 */
import type { FromSchema } from 'json-schema-to-ts';
import type { Article, articleSchema } from '../src/index.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type FromArticleSchema = FromSchema<typeof articleSchema>;

export const schemaMatchesType: Same<FromArticleSchema, Article> = true;
