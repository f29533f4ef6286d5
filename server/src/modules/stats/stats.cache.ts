/**
 * Every bureau page refetches at once on `stats:updated`, and some figures (organizations,
 * agreements, outcomes, the skills gap, cross-city) still read their records: one computation per
 * figure and query serves them all for a few seconds.
 */
const FRESH_MS = 10_000;
const entries = new Map<string, { at: number; value: Promise<unknown> }>();

export function cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const hit = entries.get(key);
  if (hit && Date.now() - hit.at < FRESH_MS) return hit.value as Promise<T>;
  const value = compute();
  entries.set(key, { at: Date.now(), value });
  // A failure is answered once, never kept.
  value.catch(() => entries.delete(key));
  return value;
}

/** A change the figures count makes them stale. */
export function clearCachedStats(): void {
  entries.clear();
}
