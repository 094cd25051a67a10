// Builds dist/:
// - dist/cli/: the command as CommonJS bundles. cli.js holds the text path; the HTML layouts
//   (cheerio) are html.js, required only for HTML inputs; worker.js runs batch chunks. CommonJS
//   because it loads faster than an ES module graph and lets bin/ use V8's code cache
//   (<bundle>.cache, made here by a warm-up run) — start-up is most of a single file's cost.
// - dist/index.js, dist/schema.js: the library as ES modules, dependencies external.
// - dist/article.schema.json and dist/types/ (tsc, from package.json's build script).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist/cli', { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  define: { PACKAGE_VERSION: JSON.stringify(pkg.version) },
  logLevel: 'warning',
};

// The CLI's import of the HTML layouts becomes a require of the html.js bundle beside it, so
// that text inputs never load cheerio.
const htmlApart = {
  name: 'html-apart',
  setup(b) {
    b.onResolve({ filter: /layouts\/html\/index\.js$/ }, () => ({
      path: 'html',
      namespace: 'apart',
    }));
    b.onLoad({ filter: /.*/, namespace: 'apart' }, () => ({
      contents: "module.exports = require('./html.js');",
      loader: 'js',
    }));
    b.onResolve({ filter: /^\.\/html\.js$/ }, () => ({ path: './html.js', external: true }));
  },
};

await build({
  ...common,
  format: 'cjs',
  minify: true,
  entryPoints: { cli: 'src/cli/entry.ts', worker: 'src/cli/worker.ts' },
  outdir: 'dist/cli',
  plugins: [htmlApart],
  // pool.ts finds worker.js beside the bundle through import.meta.url.
  define: { ...common.define, 'import.meta.url': '__bundleUrl' },
  banner: { js: "var __bundleUrl=require('node:url').pathToFileURL(__filename).href;" },
});
await build({
  ...common,
  format: 'cjs',
  minify: true,
  entryPoints: { html: 'src/layouts/html/index.ts' },
  outdir: 'dist/cli',
});
writeFileSync('dist/cli/package.json', '{ "type": "commonjs" }\n');

await build({
  ...common,
  format: 'esm',
  entryPoints: { index: 'src/index.ts', schema: 'src/schema.ts' },
  outdir: 'dist',
  packages: 'external',
});

const { articleSchema } = await import('../dist/schema.js');
writeFileSync('dist/article.schema.json', `${JSON.stringify(articleSchema, null, 2)}\n`);

// A warm-up run of each kind writes the code cache of the functions a real run compiles.
for (const sample of ['samples/devdiscourse-pti-caption.txt', 'samples/devdiscourse-agency.html']) {
  execFileSync(process.execPath, ['bin/parse-article.js', '-c', sample], { stdio: 'ignore' });
}
