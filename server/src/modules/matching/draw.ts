import { mulberry32 } from '../../lib/random';

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
