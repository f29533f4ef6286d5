import { describe, expect, it } from 'vitest';
import { arrangeOn, SHENZHEN_EXPERT } from '@test/support/arranged';
import type { TestClient } from '@test/support/platform';
import { restartingPlatform, signIn } from '@test/support/restarts';
import { acceptedInvitation, invite, openNeed, pendingInvitation } from '@test/support/invitations';
import { expireInvitations } from '../invitations';
import { StatsDayModel, StatsStateModel } from './stats-day.model';
import { updateInvitations } from './stats.days';

/*
 * The figures are sums of the read model's days (`stats.days.ts`). A range that starts one second
 * into a day cannot be answered by days, so the same figures are then counted from the records,
 * as before the read model: each check asks both and expects the same answer.
 */

const restart = restartingPlatform();
const DAY_MS = 24 * 60 * 60 * 1000;

const FROM_DAYS = 'from=2000-01-01';
const FROM_RECORDS = `from=${encodeURIComponent('2000-01-01T00:00:01+08:00')}`;
const FIGURES = [
  '/stats/overview',
  '/stats/funnel',
  '/stats/trend',
  '/stats/trend?granularity=week',
];

/** What a figure says, without when it was made or the range it echoes. */
function figures(body: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(body).filter(([key]) => !['generatedAt', 'from', 'to'].includes(key)),
  );
}

/** Reads every figure from the days and from the records, with `filters`; expects them equal. */
async function sameFromDaysAndRecords(bureau: TestClient, filters = '') {
  for (const figure of FIGURES) {
    const at = (range: string) =>
      `${figure}${figure.includes('?') ? '&' : '?'}${range}${filters ? `&${filters}` : ''}`;
    const days = await bureau.get(at(FROM_DAYS)).expect(200);
    const records = await bureau.get(at(FROM_RECORDS)).expect(200);
    expect(figures(days.body), `${figure} ${filters}`).toEqual(figures(records.body));
  }
}

const overviewOf = async (bureau: TestClient, query = '') =>
  (await bureau.get(`/stats/overview${query}`).expect(200)).body;

const stagesOf = async (bureau: TestClient) =>
  Object.fromEntries(
    (
      (await bureau.get('/stats/funnel').expect(200)).body.stages as Array<{
        stage: string;
        count: number;
      }>
    ).map((row) => [row.stage, row.count]),
  );

