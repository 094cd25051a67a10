// Hostile inputs, written at any size: the benchmark writes them at two sizes to see how time
// and memory grow, the tests write them small to see that each one finishes cleanly. Every file
// is written in chunks, so making a large one costs little memory.
import { Buffer } from 'node:buffer';
import { closeSync, openSync, writeSync } from 'node:fs';

const CHUNK = 1 << 20;

const BYLINE = 'PTI | New Delhi | Updated: 14-06-2024 17:34 IST | Created: 14-06-2024 17:34 IST';
/** The sentence every story here is made of. */
export const SENTENCE =
  'The committee met on Friday to weigh the proposal, and members said the vote would come ' +
  'after the monsoon session, once the cost estimates had been checked by the finance ministry. ';

/** Writes `bytes` bytes (give or take a line) by asking `next()` for text until enough is out. */
function writeUntil(path, bytes, { head = '', next, tail = '' }) {
  const fd = openSync(path, 'w');
  try {
    const goal = Math.max(0, bytes - Buffer.byteLength(tail));
    let written = writeSync(fd, head);
    let buffer = '';
    while (written < goal) {
      const piece = next();
      buffer += piece;
      written += Buffer.byteLength(piece);
      if (buffer.length >= CHUNK) {
        writeSync(fd, buffer);
        buffer = '';
      }
    }
    writeSync(fd, buffer + tail);
  } finally {
    closeSync(fd);
  }
}

/** A Devdiscourse copy with a very long body: many ordinary paragraphs. */
function paragraphs(path, bytes) {
  let n = 0;
  writeUntil(path, bytes, {
    head: `Committee Weighs Proposal\n\n${BYLINE}\nCommittee Weighs Proposal\n  • Country:\n  • India\n\n`,
    next: () => `${SENTENCE.repeat(1 + (n++ % 4))}\n\n`,
    tail: '(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)\n',
  });
}

/** One line with no break at all. */
function longLine(path, bytes) {
  writeUntil(path, bytes, { head: 'Committee Weighs Proposal\n\n', next: () => SENTENCE });
}

/** A headline, then nothing but blank lines (some with spaces, some CRLF), then one sentence. */
function blankLines(path, bytes) {
  const blanks = ['\n', '\r\n', '  \n', '\t\n', '\n\n\n\n'];
  let n = 0;
  writeUntil(path, bytes, {
    head: 'Committee Weighs Proposal\n',
    next: () => blanks[n++ % blanks.length],
    tail: SENTENCE,
  });
}

const PIPES = '|'.repeat(100_000);

/**
 * Lines of 100,000 pipes: the byline finder splits lines on pipes and joins lines that end or
 * start with one, so every other line also carries a stamp to get past its first check.
 */
function pipes(path, bytes) {
  let n = 0;
  writeUntil(path, bytes, {
    head: 'Committee Weighs Proposal\n\n',
    next: () => (n++ % 2 === 0 ? `${PIPES}\n` : `PTI ${PIPES} Updated: 14-06-2024 17:34 IST\n`),
  });
}

/** An HTML page whose article sits inside elements nested as deep as the size allows. */
function nestedHtml(path, bytes) {
  const open = '<div>';
  const close = '</div>';
  const depth = Math.max(1, Math.floor((bytes - 200) / (open.length + close.length)));
  const fd = openSync(path, 'w');
  try {
    writeSync(
      fd,
      '<!DOCTYPE html>\n<html><head><title>Committee Weighs Proposal</title></head><body>',
    );
    for (let left = depth; left > 0; left -= 10_000)
      writeSync(fd, open.repeat(Math.min(left, 10_000)));
    writeSync(fd, `<p>${SENTENCE}</p>`);
    for (let left = depth; left > 0; left -= 10_000)
      writeSync(fd, close.repeat(Math.min(left, 10_000)));
    writeSync(fd, '</body></html>\n');
  } finally {
    closeSync(fd);
  }
}

/** Nothing but bulleted lines, in every bullet style, now and then a list header or a blank. */
function bullets(path, bytes) {
  const marks = ['•', '*', '-', '·', '▪', '●', '►'];
  let n = 0;
  writeUntil(path, bytes, {
    head: '  • Country:\n',
    next: () => {
      n++;
      if (n % 5000 === 0) return '  • READ MORE ON:\n';
      if (n % 97 === 0) return '\n';
      return `  ${marks[n % marks.length]} Item number ${n}\n`;
    },
  });
}

/**
 * Feed text that still carries markup, every <script> and <style> left open: stripping the
 * markup must not look for each one's closing tag all the way to the end.
 */
function openTags(path, bytes) {
  let n = 0;
  writeUntil(path, bytes, {
    head: `Committee Weighs Proposal\n\n<p>${SENTENCE}</p>\n`,
    next: () => (n++ % 2 === 0 ? '<script>var x = 1; ' : '<style>p { color: red } '),
  });
}

/** Name → writer(path, bytes). */
export const HOSTILE_CASES = {
  paragraphs,
  'long-line': longLine,
  'blank-lines': blankLines,
  pipes,
  'nested-html': nestedHtml,
  bullets,
  'open-tags': openTags,
};

/** Writes the named hostile input of about `bytes` bytes to `path`. */
export function writeHostileInput(name, path, bytes) {
  const write = HOSTILE_CASES[name];
  if (!write) throw new Error(`no hostile case named ${name}`);
  write(path, bytes);
}
