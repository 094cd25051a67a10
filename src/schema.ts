/**
 * JSON Schema (draft 2020-12) of the output. Kept in step with the Article type by a
 * compile-time check in test/schema-type.ts: a field added to one and not the other fails `tsc`.
 * (The check lives with the tests so that the published types import no development package.)
 */
import { ENCODINGS, SCHEMA_VERSION } from './article.js';

const nullableString = { type: ['string', 'null'] } as const;

const timestamp = {
  type: ['object', 'null'],
  additionalProperties: false,
  required: ['text', 'iso', 'utc', 'zone'],
  properties: {
    text: { type: 'string', description: 'As printed, e.g. "14-06-2024 17:34 IST".' },
    iso: {
      ...nullableString,
      description:
        'ISO 8601 with the printed offset; only the day for a date printed without a time; the wall-clock time without an offset for a time printed without a zone.',
    },
    utc: { ...nullableString, description: 'The instant in UTC, e.g. "2024-06-14T12:04:00Z".' },
    zone: { ...nullableString, description: 'IANA zone of the printed abbreviation.' },
  },
} as const;

const warning = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'message'],
  properties: { code: { type: 'string' }, message: { type: 'string' } },
} as const;

const stringList = { type: 'array', items: { type: 'string' } } as const;

export const articleSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://parse-article.invalid/article.schema.json',
  title: 'Article',
  description: 'One news article as parse-article outputs it.',
  type: 'object',
  additionalProperties: false,
  required: [
    'schemaVersion',
    'headline',
    'summary',
    'agency',
    'author',
    'location',
    'updated',
    'created',
    'countries',
    'image',
    'dateline',
    'paragraphs',
    'disclaimer',
    'credits',
    'signOff',
    'tags',
    'url',
    'site',
    'language',
    'wordCount',
    'warnings',
    'input',
  ],
  properties: {
    schemaVersion: { type: 'integer', const: SCHEMA_VERSION },
    headline: { type: 'string' },
    summary: nullableString,
    agency: nullableString,
    author: nullableString,
    location: nullableString,
    updated: timestamp,
    created: timestamp,
    countries: stringList,
    image: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['caption', 'credit'],
      properties: { caption: nullableString, credit: nullableString },
    },
    dateline: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['text', 'location', 'date', 'agency'],
      properties: {
        text: { type: 'string' },
        location: nullableString,
        date: {
          type: ['string', 'null'],
          pattern: '^\\d{4}-\\d{2}-\\d{2}$',
        },
        agency: nullableString,
      },
    },
    paragraphs: stringList,
    disclaimer: nullableString,
    credits: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['text', 'roles'],
      properties: {
        text: { type: 'string' },
        roles: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['role', 'names'],
            properties: { role: { type: 'string' }, names: stringList },
          },
        },
      },
    },
    signOff: nullableString,
    tags: stringList,
    url: { ...nullableString, description: "The story's own address (canonical link or og:url)." },
    site: { ...nullableString, description: "The publication's name." },
    language: { ...nullableString, description: 'BCP 47 language tag, e.g. "en" or "en-IN".' },
    wordCount: { type: 'integer', minimum: 0 },
    warnings: { type: 'array', items: warning },
    input: {
      type: 'object',
      additionalProperties: false,
      required: ['path', 'kind', 'layout', 'bytes', 'encoding'],
      properties: {
        path: nullableString,
        kind: { enum: ['text', 'html'] },
        layout: { type: 'string' },
        bytes: { type: 'integer', minimum: 0 },
        encoding: {
          enum: ENCODINGS,
          description: 'How the bytes were decoded, by the WHATWG name of the encoding.',
        },
      },
    },
  },
} as const;
