import type { StatsFilterQuery } from '@qs/shared';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

const keys = ['from', 'to', 'city', 'sector'] as const;

/**
 * The statistics page's filters, kept in the address (`?from=2026-01-01&city=青岛`), so that a
 * reload or a shared link shows the same figures.
 */
export function useStatsFilters(): [StatsFilterQuery, (next: StatsFilterQuery) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => {
    const read: StatsFilterQuery = {};
    for (const key of keys) {
      const value = params.get(key);
      if (value) read[key] = value;
    }
    return read;
  }, [params]);
  const setFilters = (next: StatsFilterQuery) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        for (const key of keys) {
          const value = next[key];
          if (value) updated.set(key, value);
          else updated.delete(key);
        }
        return updated;
      },
      { replace: true },
    );
  return [filters, setFilters];
}
