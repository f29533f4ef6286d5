import { screen, within } from '@testing-library/react';
import { taxonomy } from '@qs/shared';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { paths } from '../../../../config/paths';
import { enterpriseUser } from '../../../../testing/fixtures';
import { renderPage } from '../../../../testing/render';
import { API, sentChanges, server } from '../../../../testing/server';
import { NewNeedRoute } from './new';

describe('posting a need', () => {
  it('when every suggested skill is added, then the suggestions say so; budgets are asked in 万元', async () => {
    server.use(
      http.get(`${API}/taxonomy`, () => HttpResponse.json(taxonomy)),
      http.get(`${API}/organizations/:id`, () => HttpResponse.json({}, { status: 404 })),
      // The avoidance pickers look organizations and experts up as they open.
      http.get(`${API}/organizations`, () =>
        HttpResponse.json({ items: [], total: 0, page: 1, limit: 20 }),
      ),
      // Only what is posted matters here, not the answer.
      http.post(`${API}/needs`, () => HttpResponse.json({}, { status: 500 })),
      http.get(`${API}/experts`, () =>
        HttpResponse.json({ items: [], total: 0, page: 1, limit: 20 }),
      ),
      http.get(`${API}/taxonomy/suggest`, () =>
        HttpResponse.json({
          skills: ['mes'],
          sectors: [],
          inferred: [{ skill: 'predictive-maintenance', confidence: 0.8, words: ['停机'] }],
        }),
      ),
    );
    const { user } = renderPage(<NewNeedRoute />, {
      signedIn: enterpriseUser,
      path: paths.app.needNew.getHref(),
    });

    // Long texts are pasted: typing them key by key takes most of a loaded machine's time budget.
    await user.click(await screen.findByLabelText('需求标题'));
    await user.paste('MES 上线后设备经常停机');
    const suggestions = screen.getByRole('region', { name: '技能推荐' });
    await user.click(
      await within(suggestions).findByRole('button', { name: '添加技能：制造执行系统' }),
    );
    await user.click(
      within(suggestions).getByRole('button', { name: /添加技能：预测性维护（由“停机”推断）/ }),
    );
    expect(await within(suggestions).findByText('建议的技能已全部添加')).toBeVisible();

    expect(screen.getByText('预算（万元）')).toBeVisible();
    await user.click(screen.getByLabelText('需求描述'));
    await user.paste('产线设备经常停机，影响交货。');
    await user.click(screen.getByRole('combobox', { name: '所属行业' }));
    await user.click(
      await screen.findByText('食品饮料', { selector: '.ant-select-item-option-content' }),
    );
    await user.type(screen.getByRole('combobox', { name: '所在城市' }), '青岛');
    await user.type(screen.getByRole('spinbutton', { name: '最低' }), '50');
    await user.type(screen.getByRole('spinbutton', { name: '最高' }), '80.5');
    await user.click(screen.getByRole('button', { name: '发布' }));
    // The API keeps yuan: 50 万元 is 500,000.
    await expect
      .poll(async () => (await sentChanges()).find((r) => r.path === '/needs')?.body)
      .toMatchObject({ budget: { min: 500_000, max: 805_000 } });
  });
});
