import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, articleSchema, parseArticle, type Article } from '../src/index.js';
import { Ajv2020 } from 'ajv/dist/2020.js';

// Hostile inputs, written by the same module the benchmark uses, at a size that keeps the suite
// quick. Each must finish with an article or a clean InputError; how the time grows with the
// size is the benchmark's to measure (bench/hostile.mjs), never asserted here.
interface HostileInputs {
  HOSTILE_CASES: Record<string, unknown>;
  SENTENCE: string;
  writeHostileInput(name: string, path: string, bytes: number): void;
}

const SIZE = 2_000_000;
const validate = new Ajv2020({ allowUnionTypes: true }).compile(articleSchema);

let inputs: HostileInputs;
let scratch: string;

beforeAll(async () => {
  const url = pathToFileURL(resolve('bench/hostile-inputs.mjs')).href;
  inputs = (await import(url)) as HostileInputs;
  scratch = mkdtempSync(join(tmpdir(), 'parse-article-hostile-'));
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function parseCase(name: string): Article {
  const path = join(scratch, `${name}.txt`);
  inputs.writeHostileInput(name, path, SIZE);
  const bytes = readFileSync(path);
  expect(bytes.length).toBeGreaterThan(SIZE * 0.9);
  let article: Article;
  try {
    article = parseArticle(bytes, { path: name });
  } catch (error) {
    // Only a clean refusal is acceptable; these cases are all text, so even that is a failure.
    expect(error).toBeInstanceOf(InputError);
    throw error;
  }
  expect(validate(article)).toBe(true);
  return article;
}

const sentence = (): string => inputs.SENTENCE.trim();

describe('hostile inputs finish with sane output', () => {
  it('knows every case it tests', () => {
    expect(Object.keys(inputs.HOSTILE_CASES).sort()).toEqual(
      [
        'blank-lines',
        'bullets',
        'long-line',
        'nested-html',
        'open-tags',
        'paragraphs',
        'pipes',
      ].sort(),
    );
  });

  it('a very long story: every paragraph, the byline and the notice', () => {
    const article = parseCase('paragraphs');
    expect(article.input.layout).toBe('devdiscourse-text');
    expect(article.agency).toBe('PTI');
    expect(article.location).toBe('New Delhi');
    expect(article.paragraphs.length).toBeGreaterThan(3000);
    expect(article.paragraphs.every((p) => p.startsWith(sentence()))).toBe(true);
    expect(article.disclaimer).toMatch(/^\(This story has not been edited/);
  });

  it('a line with no break: one paragraph, every word counted', () => {
    const article = parseCase('long-line');
    expect(article.headline).toBe('Committee Weighs Proposal');
    expect(article.paragraphs).toHaveLength(1);
    expect(article.paragraphs[0]?.length).toBeGreaterThan(SIZE * 0.95);
    const perSentence = sentence().split(' ').length;
    const sentences = Math.floor((article.paragraphs[0]?.length ?? 0) / inputs.SENTENCE.length);
    expect(article.wordCount).toBeGreaterThanOrEqual(sentences * perSentence);
  });

  it('a million blank lines: the headline and the one sentence after them', () => {
    const article = parseCase('blank-lines');
    expect(article.headline).toBe('Committee Weighs Proposal');
    expect(article.paragraphs).toEqual([sentence()]);
  });

  it('lines of 100,000 pipes: no byline made of them, the lines kept as they are', () => {
    const article = parseCase('pipes');
    expect(article.headline).toBe('Committee Weighs Proposal');
    expect(article.agency).toBeNull();
    expect(article.paragraphs.length).toBeGreaterThan(10);
    for (const p of article.paragraphs) expect(p.length).toBeLessThan(100_100);
  });

  it('HTML nested as deep as 2 MB allows: the story inside is found', () => {
    const article = parseCase('nested-html');
    expect(article.input.kind).toBe('html');
    expect(article.headline).toBe('Committee Weighs Proposal');
    expect(article.paragraphs).toContain(sentence());
  });

  it('a file of only bullets: every item kept, in order', () => {
    const article = parseCase('bullets');
    const items = [...article.paragraphs, ...article.tags, ...article.countries];
    expect(items.length).toBeGreaterThan(50_000);
    expect(items.every((item) => /^Item number \d+$/.test(item))).toBe(true);
    expect(article.paragraphs[0]).toBe('Item number 1');
  });

  it('markup with thousands of unclosed <script> and <style> tags: the text around them', () => {
    const article = parseCase('open-tags');
    expect(article.headline).toBe('Committee Weighs Proposal');
    expect(article.paragraphs[0]).toBe(sentence());
    expect(article.paragraphs.join(' ')).not.toMatch(/<script|<style/);
  });
});
