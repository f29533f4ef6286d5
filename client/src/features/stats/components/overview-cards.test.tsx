import type { StatsOverview } from '@qs/shared';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { bureauUser } from '../../../testing/fixtures';
import { renderPage } from '../../../testing/render';
import { API, server } from '../../../testing/server';
import { OverviewCards } from './overview-cards';

function overview(invitations: Partial<StatsOverview['invitations']>): StatsOverview {
  return {
    experts: {
      total: 0,
      verified: 0,
      byPool: { qingdao: 0, shenzhen: 0, other: 0 },
      byVerification: {},
    },
    organizations: { total: 0, allianceMembers: 0, byType: {} },
    needs: { total: 0, byKind: {}, byStatus: {} },
    invitations: {
      total: 0,
      accepted: 0,
      declined: 0,
      pending: 0,
      expired: 0,
      withdrawn: 0,
      acceptanceRate: 0,
      ...invitations,
    },
    collaborations: { total: 0, byStatus: {}, crossCity: 0 },
    outcomes: { total: 0, hoursSpent: 0, withFile: 0, byKind: {}, bySector: {}, byCity: {} },
    agreements: { total: 0, byKind: {} },
    generatedAt: '2025-03-01T02:00:00.000Z',
  };
}

function show(invitations: Partial<StatsOverview['invitations']>) {
  server.use(http.get(`${API}/stats/overview`, () => HttpResponse.json(overview(invitations))));
  renderPage(<OverviewCards filters={{}} />, { signedIn: bureauUser, path: '/app/stats' });
}

describe('the statistics overview', () => {
  it('when one invitation was answered, then the acceptance rate says the sample is too small and the median is in minutes', async () => {
    show({ total: 1, accepted: 1, acceptanceRate: 1, medianResponseHours: 0.4 });
    expect(await screen.findByText('样本不足')).toBeVisible();
    expect(screen.queryByText('100%')).not.toBeInTheDocument();
    expect(screen.getByText('邀请 1 次，接受 1 次，响应中位数 24 分钟')).toBeVisible();
  });

  it('when enough invitations were answered, then the rate shows and the median is in hours', async () => {
    show({
      total: 6,
      accepted: 3,
      declined: 2,
      expired: 1,
      acceptanceRate: 0.5,
      medianResponseHours: 5.5,
    });
    expect(await screen.findByText('50%')).toBeVisible();
    expect(screen.getByText('邀请 6 次，接受 3 次，响应中位数 5.5 小时')).toBeVisible();
  });
});
