#!/usr/bin/env node
'use strict';
// Start-up is most of what one small file costs, so the bundles in dist/cli are compiled with
// V8's code cache (<bundle>.cache, written by the build or by the first run after a Node
// upgrade). A cache that does not fit this Node is rejected by V8 and simply remade.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
// The loader itself; require('node:module') would also load the ES module loader.
const Module = module.constructor;

const dir = path.join(__dirname, '..', 'dist', 'cli');
const plainJs = Module._extensions['.js'];
const stale = [];

Module._extensions['.js'] = function loadJs(module, filename) {
  if (path.dirname(filename) !== dir) return plainJs(module, filename);
  const cacheFile = `${filename}.cache`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const source = fs.readFileSync(filename, 'utf8');
  const script = new vm.Script(Module.wrap(source), {
    filename,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cachedData === undefined || script.cachedDataRejected) stale.push([script, cacheFile]);
  // The module's own require resolves beside the bundle; createRequire would build a second module.
  const require = (id) => module.require(id);
  script
    .runInThisContext()
    .call(module.exports, module.exports, require, module, filename, path.dirname(filename));
};

process.once('exit', () => {
  for (const [script, cacheFile] of stale) {
    try {
      fs.writeFileSync(cacheFile, script.createCachedData());
    } catch {
      // A read-only install runs without a cache.
    }
  }
});

require(path.join(dir, 'cli.js'));
