import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffClient } from '@test/support/factories';
import { startTestPlatform, type TestPlatform } from '@test/support/platform';
import { enterprise, expert, pendingInvitation } from '@test/support/invitations';
import { expireInvitations } from '../invitations';

const HOUR_MS = 60 * 60 * 1000;
let clock = Date.parse('2026-03-02T01:00:00Z');
let platform: TestPlatform;

beforeAll(async () => {
  // The platform's own expiry job stays out of the way: the test runs it at a known time.
  platform = await startTestPlatform({}, { now: () => new Date(clock), jobIntervalMs: 3_600_000 });
});
afterAll(async () => {
  await platform?.close();
});

describe('acceptance rate and response time', () => {
  it('when invitations are accepted, declined, left to expire and withdrawn, then only the documented rule gives the rate, and the median the middle answer', async () => {
    const bureau = (await staffClient(platform.url, 'bureau')).client;
    const owner = await enterprise(platform.url);
    const parties = await Promise.all(
      Array.from({ length: 5 }, () => expert(platform.url, bureau)),
    );
    const [quick, middling, slow, silent, dropped] = parties as [
      (typeof parties)[number],
      (typeof parties)[number],
      (typeof parties)[number],
      (typeof parties)[number],
      (typeof parties)[number],
    ];
    const ids = new Map<string, string>();
    for (const [name, party] of Object.entries({ quick, middling, slow, silent, dropped }))
      ids.set(name, await pendingInvitation(owner.client, party));

    const answer = async (
      party: typeof quick,
      name: string,
      move: 'accept' | 'decline',
      afterHours: number,
    ) => {
      clock += afterHours * HOUR_MS;
      expect((await party.client.post(`/invitations/${ids.get(name)}/${move}`)).status).toBe(200);
    };
    await answer(quick, 'quick', 'accept', 2);
    await answer(middling, 'middling', 'accept', 2);
    await answer(slow, 'slow', 'decline', 6);
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
