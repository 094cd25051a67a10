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
// own beside cli.js (the import becomes a require), so that a run loads only what it uses. A
// dynamic import is matched by the file it resolves to, whatever its spelling, and the build
// fails if one of these files ends up inside cli.js all the same (see checkApart below).
const LAZY = {
  html: './src/layouts/html/index.ts',
  feed: './src/feed/index.ts',
  view: './src/render/terminal.ts',
  markdown: './src/render/markdown.ts',
  csv: './src/render/csv.ts',
  'json-color': './src/render/json-color.ts',
  schema: './src/schema.ts',
  glob: 'tinyglobby',
};

const lazyApart = {
  name: 'lazy-apart',
  setup(b) {
    /** The file each lazy module resolves to, as a dynamic import from the project's root would. */
    let files;
    const lazyFiles = () =>
      (files ??= Promise.all(
        Object.entries(LAZY).map(async ([name, spec]) => {
          const r = await b.resolve(spec, {
            kind: 'dynamic-import',
            resolveDir: process.cwd(),
            pluginData: { apart: true },
          });
          if (r.errors.length > 0) throw new Error(`lazy module ${name}: cannot resolve ${spec}`);
          return [r.path, name];
        }),
      ).then((pairs) => new Map(pairs)));
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.pluginData?.apart) return undefined;
      const r = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { apart: true },
      });
      const name = (await lazyFiles()).get(r.path);
      return name === undefined ? undefined : { path: name, namespace: 'apart' };
    });
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

// Modules that only some runs use are required on first use, not at start-up: commander's
// child_process (for subcommands we do not have), worker_threads and os (batches), and entities'
// decoding tables (text that still carries markup; a bundle of its own, shared by the CLI and the
// HTML layouts). What each saves a one-text-file run, in instructions (callgrind, README's
// Performance): child_process ~11M, worker_threads ~9M, os ~4M, entities ~38M, of ~148M.
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

/**
 * Fails the build when a module meant to load apart (a lazy bundle, or a package behind a
 * first-use stand-in) was bundled into cli.js or worker.js all the same: through a static import,
 * say, which no plugin above would notice.
 */
function checkApart(metafile) {
  const apart = [
    ...Object.values(LAZY)
      .filter((spec) => spec.startsWith('./'))
      .map((spec) => spec.slice(2)),
    'node_modules/tinyglobby/',
    'node_modules/entities/',
  ];
  for (const out of ['dist/cli/cli.js', 'dist/cli/worker.js']) {
    const inside = Object.keys(metafile.outputs[out]?.inputs ?? {}).filter((input) =>
      apart.some((a) => input === a || (a.endsWith('/') && input.startsWith(a))),
    );
    if (inside.length > 0) {
      throw new Error(`${out} holds modules meant to load apart: ${inside.join(', ')}`);
    }
  }
}

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

const main = await build({
  ...common,
  entryPoints: { cli: 'src/cli/entry.ts', worker: 'src/cli/worker.ts' },
  ...asCommonJs,
  metafile: true,
});
checkApart(main.metafile);
await build({
  ...common,
  entryPoints: {
    ...LAZY,
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
