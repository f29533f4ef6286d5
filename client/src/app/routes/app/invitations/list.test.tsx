import type { InvitationDto } from '@qs/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { paths } from '../../../../config/paths';
import { anInvitation, enterpriseUser, ids } from '../../../../testing/fixtures';
import { renderPage } from '../../../../testing/render';
import { API, CSRF_TOKEN, sentChanges, server } from '../../../../testing/server';
import { InvitationsRoute } from './list';

const WITHDRAWN_AT = '2025-03-02T02:00:00.000Z';

/** The organization's sent invitations; a withdrawal changes the one it names. */
function answerInvitations(invitations: InvitationDto[]) {
  server.use(
    http.get(`${API}/invitations`, () =>
      HttpResponse.json({ items: invitations, total: invitations.length, page: 1, limit: 20 }),
    ),
    http.post(`${API}/invitations/:id/withdraw`, ({ params }) => {
      const index = invitations.findIndex((invitation) => invitation.id === params.id);
      const invitation = invitations[index];
      if (!invitation) return new HttpResponse(null, { status: 404 });
      const withdrawn: InvitationDto = {
        ...invitation,
        status: 'withdrawn',
        history: [
          ...invitation.history,
          { status: 'withdrawn', by: enterpriseUser.id, at: WITHDRAWN_AT },
        ],
      };
      invitations[index] = withdrawn;
      return HttpResponse.json({ invitation: withdrawn });
    }),
  );
}

describe('sent invitations page', () => {
  it('when the enterprise withdraws a pending invitation after confirming, then it is posted and the row shows it withdrawn', async () => {
    const otherId = '65f0000000000000000000aa';
    answerInvitations([
      anInvitation(),
      anInvitation({ id: otherId, expertId: otherId, expertName: '王芳' }),
    ]);
    const { user } = renderPage(<InvitationsRoute />, {
      signedIn: enterpriseUser,
      path: paths.app.invitations.getHref(),
    });

    await user.click(await screen.findByRole('button', { name: '撤回发给 张伟 的邀请' }));
    const confirm = await screen.findByRole('tooltip');
    expect(confirm).toHaveTextContent('确定撤回发给「张伟」的邀请吗？');
    await user.click(within(confirm).getByRole('button', { name: '撤回' }));

    expect(await screen.findByText('已撤回发给「张伟」的邀请')).toBeInTheDocument();
    const row = (name: string) => screen.getByRole('row', { name: new RegExp(name) });
    await waitFor(() => expect(within(row('张伟')).getByText('已撤回')).toBeInTheDocument());
    expect(within(row('张伟')).queryByRole('button', { name: /撤回/ })).not.toBeInTheDocument();
    expect(within(row('王芳')).getByText('待回复')).toBeInTheDocument();
    expect(within(row('王芳')).getByRole('button', { name: '撤回发给 王芳 的邀请' })).toBeEnabled();

    expect(await sentChanges()).toEqual([
      {
        method: 'POST',
        path: `/invitations/${ids.invitation}/withdraw`,
        csrfToken: CSRF_TOKEN,
        body: {},
      },
    ]);
  });
});
