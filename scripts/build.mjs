// Builds dist/: the CLI as one bundle (split so rarely used parts load on demand), the library
// as ES modules with its dependencies external, the JSON Schema, and type declarations.
import { readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  define: { PACKAGE_VERSION: JSON.stringify(pkg.version) },
  logLevel: 'warning',
};

await build({
  ...common,
  // The batch worker is its own entry: worker threads load dist/cli/worker.js beside cli.js.
  entryPoints: { cli: 'src/cli/entry.ts', worker: 'src/cli/worker.ts' },
  outdir: 'dist/cli',
  splitting: true,
  minify: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS dependencies (commander) call require() for Node built-ins.
  banner: {
    js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);",
  },
});

await build({
  ...common,
  entryPoints: { index: 'src/index.ts', schema: 'src/schema.ts' },
  outdir: 'dist',
  packages: 'external',
});

const { articleSchema } = await import('../dist/schema.js');
writeFileSync('dist/article.schema.json', `${JSON.stringify(articleSchema, null, 2)}\n`);
