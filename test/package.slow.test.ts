/**
 * The package as a user installs it: its types import no development package, its tarball
 * carries no install-time scripts, and the README's imports work on Node 20. The tarball is
 * made and installed here without the network: its dependencies are linked from this checkout.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Manifest {
  dependencies: Record<string, string>;
  devDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
  types?: string;
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;

function declarationFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The packages a declaration file imports: bare specifiers, without subpaths. */
function importedPackages(text: string): string[] {
  const specifiers = [...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/g)]
    .map((m) => m[1] ?? m[2] ?? '')
    .filter((s) => !s.startsWith('.') && !s.startsWith('node:'));
  return specifiers.map((s) =>
    s
      .split('/')
      .slice(0, s.startsWith('@') ? 2 : 1)
      .join('/'),
  );
}

/** The declaration files a user's compiler reads: index.d.ts and what it imports, in turn. */
function reachableDeclarations(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)\.js['"]/g)) {
      queue.push(join(dirname(file), `${m[1] ?? ''}.d.ts`));
    }
  }
  return [...seen];
}

describe('the published types', () => {
  const devDependencies = manifest.devDependencies ?? {};

  it('import no development package, in any emitted declaration file', () => {
    const files = declarationFiles('dist/types');
    expect(files.length).toBeGreaterThan(10);
    const devOnly = files.flatMap((file) =>
      importedPackages(readFileSync(file, 'utf8'))
        .filter((name) => name in devDependencies)
        .map((name) => `${file}: ${name}`),
    );
    expect(devOnly).toEqual([]);
  });

  it('reach from the entry point only dependencies whose types come with them', () => {
    const files = reachableDeclarations(manifest.types ?? 'dist/types/index.d.ts');
    expect(files).toContain('dist/types/schema.d.ts');
    const wrong = files.flatMap((file) =>
      importedPackages(readFileSync(file, 'utf8'))
        .filter((name) => !(name in manifest.dependencies) || `@types/${name}` in devDependencies)
        .map((name) => `${file}: ${name}`),
    );
    expect(wrong).toEqual([]);
  });
});

describe('the tarball, installed', () => {
  let scratch = '';
  let installed = '';
  let app = '';

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'parse-article-pack-'));
    // A copy of what is packed, so that stripping the manifest never touches the checkout's.
    const source = join(scratch, 'source');
    mkdirSync(join(source, 'scripts'), { recursive: true });
    for (const path of ['package.json', 'README.md', 'bin', 'dist', 'scripts/pack-manifest.mjs'])
      cpSync(path, join(source, path), { recursive: true });
    const run = (args: string[]) =>
      execFileSync('node', args, { cwd: source, stdio: 'pipe', encoding: 'utf8' });
    run(['scripts/pack-manifest.mjs', 'strip']);
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', scratch], {
      cwd: source,
      stdio: 'pipe',
    });
    run(['scripts/pack-manifest.mjs', 'restore']);
    expect(readFileSync(join(source, 'package.json'), 'utf8')).toBe(
      readFileSync('package.json', 'utf8'),
    );
    const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz')) ?? '';
    app = join(scratch, 'app');
    mkdirSync(join(app, 'node_modules'), { recursive: true });
    execFileSync('tar', ['xzf', join(scratch, tarball), '-C', scratch]);
    installed = join(app, 'node_modules', 'parse-article');
    cpSync(join(scratch, 'package'), installed, { recursive: true });
    for (const name of Object.keys(manifest.dependencies)) {
      symlinkSync(resolve('node_modules', name), join(app, 'node_modules', name), 'dir');
    }
    writeFileSync(join(app, 'package.json'), '{ "name": "app", "type": "module" }\n');
  }, 120_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('carries no scripts an install would run or warn about, nor development packages', () => {
    const packed = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Manifest;
    expect(packed.scripts).toBeUndefined();
    expect(packed.devDependencies).toBeUndefined();
    expect(packed.dependencies).toEqual(manifest.dependencies);
    expect(manifest.scripts?.prepack).toBe('node scripts/pack-manifest.mjs strip');
    expect(manifest.scripts?.postpack).toBe('node scripts/pack-manifest.mjs restore');
  });

  it("imports as the README shows, the schema with { type: 'json' }", () => {
    const script = [
      "import schema from 'parse-article/schema.json' with { type: 'json' };",
      "import { parseArticle } from 'parse-article';",
      "const a = parseArticle('Ferry adds winter crossings\\n\\nThe ferry will run four times a day.');",
      'console.log(JSON.stringify([schema.title, a.headline]));',
    ].join('\n');
    writeFileSync(join(app, 'use.mjs'), script);
    const out = execFileSync('node', ['use.mjs'], { cwd: app, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(['Article', 'Ferry adds winter crossings']);
  });

  it('is ES modules only: require() of it is refused', () => {
    writeFileSync(join(app, 'use.cjs'), "require('parse-article');\n");
    expect(() => execFileSync('node', ['use.cjs'], { cwd: app, stdio: 'pipe' })).toThrow();
  });

  it('type-checks in a strict project that checks library types', () => {
    writeFileSync(
      join(app, 'use.ts'),
      "import { parseArticle, type Article } from 'parse-article';\nexport const a: Article = parseArticle('T\\n\\nBody.');\n",
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          skipLibCheck: false,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          noEmit: true,
          types: [],
        },
        files: ['use.ts'],
      }),
    );
    const tsc = resolve('node_modules/typescript/bin/tsc');
    expect(() => execFileSync('node', [tsc, '-p', '.'], { cwd: app, stdio: 'pipe' })).not.toThrow();
  }, 60_000);
});
