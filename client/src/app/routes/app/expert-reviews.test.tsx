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
});
