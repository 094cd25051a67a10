/**
 * --shard and feeds: a feed's items are shared out among the shards one by one ("feed.xml#3"
 * is hashed as a path is), so every shard must look at every feed, whichever shard the file's
 * own path falls in. A file outside this shard is kept only when its opening says it is a feed.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { detectFeed } from '../feed/detect.js';
import { decode } from '../read/decode.js';

// Enough for the prolog and the root element of any feed.
const HEAD_BYTES = 16 * 1024;

/** Whether the file at `path` opens as a feed; false when it cannot be read. */
export function opensAsFeed(path: string): boolean {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const head = new Uint8Array(HEAD_BYTES);
    const length = readSync(fd, head, 0, HEAD_BYTES, 0);
    return detectFeed(decode(head.subarray(0, length)).text) !== null;
  } catch {
    // Its own shard reports what is wrong with it.
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
