'use strict';
// Preloaded (node --require) by tests that ask which files a run of the command reads: every
// JavaScript file read through fs.readFileSync is named on standard error, whoever loads it.
const fs = require('node:fs');

const readFileSync = fs.readFileSync;
fs.readFileSync = function logged(file, ...rest) {
  if (typeof file === 'string' && file.endsWith('.js')) process.stderr.write(`read-js ${file}\n`);
  return readFileSync.call(this, file, ...rest);
};
