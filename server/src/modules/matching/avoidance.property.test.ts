import fc from 'fast-check';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expertProfile, staffClient } from '@test/support/factories';
import { startTestPlatform, type TestClient, type TestPlatform } from '@test/support/platform';
import { enterprise, expert, type ExpertParty } from '@test/support/invitations';
import { until } from '@test/support/wait';

/**
 * Zero violations: over generated pools (each expert's organization, written in one of several
 * ways, and former organizations with the year left), needs with avoidance lists (organizations by
 * id or by a variant of their name, experts) and suspensions, neither matches nor draws ever return
 * an expert who conflicts, and every expert who does not is still drawn. Whether an expert
 * conflicts is asked of `GET /needs/:id/conflicts`, and checked against what was generated.
 */

const POOL = 7;
const year = Number(
  new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()),
);

let platform: TestPlatform;
let bureau: TestClient;
let owner: TestClient;
/** Organizations by identity: 0 is the requesting one, 1–2 others on the platform, 3–4 names only. */
let names: string[];
let ids: (string | undefined)[];
let pool: ExpertParty[];

/** The same name as people write it: with spaces, in full width, in capitals. */
function variant(name: string, how: number): string {
  if (how === 1) return name.replace(/-/g, ' - ');
  if (how === 2)
    return name.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  if (how === 3) return name.toUpperCase().replace(/-/g, '·');
  return name;
}

beforeAll(async () => {
  platform = await startTestPlatform();
  bureau = (await staffClient(platform.url, 'bureau')).client;
  const requesting = await enterprise(platform.url);
  const others = [await enterprise(platform.url), await enterprise(platform.url, '深圳')];
  owner = requesting.client;
  const suffix = requesting.organizationName.split('-')[1];
  names = [
    requesting.organizationName,
    ...others.map((o) => o.organizationName),
    `slow-valley-${suffix} 研究院`,
    `北海 machinery-${suffix}`,
  ];
  ids = [requesting.user.organizationId, ...others.map((o) => o.user.organizationId)];
  pool = [];
  for (let i = 0; i < POOL; i++) pool.push(await expert(platform.url, bureau));
}, 120_000);

afterAll(async () => {
  await platform?.close();
});

/** An organization of `names`, by its index. */
const identity = fc.integer({ min: 0, max: 4 });

const profileArb = fc.record({
  organization: fc.oneof(identity, fc.constant(-1)),
  variant: fc.integer({ min: 0, max: 3 }),
  former: fc.array(
    fc.record({
      organization: identity,
      variant: fc.integer({ min: 0, max: 3 }),
      yearsAgo: fc.integer({ min: 0, max: 4 }),
    }),
    { maxLength: 2 },
  ),
});

