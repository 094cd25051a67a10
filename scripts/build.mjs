// Builds dist/:
// - dist/cli/: the command as CommonJS bundles. cli.js holds the text path; the HTML layouts
//   (cheerio), the other renderers, the schema and globbing are bundles of their own, required
//   only when used; worker.js runs batch chunks. CommonJS
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

// Modules the CLI imports only when an input or an option needs them; each is a bundle of its
// own beside cli.js (the import becomes a require), so that a run loads only what it uses.
const LAZY = {
  html: { entry: 'src/layouts/html/index.ts', imported: /layouts\/html\/index\.js$/ },
  view: { entry: 'src/render/terminal.ts', imported: /^\.\/terminal\.js$/ },
  markdown: { entry: 'src/render/markdown.ts', imported: /^\.\/markdown\.js$/ },
  csv: { entry: 'src/render/csv.ts', imported: /^\.\/csv\.js$/ },
  'json-color': { entry: 'src/render/json-color.ts', imported: /^\.\/json-color\.js$/ },
  schema: { entry: 'src/schema.ts', imported: /^\.\.\/schema\.js$/ },
  glob: { entry: 'tinyglobby', imported: /^tinyglobby$/ },
};

const lazyApart = {
  name: 'lazy-apart',
  setup(b) {
    for (const [name, { imported }] of Object.entries(LAZY)) {
      b.onResolve({ filter: imported }, (args) =>
        args.kind === 'dynamic-import' ? { path: name, namespace: 'apart' } : undefined,
      );
    }
    b.onLoad({ filter: /.*/, namespace: 'apart' }, (args) => ({
      contents: `module.exports = require('./${args.path}.js');`,
      loader: 'js',
    }));
    b.onResolve({ filter: /^\.\/[\w-]+\.js$/, namespace: 'apart' }, (args) => ({
      path: args.path,
      external: true,
    }));
  },
};

// Built-ins that only some runs use (commander's child_process for subcommands we do not have,
// worker_threads for batches) are required on first use, not at start-up: ~3 ms of a single run.
const LAZY_BUILTINS = ['child_process', 'worker_threads'];
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const names = LAZY_BUILTINS.join('|');
    b.onResolve({ filter: new RegExp(`^(node:)?(${names})$`) }, (args) =>
      args.namespace === 'lazy-builtin'
        ? { path: args.path, external: true }
        : { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async (args) => {
      // The names are known at build time, so listing them (as bundled imports do) loads nothing.
      const keys = Object.keys(await import(`node:${args.path}`)).filter((k) => k !== 'default');
      return {
        contents: `let real;
const load = () => (real ??= require('node:${args.path}'));
const keys = ${JSON.stringify(keys)};
module.exports = new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => keys.includes(key),
  ownKeys: () => keys,
  getOwnPropertyDescriptor: (_, key) =>
    keys.includes(key) ? { configurable: true, enumerable: true, get: () => load()[key] } : undefined,
});`,
        loader: 'js',
      };
    });
  },
};

const asCommonJs = {
  format: 'cjs',
  minify: true,
  outdir: 'dist/cli',
  plugins: [lazyApart, lazyBuiltins],
  // pool.ts finds worker.js beside the bundle through import.meta.url, and so do dependencies.
  define: { ...common.define, 'import.meta.url': '__bundleUrl' },
  banner: { js: "var __bundleUrl=require('node:url').pathToFileURL(__filename).href;" },
};

await build({
  ...common,
  entryPoints: { cli: 'src/cli/entry.ts', worker: 'src/cli/worker.ts' },
  ...asCommonJs,
});
await build({
  ...common,
  entryPoints: Object.fromEntries(Object.entries(LAZY).map(([name, { entry }]) => [name, entry])),
  ...asCommonJs,
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
