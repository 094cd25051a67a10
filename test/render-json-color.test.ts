import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { createRenderer } from '../src/render/index.js';
import { renderJsonColored } from '../src/render/json-color.js';

const FIXTURES = ['wide-story', 'markup-story', 'no-picture'].map((name) => {
  const path = `test/fixtures/render/${name}.txt`;
  return parseArticle(readFileSync(path), { path });
});

describe('coloured JSON', () => {
  it.each(FIXTURES.map((a) => [a.input.path, a] as const))(
    '%s: without its colour it is exactly JSON.stringify',
    (_, article) => {
      const pretty = renderJsonColored(article);
      const compact = renderJsonColored(article, { compact: true });
      expect(pretty).toContain('\u001b[');
      expect(stripVTControlCharacters(pretty)).toBe(JSON.stringify(article, null, 2));
      expect(stripVTControlCharacters(compact)).toBe(JSON.stringify(article));
    },
  );

  it('colours keys, strings, numbers and literals apart', () => {
    const text = renderJsonColored(
      { a: 'x', n: 2, b: true, z: null, e: [], o: {} },
      { compact: true },
    );
    expect(text).toBe(
      '{\u001b[34m"a"\u001b[39m:\u001b[32m"x"\u001b[39m,\u001b[34m"n"\u001b[39m:\u001b[33m2\u001b[39m,' +
        '\u001b[34m"b"\u001b[39m:\u001b[35mtrue\u001b[39m,\u001b[34m"z"\u001b[39m:\u001b[35mnull\u001b[39m,' +
        '\u001b[34m"e"\u001b[39m:[],\u001b[34m"o"\u001b[39m:{}}',
    );
  });

  it('is used only when colour is on', async () => {
    const article = FIXTURES[0];
    if (!article) throw new Error('no fixture');
    const options = { compact: false, width: 80, tz: 'UTC' };
    const plain = await createRenderer('json', { ...options, color: false });
    const colored = await createRenderer('json', { ...options, color: true });
    const ndjson = await createRenderer('ndjson', { ...options, color: true });
    expect(plain.article(article)).toBe(`${JSON.stringify(article, null, 2)}\n`);
    expect(colored.article(article)).toContain('\u001b[');
    expect(stripVTControlCharacters(ndjson.article(article))).toBe(`${JSON.stringify(article)}\n`);
  });
});
