import { beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '@test/support/platform';
import { until } from '@test/support/wait';
import {
  enterprise,
  expert,
  invite,
  openNeed,
  type EnterpriseParty,
} from '@test/support/invitations';
import { platformWithEnterprise } from '@test/support/arranged';

const setup = platformWithEnterprise();
let rival: EnterpriseParty;
const year = new Date().getFullYear();

beforeAll(async () => {
  rival = await enterprise(setup.platform.url);
});

const conflicts = (client: TestClient, needId: string, expertId: string) =>
  client.get(`/needs/${needId}/conflicts?expertId=${expertId}`);

describe('avoidance lists', () => {
  it('when a need avoids an organization by id, another by a differently written name, and an expert, then each conflicts with a reason and cannot be invited', async () => {
    const atRival = await expert(setup.platform.url, setup.bureau, {
      organization: rival.organizationName,
    });
    const atNamed = await expert(setup.platform.url, setup.bureau, {
      organization: '青岛 (海尔) 研究院',
    });
    const named = await expert(setup.platform.url, setup.bureau, { organization: '无关单位' });
    const free = await expert(setup.platform.url, setup.bureau, { organization: '另一家单位' });
    const needId = await openNeed(setup.owner.client, {
      avoidOrganizations: [
        { id: rival.user.organizationId, name: '竞争对手' },
        { name: '青岛（海尔）研究院' },
      ],
      avoidExperts: [named.expertId],
    });

    const rivalConflict = await conflicts(setup.owner.client, needId, atRival.expertId).expect(200);
    expect(rivalConflict.body).toMatchObject({
      conflicts: true,
      reasons: [{ kind: 'avoided_organization', organization: rival.organizationName }],
    });
    expect(rivalConflict.body.reasons[0].message).toContain('回避的单位');
    expect((await conflicts(setup.owner.client, needId, atNamed.expertId)).body.reasons).toEqual([
      expect.objectContaining({ kind: 'avoided_organization', organization: '青岛（海尔）研究院' }),
    ]);
    expect((await conflicts(setup.owner.client, needId, named.expertId)).body.reasons).toEqual([
      expect.objectContaining({ kind: 'avoided_expert' }),
    ]);
    expect((await conflicts(setup.bureau, needId, free.expertId).expect(200)).body).toMatchObject({
      conflicts: false,
      reasons: [],
    });

    for (const party of [atRival, atNamed, named]) {
      const res = await invite(setup.owner.client, needId, party.expertId);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('avoidance');
    }
    const english = await setup.owner.client.agent
      .post(`/api/v1/needs/${needId}/invitations`)
      .set('x-csrf-token', await setup.owner.client.csrfToken())
      .set('accept-language', 'en')
      .send({ expertId: named.expertId, message: 'hello' });
    expect(english.body.error.message).toBe('The need lists this expert to avoid');
    expect((await invite(setup.owner.client, needId, free.expertId)).status).toBe(201);

    const shownNow = async () =>
      (
        (await setup.owner.client.get(`/needs/${needId}/matches?limit=50`).expect(200)).body
          .items as {
          expert: { id: string };
        }[]
      ).map((i) => i.expert.id);
    // A shared engine indexes the experts a moment after their verification.
    expect(await until(async () => (await shownNow()).includes(free.expertId), 20_000)).toBe(true);
    const shown = await shownNow();
    expect(shown).not.toEqual(expect.arrayContaining([atRival.expertId]));
    expect(shown).not.toEqual(expect.arrayContaining([atNamed.expertId]));
    expect(shown).not.toEqual(expect.arrayContaining([named.expertId]));
  });

  it('when an expert left the requesting organization within three years, then they conflict; four years ago, they do not', async () => {
    const recent = await expert(setup.platform.url, setup.bureau, {
      organization: '别处',
      formerOrganizations: [
        { name: setup.owner.organizationName.toUpperCase(), leftYear: year - 2 },
      ],
    });
    const longAgo = await expert(setup.platform.url, setup.bureau, {
      organization: '别处',
      formerOrganizations: [{ name: setup.owner.organizationName, leftYear: year - 3 }],
    });
    const needId = await openNeed(setup.owner.client);
    expect((await conflicts(setup.owner.client, needId, recent.expertId)).body.reasons).toEqual([
      expect.objectContaining({ kind: 'former_organization', leftYear: year - 2 }),
    ]);
    expect((await conflicts(setup.owner.client, needId, longAgo.expertId)).body.conflicts).toBe(
      false,
    );
    expect((await invite(setup.owner.client, needId, recent.expertId)).status).toBe(403);
    const own = await recent.client.get('/experts/me').expect(200);
    expect(own.body.expert.formerOrganizations).toEqual([
      { name: setup.owner.organizationName.toUpperCase(), leftYear: year - 2 },
    ]);
    const seenByEnterprise = await setup.owner.client
      .get(`/experts/${recent.expertId}`)
      .expect(200);
    expect(seenByEnterprise.body.expert.formerOrganizations).toBeUndefined();
  });

  it('when the lists are wrong, then 400 names the field and nothing is written', async () => {
    const badId = await setup.owner.client.post('/needs', {
      title: '设备联网',
      description: '边缘计算。',
      kind: 'diagnosis',
      sector: 'home-appliances',
      city: '青岛',
      avoidOrganizations: [{ id: '0123456789abcdef01234567', name: '不存在' }],
    });
    expect(badId.status).toBe(400);
    expect(badId.body.error.details).toEqual([
      expect.objectContaining({ path: 'avoidOrganizations.0.id' }),
    ]);
    const needId = await openNeed(setup.owner.client);
    const badExpert = await setup.owner.client.patch(`/needs/${needId}`, {
      avoidExperts: ['0123456789abcdef01234567'],
    });
    expect(badExpert.status).toBe(400);
    expect(badExpert.body.error.details).toEqual([
      expect.objectContaining({ path: 'avoidExperts.0' }),
    ]);
    const noName = await setup.owner.client.patch(`/needs/${needId}`, {
      avoidOrganizations: [{ name: '' }],
    });
    expect(noName.status).toBe(400);
    expect(noName.body.error.details).toEqual([
      expect.objectContaining({ path: 'avoidOrganizations.0.name' }),
    ]);
    const future = await (
      await expert(setup.platform.url, setup.bureau)
    ).client.put('/experts/me', {
      name: '张伟',
      organization: '别处',
      city: '青岛',
      pool: 'qingdao',
      skills: ['edge-computing'],
      sectors: [],
      formerOrganizations: [{ name: '某单位', leftYear: year + 1 }],
    });
    expect(future.status).toBe(400);
    expect(future.body.error.details).toEqual([
      expect.objectContaining({ path: 'formerOrganizations.0.leftYear' }),
    ]);
    const need = await setup.owner.client.get(`/needs/${needId}`).expect(200);
    expect(need.body.need).toMatchObject({ avoidOrganizations: [], avoidExperts: [] });
  });

  it('when the owner edits the lists, then only the owner and staff see them, and only they may ask about conflicts', async () => {
    const avoided = await expert(setup.platform.url, setup.bureau);
    const needId = await openNeed(setup.owner.client);
    const edited = await setup.owner.client.patch(`/needs/${needId}`, {
      avoidOrganizations: [{ id: rival.user.organizationId, name: 'x' }],
      avoidExperts: [avoided.expertId],
    });
    expect(edited.status).toBe(200);
    expect(edited.body.need).toMatchObject({
      avoidOrganizations: [{ id: rival.user.organizationId, name: rival.organizationName }],
      avoidExperts: [{ id: avoided.expertId, name: '张伟' }],
    });
    expect(
      (await setup.bureau.get(`/needs/${needId}`).expect(200)).body.need.avoidExperts,
    ).toHaveLength(1);
    const seenByRival = await rival.client.get(`/needs/${needId}`).expect(200);
    expect(seenByRival.body.need.avoidOrganizations).toBeUndefined();
    expect(seenByRival.body.need.avoidExperts).toBeUndefined();
    const listed = await rival.client.get('/needs?limit=100').expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(avoided.expertId);

    // Another enterprise reads the open need but may not ask about it, as with its matches.
    expect((await conflicts(rival.client, needId, avoided.expertId)).status).toBe(403);
    expect((await conflicts(avoided.client, needId, avoided.expertId)).status).toBe(404);
    expect((await conflicts(setup.owner.client, needId, '0123456789abcdef01234567')).status).toBe(
      404,
    );
    expect((await setup.owner.client.get(`/needs/${needId}/conflicts?expertId=nope`)).status).toBe(
      400,
    );
  });
});
