/** mulberry32: a small, well-mixed 32-bit PRNG, so that a draw replays exactly from its seed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The first `count` of a seeded Fisher–Yates shuffle of `candidates` (which must be in a fixed order). */
export function draw<T>(candidates: readonly T[], count: number, seed: number): T[] {
  const random = mulberry32(seed);
  const pool = [...candidates];
  const take = Math.min(count, pool.length);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, take);
}
