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
  feed: { entry: 'src/feed/index.ts', imported: /feed\/index\.js$/ },
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

// Modules that only some runs use are required on first use, not at start-up (~4 ms of a single
// run): commander's child_process (for subcommands we do not have), worker_threads and os (batches),
// and entities' decoding tables (text that still carries markup; a bundle of its own, shared by
// the CLI and the HTML layouts).
const ON_FIRST_USE = {
  child_process: "require('node:child_process')",
  worker_threads: "require('node:worker_threads')",
  os: "require('node:os')",
  entities: "require('./entities.js')",
};
const onFirstUse = {
  name: 'on-first-use',
  setup(b) {
    const names = Object.keys(ON_FIRST_USE).join('|');
    b.onResolve({ filter: new RegExp(`^(node:)?(${names})$`) }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      // Inside the stand-in, the real module is external.
      if (args.namespace === 'first-use') return { path: args.path, external: true };
      return { path: args.path.replace(/^node:/, ''), namespace: 'first-use' };
    });
    b.onLoad({ filter: /.*/, namespace: 'first-use' }, async (args) => {
      // The names are known at build time, so listing them (as bundled imports do) loads nothing.
      const real = await import(args.path === 'entities' ? 'entities' : `node:${args.path}`);
      const keys = Object.keys(real).filter((k) => k !== 'default');
      return {
        contents: `let real;
const load = () => (real ??= ${ON_FIRST_USE[args.path]});
const keys = ${JSON.stringify(keys)};
module.exports = new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => keys.includes(key),
  ownKeys: () => keys,
  getOwnPropertyDescriptor: (_, key) =>
    keys.includes(key) ? { configurable: true, enumerable: true, get: () => load()[key] } : undefined,
});`,
        loader: 'js',
        resolveDir: process.cwd(),
      };
    });
    // Inside the stand-in, the real module is external.
    b.onResolve({ filter: /.*/, namespace: 'first-use' }, (args) => ({
      path: args.path,
      external: true,
    }));
  },
};

const asCommonJs = {
  format: 'cjs',
  minify: true,
  outdir: 'dist/cli',
  plugins: [lazyApart, onFirstUse],
  // pool.ts finds worker.js beside the bundle through import.meta.url, and so do dependencies.
  define: { ...common.define, 'import.meta.url': '__bundle.url' },
  banner: {
    js: "var __bundle={get url(){return require('node:url').pathToFileURL(__filename).href}};",
  },
};

await build({
  ...common,
  entryPoints: { cli: 'src/cli/entry.ts', worker: 'src/cli/worker.ts' },
  ...asCommonJs,
});
await build({
  ...common,
  entryPoints: {
    ...Object.fromEntries(Object.entries(LAZY).map(([name, { entry }]) => [name, entry])),
    entities: 'entities',
  },
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

// A warm-up run of each kind writes the code cache of the functions a real run compiles: each
// run writes the caches of the bundles it is first to load.
const text = 'samples/devdiscourse-pti-caption.txt';
for (const args of [
  ['-c', text],
  ['-c', 'samples/devdiscourse-agency.html'],
  ['-c', 'samples/feed-rss.xml'],
  ['-f', 'view', text],
  ['-f', 'md', text],
  ['-f', 'csv', text],
  ['--color', text],
  ['--schema'],
  ['-c', 'samples/*.txt'],
]) {
  execFileSync(process.execPath, ['scripts/warm-code-cache.cjs', ...args], { stdio: 'ignore' });
}
