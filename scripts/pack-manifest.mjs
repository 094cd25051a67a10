// The package.json that goes into the tarball: without the scripts and development
// dependencies, which only a checkout uses. npm warns about, and some installers run, a
// "prepare" script in an installed package; a user's install needs none of them.
// `strip` runs at prepack (after the build), `restore` at postpack, so the checkout keeps its own.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const MANIFEST = 'package.json';
const KEPT = '.package.json.checkout';

const mode = process.argv[2];
if (mode === 'strip') {
  if (existsSync(KEPT))
    throw new Error(`${KEPT} exists: run "node scripts/pack-manifest.mjs restore"`);
  const text = readFileSync(MANIFEST, 'utf8');
  writeFileSync(KEPT, text);
  const manifest = JSON.parse(text);
  delete manifest.scripts;
  delete manifest.devDependencies;
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
} else if (mode === 'restore') {
  if (existsSync(KEPT)) renameSync(KEPT, MANIFEST);
} else {
  throw new Error('usage: node scripts/pack-manifest.mjs strip|restore');
}
