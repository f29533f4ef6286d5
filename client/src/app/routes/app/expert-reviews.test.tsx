import type { ExpertDto } from '@qs/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { paths } from '../../../config/paths';
import { anExpert, bureauUser, ids } from '../../../testing/fixtures';
import { renderPage } from '../../../testing/render';
import { API, CSRF_TOKEN, sentChanges, server } from '../../../testing/server';
import { ExpertReviewsRoute } from './expert-reviews';

const NOTE = '请补充近三年的项目经历。';

/** The bureau's queue: pending experts until one is decided. */
function answerQueue(pending: ExpertDto[]) {
  server.use(
    http.get(`${API}/experts`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      const matching = query.get('status') === 'pending' ? pending : [];
      const limit = Number(query.get('limit'));
      return HttpResponse.json({
        items: matching.slice(0, limit),
        total: matching.length,
        page: 1,
        limit,
        facets: {},
      });
    }),
    http.post(`${API}/experts/:expertId/verification`, async ({ params, request }) => {
      const decided = pending.find((expert) => expert.id === params.expertId);
      if (!decided) return new HttpResponse(null, { status: 404 });
      pending.splice(pending.indexOf(decided), 1);
      const { note } = (await request.json()) as { note: string };
      return HttpResponse.json({
        expert: { ...decided, verification: { status: 'rejected', note } },
      });
    }),
  );
}

describe('expert reviews page', () => {
  it('when the bureau rejects a profile with a note, then the decision is posted and the profile leaves the queue', async () => {
    answerQueue([anExpert()]);
    const { user } = renderPage(<ExpertReviewsRoute />, {
      signedIn: bureauUser,
      path: paths.app.expertReviews.getHref(),
    });

    const queue = await screen.findByRole('list', { name: '待审核的专家档案' });
    await user.click(within(queue).getByRole('button', { name: '驳回：张伟' }));
    const dialog = await screen.findByRole('dialog', { name: '驳回「张伟」的档案' });

    // Without a note nothing is sent.
    const note = within(dialog).getByRole('textbox', { name: '审核意见' });
    await user.click(within(dialog).getByRole('button', { name: '驳回' }));
    await waitFor(() => expect(note).toHaveAccessibleDescription('驳回时必须填写审核意见'));
    expect(await sentChanges()).toEqual([]);

    await user.type(note, NOTE);
    await user.click(within(dialog).getByRole('button', { name: '驳回' }));

    expect(await screen.findByText('已驳回「张伟」的档案')).toBeInTheDocument();
    expect(await screen.findByText('暂无待审核的专家档案')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: '待审核的专家档案' })).not.toBeInTheDocument();
    expect(await sentChanges()).toEqual([
      {
        method: 'POST',
        path: `/experts/${ids.expert}/verification`,
        csrfToken: CSRF_TOKEN,
        body: { decision: 'rejected', note: NOTE },
      },
    ]);
  });

  it('when the bureau opens a profile’s changes, then each changed field shows before and after, and who decided what', async () => {
    answerQueue([anExpert()]);
    server.use(
      http.get(`${API}/experts/:expertId/review`, () =>
        HttpResponse.json({
          expert: anExpert(),
          lastVerifiedAt: '2026-03-01T08:00:00.000Z',
          changes: [
            { field: 'organization', before: '青岛智造研究院', after: '深圳智造研究院' },
            { field: 'skills', before: ['tsn'], after: ['tsn', 'edge-computing'] },
          ],
          history: [
            {
              decision: 'verified',
              at: '2026-03-01T08:00:00.000Z',
              note: '材料齐全',
              by: { id: ids.bureauUser, name: '人社局李科长' },
            },
            { decision: 'submitted', at: '2026-04-01T08:00:00.000Z', note: '' },
          ],
        }),
      ),
    );
    const { user } = renderPage(<ExpertReviewsRoute />, {
      signedIn: bureauUser,
      path: paths.app.expertReviews.getHref(),
    });

    await user.click(await screen.findByRole('button', { name: '变更与审核记录：张伟' }));

    const changes = await screen.findByRole('table', { name: '变更内容' });
    expect(
      within(changes)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['所在单位青岛智造研究院深圳智造研究院', '技能时间敏感网络时间敏感网络、边缘计算']);
    expect(screen.getByText(/与 .* 通过审核的版本相比/)).toBeInTheDocument();
    expect(screen.getByText(/操作人：人社局李科长/)).toBeInTheDocument();
    expect(screen.getByText('审核意见：材料齐全')).toBeInTheDocument();
  });

  it('when the bureau verifies one profile, then it is asked to confirm first', async () => {
    const pending = [anExpert()];
    answerQueue(pending);
    const { user } = renderPage(<ExpertReviewsRoute />, {
      signedIn: bureauUser,
      path: paths.app.expertReviews.getHref(),
    });

    await user.click(await screen.findByRole('button', { name: '通过：张伟' }));
    const dialog = await screen.findByRole('dialog', { name: '通过「张伟」的档案？' });
    expect(await sentChanges()).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: '通过' }));

    await waitFor(async () =>
      expect(await sentChanges()).toEqual([
        {
          method: 'POST',
          path: `/experts/${ids.expert}/verification`,
          csrfToken: CSRF_TOKEN,
          body: { decision: 'verified', note: '' },
        },
      ]),
    );
  });

  it('when the bureau selects several profiles and confirms, then one request verifies them and a refused one is named with its reason', async () => {
    const second = anExpert({ id: '65f0000000000000000000a2', name: '李强' });
    const pending = [anExpert(), second];
    answerQueue(pending);
    server.use(
      http.post(`${API}/experts/verifications`, () => {
        pending.splice(0, 1);
        return HttpResponse.json({
          results: [
            { expertId: ids.expert, ok: true, status: 'verified' },
            {
              expertId: second.id,
              ok: false,
              error: { code: 'conflict', message: '该专家档案已被修改，请刷新后重新审核' },
            },
          ],
        });
      }),
    );
    const { user } = renderPage(<ExpertReviewsRoute />, {
      signedIn: bureauUser,
      path: paths.app.expertReviews.getHref(),
    });

    await user.click(await screen.findByRole('checkbox', { name: '全选本页' }));
    await user.click(screen.getByRole('button', { name: '批量通过（2）' }));
    const dialog = await screen.findByRole('dialog', { name: '批量通过 2 份档案？' });
    expect(dialog).toHaveTextContent('将通过以下专家的档案：张伟、李强');
    await user.click(within(dialog).getByRole('button', { name: '通过' }));

    expect(await screen.findByText('已通过 1 份档案')).toBeInTheDocument();
    expect(await screen.findByText('1 份档案未能通过')).toBeInTheDocument();
    expect(screen.getByText('李强：该专家档案已被修改，请刷新后重新审核')).toBeInTheDocument();
    expect(await sentChanges()).toEqual([
      {
        method: 'POST',
        path: '/experts/verifications',
        csrfToken: CSRF_TOKEN,
        body: { expertIds: [ids.expert, second.id], decision: 'verified', note: '' },
      },
    ]);
  });
});
