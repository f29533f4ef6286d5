import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffClient } from '@test/support/factories';
import { startTestPlatform, type TestPlatform } from '@test/support/platform';
import { until } from '@test/support/wait';
import { enterprise, expert, pendingInvitation } from '@test/support/invitations';

const DAY_MS = 24 * 60 * 60 * 1000;
let clock = Date.now();
let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform({}, { now: () => new Date(clock), jobIntervalMs: 50 });
});
afterAll(async () => {
  await platform?.close();
});

describe('the platform runs its jobs', () => {
  it('when the clock passes an invitation’s expiry, then the platform expires it by itself and the statistics count it', async () => {
    const bureau = (await staffClient(platform.url, 'bureau')).client;
    const owner = await enterprise(platform.url);
    const id = await pendingInvitation(owner.client, await expert(platform.url, bureau));
    const expiredBefore = (await bureau.get('/stats/overview').expect(200)).body.invitations
      .expired as number;
    const statusOf = async () =>
      (await owner.client.get(`/invitations/${id}`)).body.invitation.status as string;
    expect(await statusOf()).toBe('pending');

    clock += 8 * DAY_MS;

    expect(await until(async () => (await statusOf()) === 'expired', 10_000)).toBe(true);
    expect(
      await until(
        async () =>
          (await bureau.get('/stats/overview')).body.invitations.expired === expiredBefore + 1,
        15_000,
      ),
    ).toBe(true);
  });
});
