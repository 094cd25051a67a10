/**
 * --shard K/N: a deterministic slice of the inputs. A file's shard depends only on its path
 * relative to the input root, so it is the same on every machine and whatever the order of
 * the arguments.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a over the UTF-8 bytes of `text`. */
export function fnv1a(text: string): number {
  let hash = FNV_OFFSET;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash;
}

/** The 1-based shard a relative path ("/"-separated) belongs to, out of `count`. */
export function shardOf(relativePath: string, count: number): number {
  return (fnv1a(relativePath) % count) + 1;
}
