import type { InterestDto, NeedDto, UserDto } from '@qs/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { paths } from '../../../../config/paths';
import { defaultLanguage, i18n } from '../../../../lib/i18n';
import { ids } from '../../../../testing/fixtures';
import { renderPage } from '../../../../testing/render';
import { API, sentChanges, server } from '../../../../testing/server';
import { OpenNeedsRoute } from './open';

const expertUser: UserDto = {
  id: ids.expertUser,
  email: 'zhangwei@example.com',
  name: '张伟',
  role: 'expert',
  expertId: ids.expert,
  createdAt: '2025-03-01T02:00:00.000Z',
};

const need: NeedDto = {
  id: ids.need,
  organizationId: ids.organization,
  organizationName: '青岛海尔智能',
  title: '注塑车间设备联网',
  description: '为注塑车间部署边缘计算网关，采集设备数据。',
  kind: 'project',
  sector: 'plastics-molding',
  requiredSkills: ['edge-computing', 'injection-molding'],
  suggestedSkills: [],
  city: '青岛',
  status: 'open',
  createdAt: '2026-10-01T02:00:00.000Z',
  updatedAt: '2026-10-01T02:00:00.000Z',
};

afterEach(async () => {
  await i18n.changeLanguage(defaultLanguage);
});

describe('the expert’s open needs', () => {
  it('when the expert opens 需求广场, then needs come with their fit, and 感兴趣 sends the message and turns into 已感兴趣', async () => {
    const mine: InterestDto[] = [];
    server.use(
      http.get(`${API}/needs/browse`, () =>
        HttpResponse.json({
          items: [
            {
              need,
              fit: { score: 0.65, matchedSkills: ['edge-computing'], sectorMatch: true },
              ...(mine[0] ? { interest: mine[0] } : {}),
            },
          ],
          total: 1,
          page: 1,
          limit: 20,
        }),
      ),
      http.get(`${API}/interests/mine`, () => HttpResponse.json({ items: mine })),
      http.post(`${API}/needs/:id/interest`, () => {
        const interest = {
          id: '65f0000000000000000000a1',
          needId: ids.need,
          expertId: ids.expert,
          message: '做过类似项目',
          createdAt: '2026-10-02T02:00:00.000Z',
        };
        mine.push(interest);
        return HttpResponse.json({ interest }, { status: 201 });
      }),
    );
    const { user } = renderPage(<OpenNeedsRoute />, {
      signedIn: expertUser,
      path: paths.app.openNeeds.getHref(),
    });

    expect(await screen.findByRole('heading', { name: '需求广场', level: 1 })).toBeVisible();
    const card = (await screen.findByRole('heading', { name: '注塑车间设备联网' })).closest(
      'article',
    ) as HTMLElement;
    expect(within(card).getByText('匹配度 65%')).toBeVisible();
    expect(within(card).getByText('行业相符')).toBeVisible();
    expect(within(card).getByText('您具备：边缘计算')).toBeVisible();
    expect(within(card).getByText(/塑料与注塑/)).toBeVisible();

    const interested = await within(card).findByRole('button', { name: '感兴趣' });
    await waitFor(() => expect(interested).toBeEnabled());
    await user.click(interested);
    const dialog = await screen.findByRole('dialog', { name: '对需求表示感兴趣' });
    await user.type(within(dialog).getByLabelText('给需求方的留言（可选）'), ' 做过类似项目 ');
    await user.click(within(dialog).getByRole('button', { name: '提交' }));

    await expect
      .poll(async () => (await sentChanges()).find((r) => r.method === 'POST'))
      .toMatchObject({ path: `/needs/${ids.need}/interest`, body: { message: '做过类似项目' } });
    // A state beside the way back, not a greyed-out button.
    expect(await within(card).findByText('已感兴趣')).toBeVisible();
    expect(within(card).queryByRole('button', { name: '已感兴趣' })).toBeNull();
    expect(within(card).getByRole('button', { name: '撤回' })).toBeVisible();
  });

  it('when the expert’s own interests are slow to come, then 感兴趣 on 需求广场 is usable at once: the list says which needs they are interested in', async () => {
    server.use(
      http.get(`${API}/needs/browse`, () =>
        HttpResponse.json({
          items: [{ need, fit: { score: 0.65, matchedSkills: [], sectorMatch: true } }],
          total: 1,
          page: 1,
          limit: 20,
        }),
      ),
      http.get(`${API}/interests/mine`, async () => {
        await delay('infinite');
        return HttpResponse.json({ items: [] });
      }),
    );
    renderPage(<OpenNeedsRoute />, { signedIn: expertUser, path: paths.app.openNeeds.getHref() });
    const card = (await screen.findByRole('heading', { name: '注塑车间设备联网' })).closest(
      'article',
    ) as HTMLElement;
    const interested = within(card).getByRole('button', { name: '感兴趣' });
    expect(interested).toBeEnabled();
    expect(interested).not.toHaveAttribute('aria-busy');
    expect(interested.className).not.toMatch(/ant-btn-loading/);
  });

  it('when the expert is suspended, then the page says why and lists nothing', async () => {
    server.use(
      http.get(`${API}/needs/browse`, () =>
        HttpResponse.json({
          items: [],
          total: 0,
          page: 1,
          limit: 20,
          blocked: {
            obstacle: 'interest_suspended',
            message: '您已被暂停至 2027-12-31 23:59（北京时间），暂不能对需求表示感兴趣',
          },
        }),
      ),
      http.get(`${API}/interests/mine`, () => HttpResponse.json({ items: [] })),
    );
    renderPage(<OpenNeedsRoute />, { signedIn: expertUser, path: paths.app.openNeeds.getHref() });
    expect(await screen.findByText('暂时不能对需求表示感兴趣')).toBeVisible();
    expect(screen.getByText(/您已被暂停至 2027-12-31/)).toBeVisible();
    expect(await screen.findByText('暂时没有适合您的开放需求')).toBeVisible();
  });

  it('when the expert reads in English, then the need’s sector, skills and city are in English too, names capitalised, and an interest already expressed reads as such', async () => {
    await i18n.changeLanguage('en');
    const interest: InterestDto = {
      id: '65f0000000000000000000a1',
      needId: ids.need,
      expertId: ids.expert,
      createdAt: '2026-10-02T02:00:00.000Z',
    };
    server.use(
      http.get(`${API}/needs/browse`, () =>
        HttpResponse.json({
          items: [
            {
              need,
              fit: {
                score: 0.65,
                matchedSkills: ['predictive-maintenance', 'opc-ua'],
                sectorMatch: true,
              },
              interest,
            },
          ],
          total: 1,
          page: 1,
          limit: 20,
        }),
      ),
    );
    renderPage(<OpenNeedsRoute />, { signedIn: expertUser, path: paths.app.openNeeds.getHref() });
    const card = (await screen.findByRole('heading', { name: '注塑车间设备联网' })).closest(
      'article',
    ) as HTMLElement;
    expect(
      within(card).getByText(/^Plastics and injection molding · Qingdao · 青岛海尔智能 ·/),
    ).toBeVisible();
    expect(within(card).getByText('You have: Predictive maintenance, OPC UA')).toBeVisible();
    expect(within(card).getByText('You are interested')).toBeVisible();
    expect(within(card).getByRole('button', { name: 'Withdraw' })).toBeVisible();
  });
});
