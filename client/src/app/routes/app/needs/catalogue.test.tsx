import { taxonomy, type NeedDto, type UserDto } from '@qs/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { paths } from '../../../../config/paths';
import { enterpriseUser, ids } from '../../../../testing/fixtures';
import { renderPage } from '../../../../testing/render';
import { API, server } from '../../../../testing/server';
import { CatalogueRoute } from './catalogue';

const expertUser: UserDto = {
  id: ids.expertUser,
  email: 'zhangwei@example.com',
  name: '张伟',
  role: 'expert',
  expertId: ids.expert,
  createdAt: '2025-03-01T02:00:00.000Z',
};

const scenario = (id: string, title: string, status: NeedDto['status']): NeedDto => ({
  id,
  organizationId: ids.organization,
  organizationName: '青岛海尔智能',
  title,
  description: `【应用场景】${title}`,
  kind: 'scenario',
  sector: 'home-appliances',
  requiredSkills: ['machine-vision'],
  suggestedSkills: [],
  city: '青岛',
  status,
  createdAt: '2021-05-01T02:00:00.000Z',
  updatedAt: '2021-05-01T02:00:00.000Z',
});

const open = scenario('65f0000000000000000000b1', '注塑件视觉质检', 'open');
const closed = scenario('65f0000000000000000000b2', '钣金车间能耗监测', 'closed');

function answerCatalogue() {
  server.use(
    http.get(`${API}/taxonomy`, () => HttpResponse.json(taxonomy)),
    http.get(`${API}/needs/catalogue`, () =>
      HttpResponse.json({ items: [open, closed], total: 2, page: 1, limit: 20 }),
    ),
    http.get(`${API}/interests/mine`, () => HttpResponse.json({ items: [] })),
  );
}

const card = async (title: string) =>
  (await screen.findByRole('heading', { name: title })).closest('article') as HTMLElement;

describe('the scenario catalogue', () => {
  it('when an enterprise reads a scenario, then 类似需求 starts a new need from it', async () => {
    answerCatalogue();
    renderPage(<CatalogueRoute />, {
      signedIn: enterpriseUser,
      path: paths.app.needCatalogue.getHref(),
    });
    for (const title of ['注塑件视觉质检', '钣金车间能耗监测']) {
      const link = within(await card(title)).getByRole('link', { name: /类似需求/ });
      expect(link).toHaveAttribute('href', expect.stringContaining('/app/needs/new?from='));
    }
    expect(
      within(await card('注塑件视觉质检')).queryByRole('button', { name: '感兴趣' }),
    ).toBeNull();
  });

  it('when an expert reads the scenarios, then only the open one offers 感兴趣, and none 类似需求', async () => {
    answerCatalogue();
    renderPage(<CatalogueRoute />, {
      signedIn: expertUser,
      path: paths.app.needCatalogue.getHref(),
    });
    expect(
      await within(await card('注塑件视觉质检')).findByRole('button', { name: '感兴趣' }),
    ).toBeVisible();
    const done = await card('钣金车间能耗监测');
    expect(within(done).queryByRole('button', { name: '感兴趣' })).toBeNull();
    expect(within(done).queryByRole('link', { name: /类似需求/ })).toBeNull();
  });

  it('when the sector picker is searched for 注塑 or 塑料, then it offers 塑料与注塑', async () => {
    answerCatalogue();
    const { user } = renderPage(<CatalogueRoute />, {
      signedIn: enterpriseUser,
      path: paths.app.needCatalogue.getHref(),
    });
    const picker = await screen.findByRole('combobox', { name: '所属行业' });
    for (const word of ['注塑', '塑料', '塑胶']) {
      await user.clear(picker);
      await user.type(picker, word);
      await waitFor(() =>
        expect(
          [...document.querySelectorAll('.ant-select-item-option-content')].map(
            (option) => option.textContent,
          ),
        ).toEqual(['塑料与注塑']),
      );
    }
  });
});
