// A small deterministic generator (mulberry32), so that generated corpora are the same on every
// machine: the batch and feeds benchmarks and the cluster test's archive share it.

/** A function returning numbers in [0, 1), the same sequence for the same seed. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** One item of the list, chosen by the generator. */
export const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
