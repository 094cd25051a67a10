'use strict';
// Loads the command's CommonJS bundles (dist/cli) so that start-up, most of what one small file
// costs, skips compiling: with Node's own compile cache where the running Node has it
// (module.enableCompileCache, Node 22.1+), else with the V8 code cache the build made beside
// each bundle (<bundle>.cache), through vm.Script's public cachedData option. A cache made by
// another Node is rejected by V8 and the bundle compiles as usual. Nothing is written at run
// time: the caches are made by the build (scripts/warm-code-cache.cjs calls writeCaches).
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const dir = path.join(__dirname, '..', 'dist', 'cli');
// The loader itself (require('node:module') would also load the ES module loader).
const nodeCompileCache = module.constructor.enableCompileCache;

/** @type {Map<string, {exports: unknown}>} */
const loaded = new Map();
/** Bundles loaded without a usable cache. @type {{script: import('node:vm').Script, filename: string}[]} */
const compiled = [];

/** Requires a bundle of dist/cli by its file name ("cli.js"); its own "./x.js" requires come here too. */
function load(name) {
  const done = loaded.get(name);
  if (done) return done.exports;
  const filename = path.join(dir, name);
  const module = { exports: {} };
  loaded.set(name, module);
  let cachedData;
  try {
    cachedData = fs.readFileSync(`${filename}.cache`);
  } catch {
    cachedData = undefined;
  }
  // The CommonJS wrapper on the bundle's first line, so that line numbers stay the bundle's.
  const source = `(function (exports, require, module, __filename, __dirname) {${fs.readFileSync(filename, 'utf8')}\n})`;
  const script = new vm.Script(source, {
    filename,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cachedData === undefined || script.cachedDataRejected) compiled.push({ script, filename });
  const bundleRequire = (id) => (id.startsWith('./') ? load(id.slice(2)) : require(id));
  script
    .runInThisContext()
    .call(module.exports, module.exports, bundleRequire, module, filename, dir);
  return module.exports;
}

/** Writes the code cache of every bundle this run loaded without one, with what it compiled. */
function writeCaches() {
  for (const { script, filename } of compiled) {
    fs.writeFileSync(`${filename}.cache`, script.createCachedData());
  }
}

/** Runs the command: Node's compile cache where it exists, else the build's code caches. */
function run() {
  if (typeof nodeCompileCache === 'function') {
    nodeCompileCache();
    require(path.join(dir, 'cli.js'));
  } else {
    load('cli.js');
  }
}

module.exports = { load, run, writeCaches };