describe('the statistics’ days', () => {
  it('when invitations are accepted, declined, withdrawn and left to expire, collaborations completed and cancelled, and a need moves city, then the days count what the records do, with and without filters', async () => {
    const platform = await restart();
    const {
      bureau,
      owner: qingdao,
      other: shenzhen,
      experts: { local, southern, third, fourth },
    } = await arrangeOn(platform.url, {
      other: '深圳',
      experts: {
        local: { sectors: ['home-appliances'] },
        southern: SHENZHEN_EXPERT,
        third: {},
        fourth: {},
      },
    });

    const completed = await acceptedInvitation(qingdao.client, southern);
    for (const move of ['agreement', 'complete'])
      expect(
        (await qingdao.client.post(`/collaborations/${completed.collaborationId}/${move}`)).status,
      ).toBe(200);
    const cancelled = await acceptedInvitation(shenzhen.client, local);
    expect(
      (
        await shenzhen.client.post(`/collaborations/${cancelled.collaborationId}/cancel`, {
          reason: '需求变更',
        })
      ).status,
    ).toBe(200);
    const declined = await pendingInvitation(qingdao.client, third);
    expect(
      (await third.client.post(`/invitations/${declined}/decline`, { reason: '档期已满' })).status,
    ).toBe(200);
    const withdrawn = await pendingInvitation(shenzhen.client, fourth);
    expect((await shenzhen.client.post(`/invitations/${withdrawn}/withdraw`)).status).toBe(200);
    await pendingInvitation(qingdao.client, fourth);
    expect(await expireInvitations(new Date(Date.now() + 8 * DAY_MS))).toBe(1);
    const waiting = await openNeed(shenzhen.client, { city: '深圳', sector: 'electronics' });
    expect((await invite(shenzhen.client, waiting, southern.expertId)).status).toBe(201);

    expect((await overviewOf(bureau)).invitations).toMatchObject({
      total: 6,
      accepted: 2,
      declined: 1,
      withdrawn: 1,
      expired: 1,
      pending: 1,
    });
    expect((await overviewOf(bureau)).collaborations).toMatchObject({
      total: 2,
      byStatus: { completed: 1, cancelled: 1 },
      crossCity: 1,
    });
    expect(await stagesOf(bureau)).toMatchObject({
      needs: 6,
      invited: 6,
      accepted: 2,
      agreed: 1,
      completed: 1,
    });
    for (const filters of ['', `city=${encodeURIComponent('深圳')}`, 'sector=electronics'])
      await sameFromDaysAndRecords(bureau, filters);

    // The need waiting on its invitation moves to Qingdao: its invitation is counted there now.
    expect((await shenzhen.client.patch(`/needs/${waiting}`, { city: '青岛' })).status).toBe(200);
    expect((await overviewOf(bureau, '?city=%E9%9D%92%E5%B2%9B')).invitations.pending).toBe(1);
    await sameFromDaysAndRecords(bureau, `city=${encodeURIComponent('青岛')}`);
  }, 120_000);

  it('when the outbox delivers an event again after its work was done, then nothing is counted twice', async () => {
    let platform = await restart();
    const {
      bureau,
      bureauUser,
      owner,
      experts: { invited },
    } = await arrangeOn(platform.url, { experts: { invited: {} } });
    const invitationId = await pendingInvitation(owner.client, invited);
    const before = await overviewOf(bureau);

    // A process that dies right after the acceptance is written, its events unhandled…
    platform = await restart({ holdEvents: true });
    const held = await signIn(platform.url, invited.user.email);
    expect((await held.post(`/invitations/${invitationId}/accept`)).status).toBe(500);
    // …but after the statistics' subscriber did its work, before its mark was written.
    await updateInvitations([invitationId]);

    platform = await restart();
    const after = await signIn(platform.url, bureauUser.email);
    const counted = async () =>
      (await overviewOf(after)).collaborations.total === before.collaborations.total + 1;
    for (let tries = 0; tries < 100 && !(await counted()); tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const overview = await overviewOf(after);
    expect(overview.invitations).toMatchObject({
      total: before.invitations.total,
      accepted: before.invitations.accepted + 1,
      pending: before.invitations.pending - 1,
    });
    expect(overview.collaborations.total).toBe(before.collaborations.total + 1);
    await sameFromDaysAndRecords(after);
  }, 60_000);

  it('when the days are missing, of another version, or hold fewer records than the collections, then the next start rebuilds them', async () => {
    let platform = await restart();
    const arranged = await arrangeOn(platform.url, { experts: { invited: {} } });
    let bureau = arranged.bureau;
    await acceptedInvitation(arranged.owner.client, arranged.experts.invited);
    const counted = await overviewOf(bureau);
    const { email } = arranged.bureauUser;

    await StatsDayModel.deleteMany({});
    platform = await restart();
    bureau = await signIn(platform.url, email);
    expect(figures(await overviewOf(bureau))).toEqual(figures(counted));

    await StatsDayModel.updateMany({}, { $set: { summary: '[]' } });
    await StatsStateModel.updateOne({ _id: 'read-model' }, { $set: { version: 0 } });
    platform = await restart();
    bureau = await signIn(platform.url, email);
    expect(figures(await overviewOf(bureau))).toEqual(figures(counted));

    // Records the days do not hold, as when they were written around the platform.
    await StatsDayModel.updateMany(
      { series: 'needs' },
      { $set: { facts: {}, n: 0, summary: '[]' } },
    );
    await StatsStateModel.updateOne({ _id: 'read-model' }, { $set: { 'records.needs': 0 } });
    platform = await restart();
    bureau = await signIn(platform.url, email);
    expect(figures(await overviewOf(bureau))).toEqual(figures(counted));
    await sameFromDaysAndRecords(bureau);
  }, 60_000);
});
