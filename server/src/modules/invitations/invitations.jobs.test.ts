import { describe, expect, it } from 'vitest';
import { expireInvitations } from './index';
import { expert, invite, openNeed, pendingInvitation } from '@test/support/invitations';
import { platformWithEnterprise } from '@test/support/arranged';

const DAY_MS = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS);

const setup = platformWithEnterprise();

const status = async (id: string) =>
  (await setup.owner.client.get(`/invitations/${id}`)).body.invitation as {
    status: string;
    history: Array<{ status: string; by?: string }>;
  };

describe('invitation expiry', () => {
  it('when the clock passes the expiry, then pending invitations expire, recorded and notified; answered and later ones stay', async () => {
    const due = await pendingInvitation(
      setup.owner.client,
      await expert(setup.platform.url, setup.bureau),
    );
    const answeredBy = await expert(setup.platform.url, setup.bureau);
    const answered = await pendingInvitation(setup.owner.client, answeredBy);
    expect((await answeredBy.client.post(`/invitations/${answered}/decline`)).status).toBe(200);
    const later = (
      await invite(
        setup.owner.client,
        await openNeed(setup.owner.client),
        (await expert(setup.platform.url, setup.bureau)).expertId,
        { expiresInDays: 30 },
      )
    ).body.invitation.id as string;

    expect(await expireInvitations(inDays(8))).toBe(1);

    const expired = await status(due);
    expect(expired.status).toBe('expired');
    expect(expired.history.at(-1)).toEqual({ status: 'expired', at: expect.any(String) });
    expect((await status(answered)).status).toBe('declined');
    expect((await status(later)).status).toBe('pending');
    const notices = await setup.owner.client.get('/notifications?limit=100');
    expect(notices.body.items).toContainEqual(
      expect.objectContaining({
        type: 'invitation.expired',
        data: expect.objectContaining({ invitationId: due }),
      }),
    );
  });

  it('when the job runs again, then nothing more expires and the expired invitation can no longer be answered', async () => {
    const invited = await expert(setup.platform.url, setup.bureau);
    const id = await pendingInvitation(setup.owner.client, invited);
    expect(await expireInvitations(inDays(8))).toBe(1);
    expect(await expireInvitations(inDays(8))).toBe(0);
    expect((await invited.client.post(`/invitations/${id}/accept`)).status).toBe(409);
    expect((await setup.owner.client.post(`/invitations/${id}/withdraw`)).status).toBe(409);
    expect((await status(id)).history.map((e) => e.status)).toEqual(['pending', 'expired']);
  });
});
