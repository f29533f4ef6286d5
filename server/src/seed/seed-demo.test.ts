import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Role } from '@qs/shared';
import { PASSWORD, uniqueEmail } from '@test/support/factories';
import { TestClient, startTestPlatform, type TestPlatform } from '@test/support/platform';
import { agreementTotals } from '../modules/collaborations';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-data';
import { seedDemo } from './seed-demo';

const envAdmin = uniqueEmail('env-admin');
let platform: TestPlatform;
const clients = new Map<Role, TestClient>();

beforeAll(async () => {
  platform = await startTestPlatform({
    SEED_DEMO: 'auto',
    ADMIN_EMAIL: envAdmin,
    ADMIN_PASSWORD: PASSWORD,
  });
}, 90_000);
afterAll(async () => {
  await platform?.close();
});

function account(role: Role) {
  const found = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!found) throw new Error(`no demo ${role} account`);
  return found;
}

/** A client signed in as the demo account of `role`, reused across tests. */
async function as(role: Role): Promise<TestClient> {
  const known = clients.get(role);
  if (known) return known;
  const client = new TestClient(platform.url);
  const res = await client.agent
    .post('/api/v1/auth/login')
    .send({ email: account(role).email, password: DEMO_PASSWORD });
  if (res.status !== 200) throw new Error(`login as ${role}: ${res.status}`);
  clients.set(role, client);
  return client;
}

async function total(role: Role, url: string): Promise<number> {
  const res = await (await as(role)).get(url).expect(200);
  return res.body.total as number;
}

