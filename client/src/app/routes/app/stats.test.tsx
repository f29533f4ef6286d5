import type { StatsFairness, StatsOverview } from '@qs/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { bureauUser } from '../../../testing/fixtures';
import { renderPage } from '../../../testing/render';
import { API, server } from '../../../testing/server';
import { StatsRoute } from './stats';

const overview: StatsOverview = {
  experts: {
    total: 12,
    verified: 10,
    byPool: { qingdao: 8, shenzhen: 4, other: 0 },
    byVerification: {},
  },
  organizations: { total: 5, allianceMembers: 3, byType: {} },
  needs: { total: 3, byKind: { diagnosis: 3 }, byStatus: { open: 3 } },
  invitations: {
    total: 0,
    accepted: 0,
    declined: 0,
    pending: 0,
    expired: 0,
    withdrawn: 0,
    acceptanceRate: 0,
  },
  collaborations: { total: 0, byStatus: {}, crossCity: 0 },
  outcomes: { total: 0, hoursSpent: 0, withFile: 0, byKind: {}, bySector: {}, byCity: {} },
  agreements: { total: 0, byKind: {} },
  generatedAt: '2026-03-01T02:00:00.000Z',
};

const stages = (counts: number[]) =>
  (['needs', 'matched', 'invited', 'accepted', 'agreed', 'completed'] as const).map((stage, i) => ({
    stage,
    count: counts[i] ?? 0,
  }));

const fairness: StatsFairness = {
  experts: 0,
  engagements: 0,
  top10Share: 0,
  gini: 0,
  neverEngaged: 0,
  lorenz: [],
  byPool: [],
  byTitle: [],
  generatedAt: '2026-03-01T02:00:00.000Z',
};

