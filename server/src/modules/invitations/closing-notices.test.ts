import { describe, expect, it } from 'vitest';
import { arrangeOn } from '@test/support/arranged';
import type { TestClient } from '@test/support/platform';
import { restartingPlatform, signIn } from '@test/support/restarts';
import { until } from '@test/support/wait';
import {
  connectedSocket,
  invite,
  nextEvent,
  openNeed,
  type ExpertParty,
} from '@test/support/invitations';

/*
 * Closing a need records `need.closed` with the change; its subscriber tells every invited expert
 * without a collaboration on the need. A platform that holds its events stands for a process that
 * dies right after the write: the next one on the same database must send each notice once.
 */

const restart = restartingPlatform();

interface Notice {
  type: string;
  body: string;
  data: { needId?: string; message?: string; invitationId?: string };
}

async function closingNotices(client: TestClient, needId: string): Promise<Notice[]> {
  const res = await client.get('/notifications?limit=100').expect(200);
  return (res.body.items as Notice[]).filter(
    (n) => n.type === 'need.closed' && n.data.needId === needId,
  );
}

/** A need of a new enterprise with one expert pending, one who declined and one who accepted. */
async function needWithInvitedExperts(url: string) {
  const { bureau, owner, experts } = await arrangeOn(url, {
    experts: { pending: {}, declined: {}, accepted: {} },
  });
  const { pending, declined, accepted } = experts;
  const needId = await openNeed(owner.client);
  const invitationOf = async (party: ExpertParty) =>
    (await invite(owner.client, needId, party.expertId)).body.invitation.id as string;
  const ids = {
    pending: await invitationOf(pending),
    declined: await invitationOf(declined),
    accepted: await invitationOf(accepted),
  };
  await declined.client.post(`/invitations/${ids.declined}/decline`, {}).then((res) => {
    expect(res.status).toBe(200);
  });
  await accepted.client.post(`/invitations/${ids.accepted}/accept`).then((res) => {
    expect(res.status).toBe(200);
  });
  return { bureau, owner, needId, experts, ids };
}

const invitationFigures = async (bureau: TestClient) =>
  (await bureau.get('/stats/overview').expect(200)).body.invitations as {
    pending: number;
    withdrawn: number;
  };

/**
 * The sweep that mends undelivered events runs every 5 s at the slowest (`eventJobs`): far
 * longer than a request, so what is in place when the close answers was done in the request.
 */
const SLOW_SWEEP = { jobIntervalMs: 60_000 };

const message = '感谢关注，本需求已由内部团队解决。';

