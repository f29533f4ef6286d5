import { statsFilterQuerySchema, type StatsFilterQuery } from '@qs/shared';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

const keys = ['from', 'to', 'city', 'sector'] as const;

/**
 * The statistics page's filters, kept in the address (`?from=2026-01-01&city=青岛`), so that a
 * reload or a shared link shows the same figures. A value the API would refuse (a sector no
 * longer in the taxonomy, an end before the start) is left out rather than failing every card.
 */
export function useStatsFilters(): [StatsFilterQuery, (next: StatsFilterQuery) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => {
    const read: StatsFilterQuery = {};
    for (const key of keys) {
      const parsed = statsFilterQuerySchema.shape[key].safeParse(params.get(key) ?? undefined);
      if (parsed.success && parsed.data) read[key] = parsed.data;
    }
    if (!statsFilterQuerySchema.safeParse(read).success) delete read.to;
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
