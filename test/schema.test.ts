import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { articleSchema, parseArticle, type Article } from '../src/index.js';

const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
const validate = ajv.compile(articleSchema);

function errorsOf(value: unknown): string {
  return validate(value) ? 'valid' : ajv.errorsText(validate.errors);
}

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['bin/parse-article.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const inputsIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => /\.(?:txt|html?)$/.test(name))
    .sort()
    .map((name) => join(dir, name));

const samples = inputsIn('samples');
// Fixtures of every layout, beside the samples: more shapes for the contract to hold on.
const fixtures = ['text', 'wire', 'html', 'render'].flatMap((dir) =>
  inputsIn(`test/fixtures/${dir}`),
);

describe('the JSON Schema', () => {
  it('is a valid draft 2020-12 schema', () => {
    expect(articleSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(ajv.validateSchema(articleSchema)).toBe(true);
  });

  it('rejects what breaks the contract', () => {
    const article = parseArticle(readFileSync(samples[0] ?? ''));
    expect(errorsOf(article)).toBe('valid');
    const withoutHeadline: Partial<Article> = { ...article };
    delete withoutHeadline.headline;
    expect(errorsOf(withoutHeadline)).toMatch(/must have required property 'headline'/);
    expect(errorsOf({ ...article, extra: 1 })).toMatch(/must NOT have additional properties/);
    expect(errorsOf({ ...article, input: { ...article.input, encoding: 'ascii' } })).toMatch(
      /encoding must be equal to one of the allowed values/,
    );
    expect(errorsOf({ ...article, wordCount: -1 })).toMatch(/wordCount must be >= 0/);
  });
});

describe('every sample and fixture validates against it', () => {
  it('has samples of both kinds', () => {
    expect(samples.filter((p) => p.endsWith('.txt')).length).toBeGreaterThan(0);
    expect(samples.filter((p) => /\.html?$/.test(p)).length).toBeGreaterThan(0);
  });

  it.each([...samples, ...fixtures])('%s', (path) => {
    const article: Article = parseArticle(readFileSync(path), { path });
    expect(errorsOf(article)).toBe('valid');
    expect(article.input.path).toBe(path);
  });
});

describe('parse-article --schema', () => {
  const printed = cli(['--schema']);

  it('prints the schema that ships with the package', () => {
    expect(printed.status).toBe(0);
    expect(printed.stderr).toBe('');
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      exports: Record<string, unknown>;
    };
    expect(pkg.exports['./schema.json']).toBe('./dist/article.schema.json');
    expect(printed.stdout).toBe(readFileSync('dist/article.schema.json', 'utf8'));
    expect(JSON.parse(printed.stdout)).toEqual(articleSchema);
  });

  it('validates what the CLI prints for a sample', () => {
    const sample = samples[0] ?? '';
    const fromCli = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(
      JSON.parse(printed.stdout) as object,
    );
    const { status, stdout } = cli(['--compact', sample]);
    expect(status).toBe(0);
    const article = JSON.parse(stdout) as unknown;
    expect(fromCli(article)).toBe(true);
    expect(fromCli({ ...(article as object), schemaVersion: 1 })).toBe(false);
  });
});
