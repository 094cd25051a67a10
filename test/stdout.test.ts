import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync,
  constants,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Output } from '../src/cli/options.js';
import { openStdout } from '../src/cli/stdout.js';

const scratch = mkdtempSync(join(tmpdir(), 'parse-article-stdout-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A stand-in for process.stdout that keeps what it is given. */
function collectingStream(): Output & { taken: Buffer[] } {
  const taken: Buffer[] = [];
  return {
    taken,
    write(text) {
      taken.push(Buffer.from(text));
      return true;
    },
    on() {
      return this;
    },
    off() {
      return this;
    },
  };
}

const notFailed = (): never => {
  throw new Error('reported a failed write');
};

describe('standard output without a stream', () => {
  it('writes to a file itself, in order, and never makes the stream', () => {
    const path = join(scratch, 'out.json');
    const fd = openSync(path, 'w');
    let made = 0;
    const out = openStdout(
      () => {
        made++;
        return collectingStream();
      },
      notFailed,
      fd,
    );
    expect(out.isTTY).toBe(false);
    expect(out.write('{"a":1}\n')).toBe(true);
    expect(out.write(new TextEncoder().encode('{"b":"é"}\n'))).toBe(true);
    expect(out.writableLength).toBe(0);
    closeSync(fd);
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n{"b":"é"}\n');
    expect(made).toBe(0);
  });

  it('hands a failed write to the caller', () => {
    const path = join(scratch, 'read-only.json');
    writeFileSync(path, '');
    const fd = openSync(path, 'r');
    const out = openStdout(
      () => collectingStream(),
      (error) => {
        throw new Error(`failed: ${(error as NodeJS.ErrnoException).code}`);
      },
      fd,
    );
    expect(() => out.write('{}\n')).toThrow('failed: EBADF');
    closeSync(fd);
  });

  it.skipIf(process.platform === 'win32')(
    'hands the rest to the stream when a non-blocking pipe is full',
    () => {
      const fifo = join(scratch, 'fifo');
      execFileSync('mkfifo', [fifo]);
      // Read-write so that opening does not wait for a reader; non-blocking so a full pipe says EAGAIN.
      const fd = openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK);
      const stream = collectingStream();
      const out = openStdout(() => stream, notFailed, fd);
      const text = 'x'.repeat(1 << 20);
      out.write(text);
      out.write('after\n');
      const inPipe = Buffer.alloc(1 << 20);
      let got = 0;
      try {
        for (;;) got += readSync(fd, inPipe, got, inPipe.length - got, null);
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe('EAGAIN');
      }
      closeSync(fd);
      const rest = Buffer.concat(stream.taken).toString();
      expect(got).toBeGreaterThan(0);
      expect(got).toBeLessThan(text.length);
      // Nothing lost, nothing twice, and later writes follow the stream's share in order.
      expect(inPipe.subarray(0, got).toString() + rest).toBe(`${text}after\n`);
    },
  );

  it('ends quietly when the reader of a pipe has gone', () => {
    const result = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" bin/parse-article.js -f ndjson samples/*.txt | head -c 10`],
      { encoding: 'utf8' },
    );
    expect(result.stdout).toBe('{"schemaVe');
    expect(result.stderr).toBe('');
  });

  it.skipIf(!existsSync('/dev/full'))('says in one line that a full disk stopped it', () => {
    for (const args of [['samples/devdiscourse-pti-caption.txt'], ['-f', 'ndjson', 'samples']]) {
      const fd = openSync('/dev/full', 'w');
      const result = spawnSync(process.execPath, ['bin/parse-article.js', ...args], {
        stdio: ['ignore', fd, 'pipe'],
        encoding: 'utf8',
      });
      closeSync(fd);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        'parse-article: cannot write to standard output: no space left on device\n',
      );
    }
  });

  it('writes a redirected file and /dev/null like a pipe', () => {
    const path = join(scratch, 'redirected.json');
    const fd = openSync(path, 'w');
    const toFile = spawnSync(
      process.execPath,
      ['bin/parse-article.js', 'samples/devdiscourse-pti-caption.txt'],
      { stdio: ['ignore', fd, 'pipe'] },
    );
    closeSync(fd);
    const piped = spawnSync(
      process.execPath,
      ['bin/parse-article.js', 'samples/devdiscourse-pti-caption.txt'],
      { encoding: 'utf8' },
    );
    expect(toFile.status).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(piped.stdout);
    const toNull = spawnSync(
      process.execPath,
      ['bin/parse-article.js', 'samples/devdiscourse-pti-caption.txt'],
      { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
    );
    expect(toNull.status).toBe(0);
    expect(toNull.stderr).toBe('');
  });
});
