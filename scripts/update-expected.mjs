// Regenerates the reviewed expected outputs from the current parser (run `npm run build` first):
// test/expected/<sample>.json for the text samples and test/expected/html/<page>.json for the
// HTML fixture pages (their input.path left out, as the tests compare it apart).
// Run after a deliberate change, then review the diff line by line before committing it:
// these files are the reviewed truth the tests hold the parser to.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parseArticle } from '../dist/index.js';

const write = (path, article) => writeFileSync(path, `${JSON.stringify(article, null, 2)}\n`);

for (const name of readdirSync('samples').sort()) {
  if (!name.endsWith('.txt')) continue;
  const article = parseArticle(readFileSync(`samples/${name}`), { path: `samples/${name}` });
  write(`test/expected/${name.replace(/\.txt$/, '.json')}`, article);
}

for (const name of readdirSync('test/fixtures/html').sort()) {
  if (!name.endsWith('.html')) continue;
  const article = parseArticle(readFileSync(`test/fixtures/html/${name}`));
  const input = { ...article.input };
  delete input.path;
  write(`test/expected/html/${name.replace(/\.html$/, '.json')}`, { ...article, input });
}
