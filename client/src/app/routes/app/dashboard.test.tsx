import type { NotificationDto, UserDto } from '@qs/shared';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { paths } from '../../../config/paths';
import {
  aCollaboration,
  anExpert,
  bureauUser,
  enterpriseUser,
  ids,
} from '../../../testing/fixtures';
import { renderPage } from '../../../testing/render';
import { API, server } from '../../../testing/server';
import { DashboardRoute } from './dashboard';

const expertUser: UserDto = {
  id: ids.expertUser,
  email: 'zhangwei@example.com',
  name: '张伟',
  role: 'expert',
  createdAt: '2025-03-01T02:00:00.000Z',
};

const invited: NotificationDto = {
  id: '65f0000000000000000000n1',
  type: 'invitation.new',
  title: '新的合作邀请',
  body: '青岛海尔智能 邀请您参与需求「注塑车间设备联网」',
  data: {
    invitationId: ids.invitation,
    organizationName: '青岛海尔智能',
    needTitle: '注塑车间设备联网',
  },
  createdAt: '2025-03-01T02:00:00.000Z',
};

function answerNotifications(items: NotificationDto[]) {
  server.use(
    http.get(`${API}/notifications`, () =>
      HttpResponse.json({ items, total: items.length, page: 1, limit: 5, unread: items.length }),
    ),
  );
}

/** The dashboard's card of one figure, once it shows. */
async function stat(title: string): Promise<HTMLElement> {
  const card = (await screen.findByText(title)).closest<HTMLElement>('.ant-card');
  if (!card) throw new Error(`no card ${title}`);
  return card;
}

describe('the dashboard', () => {
  it('when the expert’s profile counter disagrees with the list, then the active collaborations come from the list, and the recent events are the notifications', async () => {
    answerNotifications([invited]);
    const asked: string[] = [];
    server.use(
      http.get(`${API}/experts/me`, () =>
        HttpResponse.json({
          expert: anExpert({ activeCollaborations: 4, verification: { status: 'verified' } }),
        }),
      ),
      http.get(`${API}/collaborations`, ({ request }) => {
        asked.push(new URL(request.url).search);
        return HttpResponse.json({ items: [aCollaboration()], total: 1, page: 1, limit: 1 });
      }),
    );
    renderPage(<DashboardRoute />, { signedIn: expertUser, path: paths.app.dashboard.getHref() });

    expect(await screen.findByRole('heading', { level: 1, name: '欢迎回来，张伟' })).toBeVisible();
    expect(screen.getByRole('link', { name: '完善档案' })).toHaveAttribute(
      'href',
      paths.app.profile.getHref(),
    );
    expect(await within(await stat('进行中的合作')).findByText('1')).toBeVisible();
    expect(asked).toEqual(['?status=active&page=1&limit=1']);
    const recent = await screen.findByRole('list', { name: '最近动态' });
    expect(within(recent).getByText('新的合作邀请')).toBeVisible();
  });

  it('when the enterprise has no notifications yet, then 最近动态 says so and 发布需求 is the one primary action', async () => {
    answerNotifications([]);
    server.use(
      http.get(`${API}/needs`, () => HttpResponse.json({ items: [], total: 0, page: 1, limit: 1 })),
      http.get(`${API}/experts`, () =>
        HttpResponse.json({ items: [], total: 0, page: 1, limit: 1, facets: {} }),
      ),
    );
    renderPage(<DashboardRoute />, {
      signedIn: enterpriseUser,
      path: paths.app.dashboard.getHref(),
    });

    expect(await screen.findByText('暂无动态')).toBeVisible();
    expect(screen.getAllByRole('button')).toHaveLength(1);
    expect(screen.getByRole('link', { name: '发布需求' })).toHaveAttribute(
      'href',
      paths.app.needNew.getHref(),
    );
  });

  it('when profiles wait for the bureau, then its primary action counts them and leads to the queue', async () => {
    answerNotifications([]);
    server.use(
      http.get(`${API}/experts`, ({ request }) => {
        const status = new URL(request.url).searchParams.get('status');
        return HttpResponse.json({
          items: [],
          total: status === 'pending' ? 3 : 0,
          page: 1,
          limit: 1,
          facets: {},
        });
      }),
      http.get(`${API}/organizations`, () =>
        HttpResponse.json({ items: [], total: 0, page: 1, limit: 1 }),
      ),
    );
    renderPage(<DashboardRoute />, { signedIn: bureauUser, path: paths.app.dashboard.getHref() });

    expect(await screen.findByRole('link', { name: '待审核 3' })).toHaveAttribute(
      'href',
      paths.app.expertReviews.getHref(),
    );
  });
});
