import { describe, expect, it } from 'vitest';
import { staffClient } from '@test/support/factories';
import type { TestClient } from '@test/support/platform';
import { restartingPlatform, signIn } from '@test/support/restarts';
import {
  acceptedInvitation,
  enterprise,
  expert,
  pendingInvitation,
} from '@test/support/invitations';
import { StatsStateModel } from './stats-day.model';

/*
 * A start compares what the read model's state says the days hold with the collections' counts
 * (`stats.days.test.ts` checks that a model that disagrees is rebuilt); these counts follow each
 * write of a day, so a model kept current through the platform is kept, not rebuilt.
 */

const restart = restartingPlatform();

/** The overview without when it was made. */
const overviewOf = async (bureau: TestClient) => {
  const body = (await bureau.get('/stats/overview').expect(200)).body as Record<string, unknown>;
  return Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'generatedAt'));
};

const builtAt = async () => (await StatsStateModel.findById('read-model').lean())?.builtAt;

describe('the statistics’ days at start', () => {
  it('when experts, needs, invitations and collaborations were written through the platform, then the next start keeps the days it finds current', async () => {
    let platform = await restart();
    const staff = await staffClient(platform.url, 'bureau');
    const owner = await enterprise(platform.url);
    const completed = await acceptedInvitation(
      owner.client,
      await expert(platform.url, staff.client),
    );
    for (const move of ['agreement', 'complete'])
      expect(
        (await owner.client.post(`/collaborations/${completed.collaborationId}/${move}`)).status,
      ).toBe(200);
    const declining = await expert(platform.url, staff.client);
    const declined = await pendingInvitation(owner.client, declining);
    expect(
      (await declining.client.post(`/invitations/${declined}/decline`, { reason: '档期已满' }))
        .status,
    ).toBe(200);
    const counted = await overviewOf(staff.client);
    const built = await builtAt();
    expect(built).toBeInstanceOf(Date);

    platform = await restart();
    const bureau = await signIn(platform.url, staff.user.email);
    expect(await overviewOf(bureau)).toEqual(counted);
    expect(await builtAt()).toEqual(built);
  }, 60_000);
});
