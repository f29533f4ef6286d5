import mongoose, { Types } from 'mongoose';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enterpriseRegistration,
  expertProfile,
  expertRegistration,
  registeredClient,
  staffClient,
  submittedExpert,
  verifiedExpert,
} from '@test/support/factories';
import { acceptedInvitation } from '@test/support/invitations';
import { startTestPlatform, type TestClient, type TestPlatform } from '@test/support/platform';

let platform: TestPlatform;
let bureau: TestClient;
let qingdaoEnterprise: TestClient;
let shenzhenEnterprise: TestClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  bureau = (await staffClient(platform.url, 'bureau')).client;
  const qd = await registeredClient(platform.url, enterpriseRegistration());
  qingdaoEnterprise = qd.client;
  shenzhenEnterprise = (
    await registeredClient(
      platform.url,
      enterpriseRegistration({
        organization: { name: `深圳智联-${Date.now()}`, type: 'enterprise', city: '深圳' },
      }),
    )
  ).client;
});
afterAll(async () => {
  await platform?.close();
});

const ids = (res: request.Response) => (res.body.items as Array<{ id: string }>).map((e) => e.id);

describe('expert profiles', () => {
  it('when an expert registers, then an incomplete profile is opened and linked to the account', async () => {
    const { client, user } = await registeredClient(platform.url, expertRegistration());
    expect(user.expertId).toMatch(/^[a-f0-9]{24}$/);
    const res = await client.get('/experts/me').expect(200);
    expect(res.body.expert).toMatchObject({
      id: user.expertId,
      verification: { status: 'incomplete' },
    });
  });

  it('when the expert submits the profile, then it waits for verification with the submission recorded', async () => {
    const { expert } = await submittedExpert(platform.url);
    const res = await bureau.get(`/experts/${expert.id}`).expect(200);
    expect(res.body.expert.verification.status).toBe('pending');
    expect(res.body.expert.verification.history).toEqual([
      expect.objectContaining({ decision: 'submitted' }),
    ]);
  });

  it('when a skill is not in the taxonomy, then it answers 400 naming the field and saves nothing', async () => {
    const { client } = await registeredClient(platform.url, expertRegistration());
    const res = await client.put(
      '/experts/me',
      expertProfile({ skills: ['edge-computing', 'telepathy'] }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details).toContainEqual(expect.objectContaining({ path: 'skills.1' }));
    const me = await client.get('/experts/me').expect(200);
    expect(me.body.expert.skills).toEqual([]);
  });

  it('when the profile has an unknown field or a bad pool, then it answers 400 naming them', async () => {
    const { client } = await registeredClient(platform.url, expertRegistration());
    const res = await client.put('/experts/me', expertProfile({ pool: 'beijing', salary: 1 }));
    expect(res.status).toBe(400);
    const paths = (res.body.error.details as Array<{ path: string }>).map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['pool', 'salary']));
  });

  it('when a verified expert edits the bio, then it stays verified; when the skills change, then it goes back to pending', async () => {
    const { client } = await verifiedExpert(platform.url, bureau);
    const bio = await client.put('/experts/me', expertProfile({ bio: '新的简介' }));
    expect(bio.body.expert.verification.status).toBe('verified');
    const skills = await client.put('/experts/me', expertProfile({ skills: ['digital-twin'] }));
    expect(skills.body.expert.verification.status).toBe('pending');
  });

  it('when the contact email is another profile’s, then it answers a 409 that does not say whose, and saves nothing', async () => {
    const first = await submittedExpert(platform.url);
    const { client } = await submittedExpert(platform.url);
    const res = await client.put(
      '/experts/me',
      expertProfile({ contact: { email: first.expert.contact.email }, bio: '改动' }),
    );
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({
      code: 'conflict',
      message: '此联系邮箱不能用于该档案',
      details: [{ path: 'contact.email', code: 'cannot_be_used', message: '不能使用' }],
    });
    expect((await client.get('/experts/me')).body.expert.bio).not.toBe('改动');
  });

  it('when an enterprise asks for /experts/me, then it answers 403', async () => {
    await qingdaoEnterprise.get('/experts/me').expect(403);
  });
});

