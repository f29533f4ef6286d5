import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useStatsFilters } from './use-stats-filters';

function filtersAt(url: string) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>
  );
  return renderHook(() => useStatsFilters(), { wrapper }).result.current[0];
}

describe('the statistics filters in the address', () => {
  it('when the address holds valid filters, then every figure is read with them', () => {
    expect(
      filtersAt(
        '/app/stats?from=2026-01-01&to=2026-06-30&city=%E9%9D%92%E5%B2%9B&sector=machinery',
      ),
    ).toEqual({ from: '2026-01-01', to: '2026-06-30', city: '青岛', sector: 'machinery' });
  });

  it('when a link holds a sector the taxonomy no longer has, or an end before the start, then those are left out instead of failing every card', () => {
    expect(filtersAt('/app/stats?sector=manufacturing&from=2026-06-30&to=2026-01-01')).toEqual({
      from: '2026-06-30',
    });
    expect(filtersAt('/app/stats?from=yesterday&city=%20')).toEqual({});
  });
});
