import { describe, expect, it } from 'vitest';
import { platformWithEnterprise } from '@test/support/arranged';
import { pendingInvitation } from '@test/support/invitations';
import { expireInvitations } from '../invitations';

const HOUR_MS = 60 * 60 * 1000;
let clock = Date.parse('2026-03-02T01:00:00Z');
// The platform's own expiry job stays out of the way: the test runs it at a known time.
const setup = platformWithEnterprise({
  start: [{}, { now: () => new Date(clock), jobIntervalMs: 3_600_000 }],
  experts: { quick: {}, middling: {}, slow: {}, silent: {}, dropped: {} },
});

describe('acceptance rate and response time', () => {
  it('when invitations are accepted, declined, left to expire and withdrawn, then only the documented rule gives the rate, and the median the middle answer', async () => {
    const { bureau, owner, experts } = setup;
    const ids = new Map<string, string>();
    for (const [name, party] of Object.entries(experts))
      ids.set(name, await pendingInvitation(owner.client, party));

    const answer = async (
      name: keyof typeof experts,
      move: 'accept' | 'decline',
      afterHours: number,
    ) => {
      clock += afterHours * HOUR_MS;
      const res = await experts[name].client.post(`/invitations/${ids.get(name)}/${move}`);
      expect(res.status).toBe(200);
    };
    await answer('quick', 'accept', 2);
    await answer('middling', 'accept', 2);
    await answer('slow', 'decline', 6);
    expect((await owner.client.post(`/invitations/${ids.get('dropped')}/withdraw`)).status).toBe(
      200,
    );
    clock += 8 * 24 * HOUR_MS;
    expect(await expireInvitations()).toBe(1);

    const { invitations } = (await bureau.get('/stats/overview').expect(200)).body;
    expect(invitations).toMatchObject({
      total: 5,
      accepted: 2,
      declined: 1,
      expired: 1,
      withdrawn: 1,
      pending: 0,
    });
    // accepted ÷ (accepted + declined + expired): not ÷ answered (2/3), not ÷ all (2/5).
    expect(invitations.acceptanceRate).toBe(0.5);
    // Answers after 2, 4 and 10 hours: the median is 4 (the mean would be 5.33).
    expect(invitations.medianResponseHours).toBe(4);
  });
});