describe('verification', () => {
  it('when the bureau verifies a pending expert, then enterprises find it; before that they do not', async () => {
    const { expert } = await submittedExpert(platform.url, { name: `待审专家${Date.now()}` });
    expect(ids(await qingdaoEnterprise.get('/experts?limit=100'))).not.toContain(expert.id);
    await qingdaoEnterprise.get(`/experts/${expert.id}`).expect(404);

    const queue = await bureau.get('/experts?status=pending&limit=100').expect(200);
    expect(ids(queue)).toContain(expert.id);

    const res = await bureau.post(`/experts/${expert.id}/verification`, {
      decision: 'verified',
      note: '资料齐全',
    });
    expect(res.status).toBe(200);
    expect(res.body.expert.verification).toMatchObject({ status: 'verified', note: '资料齐全' });
    expect(ids(await qingdaoEnterprise.get('/experts?limit=100'))).toContain(expert.id);
    await qingdaoEnterprise.get(`/experts/${expert.id}`).expect(200);
  });

  it('when the bureau rejects with a note, then the expert sees the note and the decision is recorded', async () => {
    const { client, expert } = await submittedExpert(platform.url);
    const decided = await bureau.post(`/experts/${expert.id}/verification`, {
      decision: 'rejected',
      note: '缺少职称证明',
    });
    expect(decided.status).toBe(200);
    const me = await client.get('/experts/me').expect(200);
    expect(me.body.expert.verification).toMatchObject({ status: 'rejected', note: '缺少职称证明' });
    expect(
      me.body.expert.verification.history.map((e: { decision: string }) => e.decision),
    ).toEqual(['submitted', 'rejected']);
    const audit = await mongoose.connection
      .collection('auditevents')
      .findOne({ targetId: new Types.ObjectId(expert.id), action: 'expert.rejected' });
    expect(audit).toMatchObject({ note: '缺少职称证明' });
  });

  it('when the same decision is made twice, then the second answers 409', async () => {
    const { expert } = await verifiedExpert(platform.url, bureau);
    const res = await bureau.post(`/experts/${expert.id}/verification`, {
      decision: 'verified',
      note: '',
    });
    expect(res.status).toBe(409);
  });

  it('when an expert or an enterprise tries to verify, then it answers 403 and nothing changes', async () => {
    const { client, expert } = await submittedExpert(platform.url);
    expect(
      (await client.post(`/experts/${expert.id}/verification`, { decision: 'verified' })).status,
    ).toBe(403);
    expect(
      (await qingdaoEnterprise.post(`/experts/${expert.id}/verification`, { decision: 'verified' }))
        .status,
    ).toBe(403);
    const res = await bureau.get(`/experts/${expert.id}`).expect(200);
    expect(res.body.expert.verification.status).toBe('pending');
  });

  it('when the decision is not verified/rejected or the id is malformed, then it answers 400', async () => {
    const { expert } = await submittedExpert(platform.url);
    expect(
      (await bureau.post(`/experts/${expert.id}/verification`, { decision: 'maybe' })).status,
    ).toBe(400);
    expect(
      (await bureau.post('/experts/not-an-id/verification', { decision: 'verified' })).status,
    ).toBe(400);
    expect(
      (
        await bureau.post(`/experts/${new Types.ObjectId().toString()}/verification`, {
          decision: 'verified',
        })
      ).status,
    ).toBe(404);
  });
});

