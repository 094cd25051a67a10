// Regenerates test/expected/<sample>.json from the current parser for the text samples.
// Run after a deliberate change, then review the diff line by line before committing it:
// these files are the reviewed truth the tests hold the parser to.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parseArticle } from '../dist/index.js';

for (const name of readdirSync('samples').sort()) {
  if (!name.endsWith('.txt')) continue;
  const article = parseArticle(readFileSync(`samples/${name}`), { path: `samples/${name}` });
  writeFileSync(
    `test/expected/${name.replace(/\.txt$/, '.json')}`,
    `${JSON.stringify(article, null, 2)}\n`,
  );
}