/** Answers every figure and records the query each was asked with, by path. */
function answerStats() {
  const asked: Array<{ path: string; query: URLSearchParams }> = [];
  const record = (request: Request) => {
    const url = new URL(request.url);
    asked.push({ path: url.pathname.replace(/^.*\/stats\//, ''), query: url.searchParams });
  };
  server.use(
    http.get(`${API}/stats/overview`, ({ request }) => {
      record(request);
      // Fewer verified experts in one city than in all.
      const city = new URL(request.url).searchParams.get('city');
      return HttpResponse.json({
        ...overview,
        experts: { ...overview.experts, verified: city ? 4 : 10 },
      });
    }),
    http.get(`${API}/stats/funnel`, ({ request }) => {
      record(request);
      return HttpResponse.json({
        stages: stages([40, 30, 20, 10, 5, 2]),
        bySource: { own: stages([10, 8, 5, 4, 2, 1]), catalogue: stages([30, 22, 15, 6, 3, 1]) },
      });
    }),
    http.get(`${API}/stats/skills-gap`, ({ request }) => {
      record(request);
      return HttpResponse.json({ items: [] });
    }),
    http.get(`${API}/stats/cross-city`, ({ request }) => {
      record(request);
      return HttpResponse.json({ items: [] });
    }),
    http.get(`${API}/stats/cross-city/pairs`, ({ request }) => {
      record(request);
      return HttpResponse.json({
        items: [
          {
            invitationId: '65f000000000000000000001',
            need: {
              id: '65f000000000000000000002',
              title: '注塑车间设备联网',
              city: '青岛',
              sector: 'home-appliances',
            },
            organization: { id: '65f000000000000000000003', name: '青岛海纳电器有限公司' },
            expert: { id: '65f000000000000000000004', name: '陈思远', pool: 'shenzhen' },
            invitationStatus: 'accepted',
            collaborationStatus: 'active',
            invitedAt: '2026-02-10T02:00:00.000Z',
          },
        ],
        total: 1,
        page: 1,
        limit: 10,
      });
    }),
    http.get(`${API}/stats/trend`, ({ request }) => {
      record(request);
      return HttpResponse.json({ granularity: 'month', items: [] });
    }),
    http.get(`${API}/stats/fairness`, ({ request }) => {
      record(request);
      return HttpResponse.json(fairness);
    }),
  );
  return asked;
}

const FIGURES = [
  'overview',
  'funnel',
  'skills-gap',
  'cross-city',
  'cross-city/pairs',
  'trend',
  'fairness',
];

/** Whether every figure was last asked with exactly these filters. */
function lastAskedWith(asked: ReturnType<typeof answerStats>, filters: Record<string, string>) {
  for (const path of FIGURES) {
    const last = asked.findLast((request) => request.path === path);
    expect(last, path).toBeDefined();
    for (const key of ['from', 'to', 'city', 'sector'])
      expect(last?.query.get(key) ?? undefined, `${path} ${key}`).toBe(filters[key]);
  }
}

describe('the statistics page’s filters', () => {
  it('when the page opens with filters in its address, then every figure is read with them and the funnel shows own needs as percentages', async () => {
    const asked = answerStats();
    renderPage(<StatsRoute />, {
      signedIn: bureauUser,
      path: '/app/stats',
      url: `/app/stats?from=2026-01-01&to=2026-03-31&city=${encodeURIComponent('青岛')}&sector=electronics`,
    });
    await screen.findByRole('img', { name: /发布需求 10，已匹配 8 \(80%\)/ });
    await waitFor(() =>
      lastAskedWith(asked, {
        from: '2026-01-01',
        to: '2026-03-31',
        city: '青岛',
        sector: 'electronics',
      }),
    );
    const filters = screen.getByRole('region', { name: '筛选' });
    expect(within(filters).getByRole('combobox', { name: '城市' })).toBeInTheDocument();
    expect(within(filters).getByText('青岛')).toBeVisible();
    expect(within(filters).getByText('电子信息')).toBeVisible();
    expect(await screen.findByRole('cell', { name: /陈思远/ })).toBeVisible();
  });

  it('when the bureau picks a city and then clears the filters, then every figure is read again with the city, then shows the figures without it', async () => {
    const asked = answerStats();
    const { user } = renderPage(<StatsRoute />, { signedIn: bureauUser, path: '/app/stats' });
    await waitFor(() => lastAskedWith(asked, {}));

    await user.click(screen.getByRole('combobox', { name: '城市' }));
    await user.click(
      await screen.findByText('深圳', { selector: '.ant-select-item-option-content' }),
    );
    await waitFor(() => lastAskedWith(asked, { city: '深圳' }));

    await user.click(screen.getByText('目录场景'));
    await screen.findByRole('img', { name: /发布需求 30，已匹配 22 \(73%\)/ });

    await screen.findByText('已认证 4 位，深圳专家库 4 位');
    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    // The figures without filters come back (from the cache, or asked again).
    await screen.findByText('已认证 10 位，深圳专家库 4 位');
    expect(screen.queryByRole('button', { name: '清除筛选' })).not.toBeInTheDocument();
  });

  it('when the page opens with a date range, then each card’s title is a heading with what it counts and by which date under it, and the page says each figure is filtered by its own date', async () => {
    answerStats();
    renderPage(<StatsRoute />, {
      signedIn: bureauUser,
      path: '/app/stats',
      url: '/app/stats?from=2024-01-01&to=2026-06-30',
    });
    await screen.findByRole('img', { name: /发布需求 10/ });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      '专家总数',
      '联盟成员单位',
      '数字化转型诊断需求',
      '应用场景',
      '邀请接受率',
      '合作',
      '签约协议',
      '需求转化漏斗',
      '趋势',
      '技能供需缺口',
      '跨城协作',
      '跨城合作明细',
      '合作成果',
      '公平性：合作分布',
    ]);
    const card = (title: string) => {
      const found = screen.getByRole('heading', { level: 2, name: title }).closest('.ant-card');
      if (!(found instanceof HTMLElement)) throw new Error(`no card ${title}`);
      return within(found);
    };
    expect(card('数字化转型诊断需求').getByText('按发布日期统计的需求')).toBeVisible();
    expect(card('邀请接受率').getByText('按发出日期统计的邀请，需求发布时间不限')).toBeVisible();
    expect(card('合作').getByText('按开始日期统计的合作，需求发布时间不限')).toBeVisible();
    expect(
      card('需求转化漏斗').getByText('按发布日期统计的需求，及其至今走到的阶段'),
    ).toBeVisible();
    expect(card('跨城合作明细').getByText(/^按发出日期统计的跨城邀请/)).toBeVisible();
    expect(card('公平性：合作分布').getByText(/选行业时只计该行业的专家/)).toBeVisible();
    expect(
      within(screen.getByRole('region', { name: '筛选' })).getByText(
        /^所选日期：2024-01-01 至 2026-06-30。每项数字按其自身的日期筛选：需求按发布日期，邀请按发出日期，合作按开始日期/,
      ),
    ).toBeVisible();
  });

  it('when no date range is set, then the page says nothing of one', async () => {
    answerStats();
    renderPage(<StatsRoute />, { signedIn: bureauUser, path: '/app/stats' });
    await screen.findByRole('img', { name: /发布需求 10/ });
    expect(screen.getByText('按发布日期统计的需求，及其至今走到的阶段')).toBeVisible();
    expect(screen.queryByText(/^所选日期：/)).not.toBeInTheDocument();
  });

  it('when a figure is explained, then its help says what counts as a collaboration and as a signed agreement', async () => {
    answerStats();
    const { user } = renderPage(<StatsRoute />, { signedIn: bureauUser, path: '/app/stats' });
    const help = await screen.findByRole('button', { name: '签约协议说明' });
    await user.hover(help);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/联盟层面签署的书面协议/);
    await user.unhover(help);
    await user.hover(screen.getByRole('button', { name: '合作说明' }));
    await waitFor(() =>
      expect(screen.getAllByRole('tooltip').at(-1)).toHaveTextContent(
        /邀请被专家接受后即开始一项合作/,
      ),
    );
  });
});