describe('pools opened to each other', () => {
  it('when the Shenzhen pool is closed to other cities, then Qingdao enterprises no longer see its experts, Shenzhen ones still do', async () => {
    const { expert } = await verifiedExpert(platform.url, bureau, {
      pool: 'shenzhen',
      city: '深圳',
    });
    expect(ids(await qingdaoEnterprise.get('/experts?pool=shenzhen&limit=100'))).toContain(
      expert.id,
    );

    const closed = await bureau.patch('/pools/shenzhen', { openToOtherCities: false });
    expect(closed.body).toEqual({ pool: 'shenzhen', openToOtherCities: false });
    try {
      expect(ids(await qingdaoEnterprise.get('/experts?limit=100'))).not.toContain(expert.id);
      await qingdaoEnterprise.get(`/experts/${expert.id}`).expect(404);
      expect(ids(await shenzhenEnterprise.get('/experts?limit=100'))).toContain(expert.id);
      await shenzhenEnterprise.get(`/experts/${expert.id}`).expect(200);
      expect(ids(await bureau.get('/experts?limit=100'))).toContain(expert.id);
    } finally {
      await bureau.patch('/pools/shenzhen', { openToOtherCities: true });
    }
    expect(ids(await qingdaoEnterprise.get('/experts?limit=100'))).toContain(expert.id);
  });

  it('when an enterprise tries to change a pool setting, then it answers 403', async () => {
    const res = await qingdaoEnterprise.patch('/pools/qingdao', { openToOtherCities: false });
    expect(res.status).toBe(403);
    const pools = await qingdaoEnterprise.get('/pools').expect(200);
    expect(pools.body.items).toContainEqual({ pool: 'qingdao', openToOtherCities: true });
  });
});

describe('contact privacy', () => {
  it('when an enterprise reads a verified expert, then the contact is hidden; the expert and the bureau see it', async () => {
    const { client, expert } = await verifiedExpert(platform.url, bureau);
    const seen = await qingdaoEnterprise.get(`/experts/${expert.id}`).expect(200);
    expect(seen.body.expert).not.toHaveProperty('contact');
    const listed = await qingdaoEnterprise.get('/experts?limit=100').expect(200);
    expect(listed.body.items.every((e: object) => !('contact' in e))).toBe(true);
    expect((await client.get('/experts/me')).body.expert.contact.email).toBe(expert.contact.email);
    expect((await bureau.get(`/experts/${expert.id}`)).body.expert.contact.email).toBe(
      expert.contact.email,
    );
  });

  it('when the enterprise holds an accepted invitation to the expert, then it sees the contact', async () => {
    const { client, user, expert } = await verifiedExpert(platform.url, bureau);
    await acceptedInvitation(qingdaoEnterprise, { client, user, expertId: expert.id });
    const res = await qingdaoEnterprise.get(`/experts/${expert.id}`).expect(200);
    expect(res.body.expert.contact.email).toBe(expert.contact.email);
    const other = await shenzhenEnterprise.get(`/experts/${expert.id}`).expect(200);
    expect(other.body.expert).not.toHaveProperty('contact');
  });

  it('when the enterprise lists experts, then the contact shows exactly for those it holds an accepted invitation to', async () => {
    const profile = { skills: ['investment-finance'], sectors: ['rubber-tires'] };
    const invited = await verifiedExpert(platform.url, bureau, profile);
    const others = await Promise.all([
      verifiedExpert(platform.url, bureau, profile),
      verifiedExpert(platform.url, bureau, profile),
    ]);
    await acceptedInvitation(qingdaoEnterprise, {
      client: invited.client,
      user: invited.user,
      expertId: invited.expert.id,
    });
    const res = await qingdaoEnterprise
      .get('/experts?skills=investment-finance&limit=100')
      .expect(200);
    const contactOf = new Map(
      (res.body.items as Array<{ id: string; contact?: { email?: string } }>).map((e) => [
        e.id,
        e.contact?.email,
      ]),
    );
    expect(contactOf.get(invited.expert.id)).toBe(invited.expert.contact.email);
    for (const other of others) {
      expect(contactOf.has(other.expert.id)).toBe(true);
      expect(contactOf.get(other.expert.id)).toBeUndefined();
    }
  });
});

