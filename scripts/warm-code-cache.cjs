'use strict';
// Build step: runs the command once on the arguments given (a sample) through the bundle loader
// and, as the run exits, writes the V8 code cache of every bundle it loaded, with the functions
// a real run compiles. Usage: node scripts/warm-code-cache.cjs -c samples/x.txt
const bundles = require('../bin/load-bundles.js');

process.once('exit', bundles.writeCaches);
bundles.load('cli.js');