const caseArb = fc.record({
  profiles: fc.array(profileArb, { minLength: POOL, maxLength: POOL }),
  avoidOrganizations: fc.uniqueArray(
    fc.record({
      organization: fc.integer({ min: 1, max: 4 }),
      byId: fc.boolean(),
      variant: fc.integer({ min: 0, max: 3 }),
    }),
    { maxLength: 3, selector: (o) => o.organization },
  ),
  avoidExperts: fc.uniqueArray(fc.integer({ min: 0, max: POOL - 1 }), { maxLength: 2 }),
  suspended: fc.uniqueArray(fc.integer({ min: 0, max: POOL - 1 }), { maxLength: 2 }),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

/** Which experts the generated case says conflict, from identities rather than names. */
function expectedConflicts(c: Case): Set<number> {
  const avoided = new Set([0, ...c.avoidOrganizations.map((o) => o.organization)]);
  const out = new Set<number>([...c.avoidExperts, ...c.suspended]);
  c.profiles.forEach((p, i) => {
    if (avoided.has(p.organization)) out.add(i);
    if (p.former.some((f) => avoided.has(f.organization) && f.yearsAgo < 3)) out.add(i);
  });
  return out;
}

async function arrange(c: Case): Promise<string[]> {
  for (const [i, p] of c.profiles.entries()) {
    const party = pool[i] as ExpertParty;
    const organization =
      p.organization < 0 ? `无关单位-${i}` : variant(names[p.organization] as string, p.variant);
    const res = await party.client.put(
      '/experts/me',
      expertProfile({
        organization,
        contact: {},
        formerOrganizations: p.former.map((f) => ({
          name: variant(names[f.organization] as string, f.variant),
          leftYear: year - f.yearsAgo,
        })),
      }),
    );
    expect(res.status).toBe(200);
    if (res.body.expert.verification.status !== 'verified')
      await bureau
        .post(`/experts/${party.expertId}/verification`, { decision: 'verified', note: '' })
        .then((r) => expect(r.status).toBe(200));
  }
  const suspensions: string[] = [];
  for (const i of c.suspended) {
    const res = await bureau.post(`/experts/${(pool[i] as ExpertParty).expertId}/suspensions`, {
      until: `${year + 1}-12-31`,
      reason: '属性测试',
    });
    expect(res.status).toBe(201);
    suspensions.push(res.body.suspension.id as string);
  }
  const db = mongoose.connection.db;
  if (!db) throw new Error('no database');
  const indexed = await until(
    async () => (await db.collection('experts').countDocuments({ 'search.pending': true })) === 0,
    10_000,
  );
  expect(indexed).toBe(true);
  return suspensions;
}

describe('avoidance is an invariant', () => {
  it('when pools, needs, avoidance lists and suspensions are generated, then matches and draws never return a conflicting expert and always every other', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const suspensions = await arrange(c);
        try {
          const need = await owner.post('/needs', {
            title: '家电工厂设备联网与边缘计算改造',
            description: '部署边缘计算网关。',
            kind: 'diagnosis',
            sector: 'home-appliances',
            requiredSkills: ['edge-computing'],
            city: '青岛',
            avoidOrganizations: c.avoidOrganizations.map((o) => {
              const id = ids[o.organization];
              const name = variant(names[o.organization] as string, o.variant);
              return o.byId && id ? { id, name: '按编号' } : { name };
            }),
            avoidExperts: c.avoidExperts.map((i) => (pool[i] as ExpertParty).expertId),
          });
          expect(need.status).toBe(201);
          const needId = need.body.need.id as string;

          const conflicting = new Set<string>();
          for (const party of pool) {
            const res = await owner
              .get(`/needs/${needId}/conflicts?expertId=${party.expertId}`)
              .expect(200);
            if (res.body.conflicts) conflicting.add(party.expertId);
            expect(res.body.reasons.length > 0).toBe(res.body.conflicts);
          }
          const expected = expectedConflicts(c);
          expect([...conflicting].sort()).toEqual(
            pool
              .filter((_, i) => expected.has(i))
              .map((p) => p.expertId)
              .sort(),
          );
          const free = pool
            .map((p) => p.expertId)
            .filter((id) => !conflicting.has(id))
            .sort();

          const matches = await owner.get(`/needs/${needId}/matches?limit=50`).expect(200);
          const matched = (matches.body.items as { expert: { id: string } }[]).map(
            (i) => i.expert.id,
          );
          const drawn = await owner.post(`/needs/${needId}/extraction`, { count: 50 });
          expect(drawn.status).toBe(201);
          const drawnIds = (drawn.body.experts as { id: string }[]).map((e) => e.id);
          expect(matched.filter((id) => conflicting.has(id))).toEqual([]);
          expect(drawnIds.filter((id) => conflicting.has(id))).toEqual([]);
          expect([...matched].sort()).toEqual(free);
          expect([...drawnIds].sort()).toEqual(free);
        } finally {
          for (const id of suspensions)
            await bureau.post(`/suspensions/${id}/lift`, { reason: '属性测试结束' });
        }
      }),
      { numRuns: 12 },
    );
  }, 300_000);
});
