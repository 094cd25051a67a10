#!/usr/bin/env node
// The cluster test's checks, each one exit status: 0 and one "ok" line when it holds, 1 and the
// reason when it does not.
//   check.mjs same-records SINGLE.ndjson PART.ndjson...   the parts hold the single run's records
//   check.mjs failures-once BROKEN_LIST FAILED.ndjson...    every broken file reported exactly once
//   check.mjs out-dir OUT SINGLE.ndjson                     OUT holds one file per good input
//   check.mjs snapshot OUT FILE / unchanged OUT FILE        outputs not rewritten since the snapshot
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const [command, ...args] = process.argv.slice(2);

function fail(message) {
  process.stdout.write(`not ok: ${message}\n`);
  process.exit(1);
}

function lines(file) {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

/** Records by input path; a path twice is a failure. */
function byPath(files) {
  const records = new Map();
  for (const file of files) {
    for (const line of lines(file)) {
      const record = JSON.parse(line);
      const path = record.input.path;
      if (records.has(path)) fail(`${path} converted twice`);
      records.set(path, line);
    }
  }
  return records;
}

/** Every file below `dir`, "/"-separated and relative to it, hidden ones included. */
function filesBelow(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)));
}

const outputRel = (path, archive) => relative(archive, path).replace(/\.[^./]*$/, '.json');

switch (command) {
  case 'same-records': {
    const [single, ...parts] = args;
    const expected = byPath([single]);
    const merged = byPath(parts);
    const sorted = (map) => [...map.keys()].sort().map((k) => map.get(k));
    if (expected.size === 0) fail('the single-machine run converted nothing');
    if (parts.some((part) => lines(part).length === 0)) fail('a task converted nothing');
    const a = sorted(expected);
    const b = sorted(merged);
    if (a.length !== b.length) fail(`${b.length} records from the tasks, ${a.length} from one run`);
    const differ = a.findIndex((line, i) => line !== b[i]);
    if (differ >= 0) fail(`record ${differ} differs (${JSON.parse(a[differ]).input.path})`);
    process.stdout.write(
      `ok: ${parts.length} part file(s) hold the ${a.length} records of one run\n`,
    );
    break;
  }
  case 'failures-once': {
    const [brokenList, ...failedFiles] = args;
    const broken = lines(brokenList).sort();
    const seen = new Set();
    for (const file of failedFiles) {
      for (const line of lines(file)) {
        const { path } = JSON.parse(line);
        if (seen.has(path)) fail(`${path} reported twice`);
        seen.add(path);
      }
    }
    const reported = [...seen].sort();
    if (broken.length === 0) fail('the archive has no broken file');
    if (reported.join('\n') !== broken.join('\n')) {
      fail(`reported ${reported.length} failures, the archive has ${broken.length} broken files`);
    }
    process.stdout.write(`ok: each of ${broken.length} broken files reported once\n`);
    break;
  }
  case 'out-dir': {
    const [out, archive, single] = args;
    const expected = byPath([single]);
    const files = filesBelow(out);
    // A task killed mid-write leaves its hidden temporary file; it is never taken for output.
    const leftovers = files.filter((f) => f.split('/').some((part) => part.startsWith('.')));
    const outputs = files.filter((f) => !leftovers.includes(f));
    const wanted = new Map([...expected].map(([path, line]) => [outputRel(path, archive), line]));
    for (const file of outputs) {
      const line = wanted.get(file);
      if (line === undefined) fail(`${file} is no input's output`);
      const written = JSON.stringify(JSON.parse(readFileSync(join(out, file), 'utf8')));
      if (written !== line) fail(`${file} differs from the single run's record`);
    }
    if (outputs.length !== wanted.size) {
      fail(`${outputs.length} outputs for ${wanted.size} good inputs`);
    }
    const note = leftovers.length ? ` (${leftovers.length} hidden temporary files left)` : '';
    process.stdout.write(`ok: ${outputs.length} outputs, one per good input${note}\n`);
    break;
  }
  case 'snapshot': {
    const [out, file] = args;
    const stamps = filesBelow(out).map((f) => {
      const stat = statSync(join(out, f));
      return [f, stat.ino, stat.mtimeMs];
    });
    writeFileSync(file, JSON.stringify(stamps));
    process.stdout.write(`ok: ${stamps.length} outputs before the resubmission\n`);
    break;
  }
  case 'unchanged': {
    const [out, file] = args;
    const stamps = JSON.parse(readFileSync(file, 'utf8'));
    for (const [f, ino, mtimeMs] of stamps) {
      if (f.split('/').some((part) => part.startsWith('.'))) continue;
      const stat = statSync(join(out, f));
      if (stat.ino !== ino || stat.mtimeMs !== mtimeMs) fail(`${f} was written again`);
    }
    process.stdout.write(`ok: the ${stamps.length} earlier outputs were left as they were\n`);
    break;
  }
  default:
    fail(`unknown check ${command}`);
}