describe('closing a need', () => {
  it('when the owner closes it with a message, then pending invitations are withdrawn, each invited expert without a collaboration is told once and sees the final state', async () => {
    const platform = await restart(SLOW_SWEEP);
    const { bureau, owner, needId, experts, ids } = await needWithInvitedExperts(platform.url);
    const before = await invitationFigures(bureau);
    const socket = await connectedSocket(platform.url, experts.pending);
    const pushed = nextEvent<{ invitation: { id: string; status: string } }>(
      socket,
      'invitation:updated',
      (p) => p.invitation.id === ids.pending,
    );
    const notified = nextEvent<{ notification: { type: string; data: { needId?: string } } }>(
      socket,
      'notification',
    );

    const closed = await owner.client.post(`/needs/${needId}/close`, { message });
    try {
      expect(closed.status, JSON.stringify(closed.body)).toBe(200);
      expect(closed.body.need).toMatchObject({ status: 'closed', closing: { message } });
      // Answered with the closing notices stored and the withdrawal's `invitation.withdrawn`
      // handled (the statistics count it), not left to the sweep.
      for (const party of [experts.pending, experts.declined]) {
        const notices = await closingNotices(party.client, needId);
        expect(notices).toHaveLength(1);
        expect(notices[0]?.data.message).toBe(message);
        expect(notices[0]?.body).toContain(message);
      }
      expect(await invitationFigures(bureau)).toMatchObject({
        pending: before.pending - 1,
        withdrawn: before.withdrawn + 1,
      });
      expect((await pushed).invitation.status).toBe('withdrawn');
      expect((await notified).notification).toMatchObject({
        type: 'need.closed',
        data: { needId },
      });
    } finally {
      socket.close();
    }

    expect(await closingNotices(experts.accepted.client, needId)).toEqual([]);
    expect(await closingNotices(owner.client, needId)).toEqual([]);

    const withdrawn = await experts.pending.client.get(`/invitations/${ids.pending}`).expect(200);
    expect(withdrawn.body.invitation.status).toBe('withdrawn');
    const told = (await experts.pending.client.get('/notifications').expect(200)).body.items;
    expect(
      told.filter((notice: { type: string }) => notice.type === 'invitation.withdrawn'),
    ).toEqual([]);
    const accepted = await experts.accepted.client.get(`/invitations/${ids.accepted}`).expect(200);
    expect(accepted.body.invitation.status).toBe('accepted');

    const listed = (await experts.declined.client.get('/invitations').expect(200)).body.items;
    expect(listed[0].needState).toMatchObject({ status: 'closed', closing: { message } });
    const detail = await experts.pending.client.get(`/invitations/${ids.pending}`).expect(200);
    expect(detail.body.invitation.needState).toEqual({
      status: 'closed',
      closing: { closedAt: closed.body.need.closing.closedAt, message },
    });

    expect((await owner.client.post(`/needs/${needId}/close`, { message: 'again' })).status).toBe(
      409,
    );
    expect(await closingNotices(experts.pending.client, needId)).toHaveLength(1);
  });

  it('when closed without a message, then the notice carries only the default text', async () => {
    const platform = await restart(SLOW_SWEEP);
    const { owner, needId, experts } = await needWithInvitedExperts(platform.url);
    expect((await owner.client.post(`/needs/${needId}/close`)).status).toBe(200);
    const [notice] = await closingNotices(experts.pending.client, needId);
    expect(notice?.data.message).toBeUndefined();
    expect(notice?.body).toMatch(/已关闭需求/);
  });

  it('when the message is not text, then 400 names it and the need stays open', async () => {
    const platform = await restart();
    const { owner, needId } = await needWithInvitedExperts(platform.url);
    const res = await owner.client.post(`/needs/${needId}/close`, { message: 'x'.repeat(1001) });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('message');
    expect((await owner.client.get(`/needs/${needId}`).expect(200)).body.need.status).toBe('open');
  });

  it('when the process stops right after the need is closed, then the next one sends each closing notice once', async () => {
    let platform = await restart();
    const { owner, needId, experts } = await needWithInvitedExperts(platform.url);

    platform = await restart({ holdEvents: true });
    const ownerHeld = await signIn(platform.url, owner.user.email);
    expect((await ownerHeld.post(`/needs/${needId}/close`, { message })).status).toBe(500);
    expect((await ownerHeld.get(`/needs/${needId}`).expect(200)).body.need.status).toBe('closed');
    const held = await signIn(platform.url, experts.pending.user.email);
    expect(await closingNotices(held, needId)).toEqual([]);

    // Twice over: the sweep of each new process finds nothing left to send.
    for (let run = 0; run < 2; run++) {
      platform = await restart();
      const pending = await signIn(platform.url, experts.pending.user.email);
      const declined = await signIn(platform.url, experts.declined.user.email);
      expect(
        await until(
          async () =>
            (await closingNotices(pending, needId)).length === 1 &&
            (await closingNotices(declined, needId)).length === 1,
          10_000,
        ),
      ).toBe(true);
      expect(await closingNotices(pending, needId)).toHaveLength(1);
      expect(await closingNotices(declined, needId)).toHaveLength(1);
      const accepted = await signIn(platform.url, experts.accepted.user.email);
      expect(await closingNotices(accepted, needId)).toEqual([]);
    }
  }, 90_000);
});