describe('search filters and facets', () => {
  it('when filtering by skill and sector, then only matching experts come back with facet counts', async () => {
    const { expert } = await verifiedExpert(platform.url, bureau, {
      skills: ['opc-ua'],
      sectors: ['rubber-tires'],
    });
    const res = await qingdaoEnterprise
      .get('/experts?skills=opc-ua&sectors=rubber-tires&limit=100')
      .expect(200);
    expect(ids(res)).toContain(expert.id);
    expect(res.body.items.every((e: { skills: string[] }) => e.skills.includes('opc-ua'))).toBe(
      true,
    );
    expect(res.body.facets.skills['opc-ua']).toBe(res.body.total);
    expect(res.body.facets.pool).toBeTypeOf('object');
  });

  it('when the query names a skill by its Chinese alias, then experts with that skill are found', async () => {
    const { expert } = await verifiedExpert(platform.url, bureau, { skills: ['tsn'], bio: '' });
    const other = await verifiedExpert(platform.url, bureau, {
      skills: ['erp'],
      bio: '企业资源计划实施顾问',
    });
    await platform.search.indexer.drain();
    const res = await qingdaoEnterprise
      .get(`/experts?q=${encodeURIComponent('确定性网络')}&limit=100`)
      .expect(200);
    expect(ids(res)).toContain(expert.id);
    expect(ids(res)).not.toContain(other.expert.id);
    const everyone = await qingdaoEnterprise.get('/experts?limit=100').expect(200);
    expect(res.body.total).toBeLessThan(everyone.body.total);
  });

  it('when the query names something no expert has, then nobody is found', async () => {
    await verifiedExpert(platform.url, bureau, { skills: ['tsn'], bio: '' });
    await platform.search.indexer.drain();
    const res = await qingdaoEnterprise
      .get(`/experts?q=${encodeURIComponent('潜水艇声呐')}&limit=100`)
      .expect(200);
    expect(res.body).toMatchObject({ items: [], total: 0 });
  });

  it('when a filter value is invalid, then it answers 400 naming the query field', async () => {
    const res = await qingdaoEnterprise.get('/experts?skills=telepathy&limit=500');
    expect(res.status).toBe(400);
    const paths = (res.body.error.details as Array<{ path: string }>).map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['query.skills.0', 'query.limit']));
  });
});

describe('reference data and organizations', () => {
  it('when anyone asks for the taxonomy, then skills and sectors come with names and aliases', async () => {
    const res = await request(platform.url).get('/api/v1/taxonomy').expect(200);
    expect(res.body.skills.length).toBeGreaterThan(30);
    expect(res.body.skills[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        zh: expect.any(String),
        en: expect.any(String),
        aliases: expect.any(Array),
      }),
    );
    expect(res.body.sectors.map((s: { id: string }) => s.id)).toContain('home-appliances');
  });

  it('when the bureau creates and edits an organization, then the list finds it by Chinese name, city and membership', async () => {
    const name = `青岛港集团测试${Date.now()}`;
    const created = await bureau.post('/organizations', {
      name,
      type: 'enterprise',
      city: '青岛',
      sectors: ['port-shipping'],
      allianceMember: true,
      allianceJoinedAt: '2021-03-30',
    });
    expect(created.status).toBe(201);
    const id = created.body.organization.id as string;
    const found = await qingdaoEnterprise
      .get(
        `/organizations?q=${encodeURIComponent('港集团测试')}&city=${encodeURIComponent('青岛')}&allianceMember=true`,
      )
      .expect(200);
    expect(found.body.items.map((o: { id: string }) => o.id)).toContain(id);

    const patched = await bureau.patch(`/organizations/${id}`, {
      allianceMember: false,
      allianceJoinedAt: null,
    });
    expect(patched.status).toBe(200);
    expect(patched.body.organization.allianceMember).toBe(false);
    expect(patched.body.organization).not.toHaveProperty('allianceJoinedAt');
  });

  it('when the name exists already, then it answers 409; when an enterprise writes, then 403', async () => {
    const body = { name: `重复单位${Date.now()}`, type: 'institute', city: '青岛' };
    expect((await bureau.post('/organizations', body)).status).toBe(201);
    expect((await bureau.post('/organizations', body)).status).toBe(409);
    expect(
      (await qingdaoEnterprise.post('/organizations', { ...body, name: `${body.name}x` })).status,
    ).toBe(403);
  });

  it('when the organization does not exist or the id is malformed, then 404 and 400', async () => {
    await qingdaoEnterprise.get(`/organizations/${new Types.ObjectId().toString()}`).expect(404);
    await qingdaoEnterprise.get('/organizations/xyz').expect(400);
  });
});
