import type { CollaborationDto } from '@qs/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { paths } from '../../../../config/paths';
import { aCollaboration, anExpert, enterpriseUser, ids } from '../../../../testing/fixtures';
import { renderPage } from '../../../../testing/render';
import { API, CSRF_TOKEN, sentChanges, server } from '../../../../testing/server';
import { CollaborationDetailRoute } from './detail';

const MOVED_AT = '2025-03-20T08:00:00.000Z';

/** One collaboration on the server, moved by the enterprise's requests. */
function answerCollaboration(start: CollaborationDto) {
  let current = start;
  const moved = (changes: Partial<CollaborationDto>, note?: string) => {
    current = {
      ...current,
      ...changes,
      history: [
        ...current.history,
        {
          status: changes.status ?? current.status,
          by: enterpriseUser.id,
          side: 'enterprise',
          at: MOVED_AT,
          ...(note && { note }),
        },
      ],
    };
    return HttpResponse.json({ collaboration: current });
  };
  server.use(
    http.get(`${API}/collaborations/${start.id}`, () =>
      HttpResponse.json({ collaboration: current }),
    ),
    http.get(`${API}/experts/${start.expertId}`, () => HttpResponse.json({ expert: anExpert() })),
    http.get(`${API}/collaborations/${start.id}/meetings`, () => HttpResponse.json({ items: [] })),
    http.post(`${API}/collaborations/${start.id}/agreement`, async ({ request }) =>
      moved({ status: 'agreed', agreement: (await request.json()) as { signedAt: string } }),
    ),
    http.post(`${API}/collaborations/${start.id}/complete`, async ({ request }) => {
      const outcome = (await request.json()) as Pick<
        NonNullable<CollaborationDto['outcome']>,
        'kind' | 'summary' | 'hoursSpent'
      >;
      return moved({
        status: 'completed',
        outcome: { ...outcome, recordedBy: enterpriseUser.id, recordedAt: MOVED_AT },
      });
    }),
    http.post(`${API}/collaborations/${start.id}/cancel`, async ({ request }) => {
      const { reason } = (await request.json()) as { reason?: string };
      return moved({ status: 'cancelled' }, reason);
    }),
    http.post(`${API}/collaborations/${start.id}/rating`, async ({ request }) => {
      const { score, comment } = (await request.json()) as { score: number; comment?: string };
      current = {
        ...current,
        ratings: { byEnterprise: { score, comment, by: enterpriseUser.id, at: MOVED_AT } },
      };
      return HttpResponse.json({ collaboration: current });
    }),
  );
}

const openPage = () =>
  renderPage(<CollaborationDetailRoute />, {
    signedIn: enterpriseUser,
    path: `/app/${paths.app.collaborationDetail.path}`,
    url: paths.app.collaborationDetail.getHref(ids.collaboration),
  });

describe('collaboration page', () => {
  it('when the enterprise records the agreement, completes and rates, then each move is posted and shown', async () => {
    answerCollaboration(aCollaboration({ status: 'active' }));
    const { user } = openPage();

    // The agreement, signed on 10 March in Shanghai.
    await user.click(await screen.findByRole('button', { name: '记录签约' }));
    const agreement = await screen.findByRole('dialog', { name: '记录合作协议' });
    const signedOn = within(agreement).getByLabelText('签约日期');
    await user.clear(signedOn);
    await user.type(signedOn, '2025-03-10');
    await user.type(within(agreement).getByRole('textbox', { name: /协议编号/ }), 'HT-2025-018');
    await user.click(within(agreement).getByRole('button', { name: '确认签约' }));
    expect(await screen.findByText('已记录签约')).toBeInTheDocument();
    expect(screen.getByText('HT-2025-018')).toBeInTheDocument();
    expect(screen.getByText('2025年3月10日')).toBeInTheDocument();

    // Completion, with its outcome.
    await user.click(screen.getByRole('button', { name: '确认完成' }));
    const completion = await screen.findByRole('dialog', { name: '确认合作已完成？' });
    await user.click(within(completion).getByRole('combobox', { name: '成果类型' }));
    await user.click(
      await screen.findByText('解决方案', { selector: '.ant-select-item-option-content' }),
    );
    await user.type(within(completion).getByRole('textbox', { name: '成果摘要' }), '提交改造方案');
    await user.type(within(completion).getByRole('spinbutton', { name: '投入工时（小时）' }), '12');
    await user.click(within(completion).getByRole('button', { name: '完成合作' }));
    expect(await screen.findByText('合作已完成，欢迎评价')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: '合作成果' })).toBeInTheDocument();
    expect(screen.getByText('提交改造方案')).toBeInTheDocument();
    expect(screen.getByText('12 小时')).toBeInTheDocument();

    // The enterprise's rating of the expert.
    const rating = screen.getByRole('region', { name: '企业对专家的评价' });
    await user.click(within(rating).getByRole('radio', { name: '4 星' }));
    await user.type(
      within(rating).getByRole('textbox', { name: '评价内容（选填）' }),
      '方案落地顺利',
    );
    await user.click(within(rating).getByRole('button', { name: '提交评价' }));
    expect(await screen.findByText('评价已提交')).toBeInTheDocument();
    await waitFor(() =>
      expect(within(rating).getByRole('img', { name: '4 星（满分 5 星）' })).toBeInTheDocument(),
    );
    expect(within(rating).getByText('方案落地顺利')).toBeInTheDocument();

    const base = `/collaborations/${ids.collaboration}`;
    expect(await sentChanges()).toEqual([
      {
        method: 'POST',
        path: `${base}/agreement`,
        csrfToken: CSRF_TOKEN,
        body: { signedAt: '2025-03-09T16:00:00.000Z', documentRef: 'HT-2025-018' },
      },
      {
        method: 'POST',
        path: `${base}/complete`,
        csrfToken: CSRF_TOKEN,
        body: { kind: 'solution_plan', summary: '提交改造方案', hoursSpent: 12 },
      },
      {
        method: 'POST',
        path: `${base}/rating`,
        csrfToken: CSRF_TOKEN,
        body: { score: 4, comment: '方案落地顺利' },
      },
    ]);
  });

  it('when the enterprise cancels with a reason, then the cancel is sent with the trimmed reason and the history shows it', async () => {
    answerCollaboration(aCollaboration({ status: 'agreed' }));
    const { user } = openPage();

    await user.click(await screen.findByRole('button', { name: '取消合作' }));
    const dialog = await screen.findByRole('dialog', { name: '取消合作' });
    expect(
      within(dialog).getByText('取消后合作将结束且无法恢复，对方会收到通知。'),
    ).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('取消原因（选填）'), '  项目预算冻结  ');
    await user.click(within(dialog).getByRole('button', { name: '确认取消' }));

    expect(await screen.findByText('合作已取消')).toBeInTheDocument();
    expect(await screen.findByText('原因：项目预算冻结')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '取消合作' })).not.toBeInTheDocument();
    expect(await sentChanges()).toEqual([
      {
        method: 'POST',
        path: `/collaborations/${ids.collaboration}/cancel`,
        csrfToken: CSRF_TOKEN,
        body: { reason: '项目预算冻结' },
      },
    ]);
  });
});