describe('demo data seeded at start on an empty database', () => {
  it('when each demo account signs in with the documented password, then it gets its role', async () => {
    for (const { role, email } of DEMO_ACCOUNTS) {
      const res = await new TestClient(platform.url).agent
        .post('/api/v1/auth/login')
        .send({ email, password: DEMO_PASSWORD });
      expect(res.status, role).toBe(200);
      expect(res.body.user).toMatchObject({ email, role });
    }
  });

  it('when ADMIN_EMAIL is set, then that admin exists besides the demo admin', async () => {
    const res = await new TestClient(platform.url).agent
      .post('/api/v1/auth/login')
      .send({ email: envAdmin, password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user.role).toBe('admin');
  });

  it('when the bureau lists experts, then there are nearly 300, about 30 in the Shenzhen pool', async () => {
    const res = await (await as('bureau')).get('/experts?limit=1').expect(200);
    expect(res.body.total).toBeGreaterThanOrEqual(280);
    expect(res.body.total).toBeLessThanOrEqual(300);
    expect(res.body.facets.pool.shenzhen).toBeGreaterThanOrEqual(25);
    expect(res.body.facets.pool.shenzhen).toBeLessThanOrEqual(30);
    expect(res.body.facets.pool.qingdao).toBeGreaterThan(200);
  });

  it('when the bureau searches by a skill alias, then seeded experts are found through the index', async () => {
    const bureau = await as('bureau');
    // The search index follows the seeded records within moments, through the outbox.
    await vi.waitFor(
      async () => {
        const res = await bureau.get(`/experts?q=${encodeURIComponent('PHM')}`).expect(200);
        expect(res.body.total).toBeGreaterThan(5);
        expect(res.body.items[0].skills).toContain('predictive-maintenance');
      },
      { timeout: 15_000, interval: 250 },
    );
  });

  it('when organizations are listed, then more than 140 are alliance members, the chair among them', async () => {
    expect(await total('bureau', '/organizations?allianceMember=true&limit=1')).toBeGreaterThan(
      140,
    );
    const chair = await (
      await as('bureau')
    )
      .get(`/organizations?q=${encodeURIComponent('海尔工业智能研究院')}`)
      .expect(200);
    expect(chair.body.items).toContainEqual(
      expect.objectContaining({ name: '海尔工业智能研究院', allianceMember: true }),
    );
  });

  it('when the bureau opens its queue, then pending profiles wait for verification', async () => {
    const res = await (await as('bureau')).get('/experts?status=pending&limit=100').expect(200);
    expect(res.body.total).toBeGreaterThanOrEqual(5);
    for (const expert of res.body.items) expect(expert.verification.status).toBe('pending');
    expect(await total('bureau', '/experts?status=rejected&limit=1')).toBeGreaterThan(0);
  });

  it('when the enterprise lists experts, then it sees exactly the verified ones not frozen', async () => {
    const res = await (await as('enterprise')).get('/experts?limit=100').expect(200);
    for (const expert of res.body.items) expect(expert.verification.status).toBe('verified');
    const freshness = await (await as('bureau')).get('/freshness').expect(200);
    const count = (key: 'current' | 'due' | 'frozen') =>
      freshness.body.items.reduce(
        (sum: number, row: Record<string, number>) => sum + (row[key] ?? 0),
        0,
      );
    expect(count('frozen')).toBeGreaterThan(0);
    expect(count('due')).toBeGreaterThan(count('frozen'));
    expect(count('current')).toBeGreaterThan(count('due'));
    expect(res.body.total).toBe(
      (await total('bureau', '/experts?status=verified&limit=1')) - count('frozen'),
    );
  });

  it('when the enterprise looks at its organization, then it is 九方泰禾 with its own needs', async () => {
    const enterprise = await as('enterprise');
    const me = await enterprise.get('/auth/me').expect(200);
    const org = await enterprise.get(`/organizations/${me.body.user.organizationId}`).expect(200);
    expect(org.body.organization.name).toBe(account('enterprise').organization);
    const mine = await enterprise.get('/needs?mine=true').expect(200);
    expect(mine.body.total).toBeGreaterThanOrEqual(2);
  });

  it('when the expert opens its own profile, then it is a verified seeded profile', async () => {
    const expert = await as('expert');
    const me = await expert.get('/auth/me').expect(200);
    const res = await expert.get('/experts/me').expect(200);
    expect(res.body.expert).toMatchObject({
      id: me.body.user.expertId,
      verification: { status: 'verified' },
      contact: { email: account('expert').email },
    });
    expect(res.body.expert.skills.length).toBeGreaterThanOrEqual(2);
  });

  it('when needs are counted, then there are more than 50 diagnosis needs and 1,300 scenarios', async () => {
    expect(await total('bureau', '/needs?kind=diagnosis&limit=1')).toBeGreaterThan(50);
    expect(await total('bureau', '/needs?kind=scenario&limit=1')).toBeGreaterThan(1300);
  });

  it('when agreements are counted, then 30 expert, 3 enablement and 5 framework agreements exist', async () => {
    // No agreements route exists yet: the collaborations module counts them.
    expect((await agreementTotals()).byKind).toEqual({
      'expert-cooperation': 30,
      enablement: 3,
      framework: 5,
    });
  });

  it('when the bureau reads the statistics, then they show the alliance’s figures back', async () => {
    const res = await (await as('bureau')).get('/stats/overview').expect(200);
    const { experts, organizations, needs, agreements } = res.body;
    expect(experts.total).toBeGreaterThanOrEqual(280);
    expect(experts.total).toBeLessThan(300);
    expect(experts.byPool.shenzhen).toBeGreaterThanOrEqual(25);
    expect(experts.byPool.shenzhen).toBeLessThanOrEqual(30);
    expect(organizations.allianceMembers).toBeGreaterThan(140);
    expect(organizations.byType.association).toBeGreaterThanOrEqual(5);
    expect(needs.byKind.diagnosis).toBeGreaterThan(50);
    expect(needs.byKind.scenario).toBeGreaterThan(1300);
    expect(agreements.byKind).toEqual({ 'expert-cooperation': 30, enablement: 3, framework: 5 });
  });

  it('when the bureau reads the fairness figures, then the demo history is skewed but not absurd, in both pools, and the counters agree with it', async () => {
    const bureau = await as('bureau');
    const { body: f } = await bureau.get('/stats/fairness').expect(200);
    expect(f.engagements).toBeGreaterThan(200);
    // A few experts take much of the work, and many never got any: what the pool rules address.
    expect(f.top10Share).toBeGreaterThan(0.4);
    expect(f.top10Share).toBeLessThan(0.8);
    expect(f.gini).toBeGreaterThan(0.5);
    expect(f.gini).toBeLessThan(0.9);
    expect(f.neverEngaged / f.experts).toBeGreaterThan(0.3);
    expect(f.neverEngaged / f.experts).toBeLessThan(0.8);
    for (const pool of ['qingdao', 'shenzhen']) {
      const figures = f.byPool.find((p: { key: string }) => p.key === pool);
      expect(figures.engaged, pool).toBeGreaterThan(5);
      expect(figures.responseRate, pool).toBeGreaterThan(0.4);
      expect(figures.responseRate, pool).toBeLessThan(0.95);
    }
    const { body: overview } = await bureau.get('/stats/overview').expect(200);
    expect(overview.invitations.total).toBe(
      f.byPool.reduce((sum: number, p: { invitations: number }) => sum + p.invitations, 0),
    );
    expect(overview.invitations.expired).toBeGreaterThan(0);
    expect(overview.invitations.declined).toBeGreaterThan(0);
    expect(overview.invitations.pending).toBe(0);
    // The demo accounts start with a clean slate.
    const expert = await as('expert');
    expect((await expert.get('/collaborations').expect(200)).body.total).toBe(0);
    const enterprise = await as('enterprise');
    expect((await enterprise.get('/invitations').expect(200)).body.total).toBe(0);
  });

  it('when seeding runs a second time, then it creates nothing new', async () => {
    const urls = [
      '/experts?limit=1',
      '/organizations?limit=1',
      '/needs?limit=1',
      '/admin/users?limit=1',
    ];
    const role = (url: string): Role => (url.startsWith('/admin') ? 'admin' : 'bureau');
    const before = await Promise.all(urls.map((url) => total(role(url), url)));
    const summary = await seedDemo();
    expect(summary.created).toEqual({
      organizations: 0,
      experts: 0,
      accounts: 0,
      needs: 0,
      agreements: 0,
      invitations: 0,
      collaborations: 0,
    });
    expect(await Promise.all(urls.map((url) => total(role(url), url)))).toEqual(before);
  });

  it('when the bureau imports a real expert beside the demo profiles, then a need’s matches show the real one before sample profiles that score higher', async () => {
    const name = '纪实专家';
    const csv =
      '姓名,单位,城市,专家库,技能,行业,邮箱,状态\r\n' +
      `${name},青岛某检测公司,青岛,青岛,机器视觉质检,纺织服装,${uniqueEmail('real')},available\r\n`;
    const bureau = await as('bureau');
    const token = await bureau.csrfToken();
    const imported = await bureau.agent
      .post('/api/v1/admin/import/experts?verified=true')
      .set('x-csrf-token', token)
      .attach('file', Buffer.from(csv), 'experts.csv');
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    const enterprise = await as('enterprise');
    const posted = await enterprise.post('/needs', {
      title: '外观缺陷检测与排产',
      description: '产线需要自动检测外观缺陷，并优化生产排程。',
      kind: 'project',
      sector: 'home-appliances',
      city: '青岛',
      requiredSkills: ['machine-vision', 'aps'],
    });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);

    type Item = { expert: { name: string }; score: number };
    const items = await vi.waitFor(
      async () => {
        const res = await enterprise.get(`/needs/${posted.body.need.id}/matches`).expect(200);
        const found = res.body.items as Item[];
        if (!found.some((item) => item.expert.name === name)) throw new Error('not matched yet');
        return found;
      },
      { timeout: 10_000, interval: 200 },
    );
    expect(items[0]?.expert.name).toBe(name);
    const best = Math.max(...items.slice(1).map((item) => item.score));
    expect(best, 'sample profiles scoring higher come after it').toBeGreaterThan(
      items[0]?.score ?? 1,
    );
  });
});
