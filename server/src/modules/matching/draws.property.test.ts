import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExtractionDto } from '@qs/shared';
import { openNeed } from '@test/support/invitations';
import { findExperts } from '../experts';
import { findNeed } from '../needs';
import { eligibilityFor } from './eligibility';
import { platformWithEnterprise } from '@test/support/arranged';

/*
 * Over generated pools (experts of every pool, availability and organization, some of the need's
 * own organization) and needs, a draw and whatever follows it (withdrawals that call reserves,
 * experts who stop qualifying meanwhile, top-ups) never holds an expert twice and never calls
 * one the pool's rules exclude at that moment. The rules are asked of `eligibilityFor` itself, so
 * a rule added there is checked here too.
 */

const setup = platformWithEnterprise();

const SKILL = 'simulation';

const expertArb = fc.record({
  pool: fc.constantFrom('qingdao', 'shenzhen', 'other'),
  availability: fc.constantFrom('available', 'limited', 'unavailable'),
  ownOrganization: fc.boolean(),
});

const opArb = fc.oneof(
  fc.record({ kind: fc.constant('withdraw' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('change' as const),
    pick: fc.nat(),
    availability: fc.constantFrom('available', 'unavailable'),
  }),
  fc.record({ kind: fc.constant('top-up' as const), count: fc.integer({ min: 1, max: 3 }) }),
);

interface Row {
  email: string;
  pool: string;
  availability: string;
  organization: string;
}

async function importRows(rows: Row[]) {
  const csv = [
    'name,organization,city,pool,skills,email,availability',
    ...rows.map(
      (r) => `专家,${r.organization},青岛,${r.pool},${SKILL},${r.email},${r.availability}`,
    ),
  ].join('\r\n');
  const token = await setup.bureau.csrfToken();
  const res = await setup.bureau.agent
    .post('/api/v1/admin/import/experts')
    .set('x-csrf-token', token)
    .attach('file', Buffer.from(`${csv}\r\n`), 'experts.csv');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.rejected).toEqual([]);
  await setup.platform.search.indexer.drain();
}

/** Members that entered a seat or a top-up since `before`: each must qualify now. */
function called(before: ExtractionDto | undefined, after: ExtractionDto): string[] {
  const was = new Map(before?.members.map((m) => [m.expertId, m.state]));
  return after.members
    .filter((m) => {
      const now = m.state === 'inviting' || m.state === 'invited';
      const then = was.get(m.expertId);
      return now && then !== 'inviting' && then !== 'invited';
    })
    .map((m) => m.expertId);
}

async function excludedNow(needId: string, pools: ExtractionDto['pools'], ids: string[]) {
  const need = (await findNeed(needId))!;
  const eligibility = await eligibilityFor(need, pools);
  const records = await findExperts(ids);
  expect(records).toHaveLength(ids.length);
  return records.filter((r) => !eligibility.admitsRecord(r)).map((r) => r._id.toString());
}

function assertNoRepeat(draw: ExtractionDto) {
  const ids = draw.members.map((m) => m.expertId);
  expect(new Set(ids).size).toBe(ids.length);
}

describe('draws, replacements and top-ups', () => {
  it('never pick an expert twice nor one the pool’s rules exclude', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(expertArb, { minLength: 2, maxLength: 8 }),
        fc.option(fc.subarray(['qingdao', 'shenzhen', 'other'], { minLength: 1 }), {
          nil: undefined,
        }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.array(opArb, { maxLength: 5 }),
        async (experts, pools, count, reserves, ops) => {
          const rows = experts.map((e) => ({
            email: `p-${randomUUID().slice(0, 8)}@example.com`,
            pool: e.pool,
            availability: e.availability,
            organization: e.ownOrganization ? setup.owner.organizationName : '青岛独立研究院',
          }));
          await importRows(rows);
          const needId = await openNeed(setup.owner.client, { requiredSkills: [SKILL] });
          const res = await setup.owner.client.post(`/needs/${needId}/extraction`, {
            count,
            reserves,
            invite: true,
            ...(pools ? { pools } : {}),
          });
          expect(res.status, JSON.stringify(res.body)).toBe(201);
          let draw = res.body as ExtractionDto;
          assertNoRepeat(draw);
          expect(
            await excludedNow(
              needId,
              draw.pools,
              draw.members.map((m) => m.expertId),
            ),
          ).toEqual([]);

          for (const op of ops) {
            const before = draw;
            if (op.kind === 'withdraw') {
              const invited = draw.members.filter((m) => m.state === 'invited');
              const member = invited[op.pick % Math.max(1, invited.length)];
              if (!member) continue;
              const w = await setup.owner.client.post(
                `/invitations/${member.invitationId}/withdraw`,
                {},
              );
              expect(w.status).toBe(200);
            } else if (op.kind === 'change') {
              const row = rows[op.pick % rows.length]!;
              row.availability = op.availability;
              await importRows([row]);
              continue;
            } else {
              const t = await setup.owner.client.post(
                `/needs/${needId}/extraction/${draw.id}/top-up`,
                {
                  count: op.count,
                },
              );
              expect([200, 409]).toContain(t.status);
              if (t.status === 200) {
                const added = (t.body as ExtractionDto).topUps.at(-1)!.expertIds;
                expect(await excludedNow(needId, draw.pools, added)).toEqual([]);
                for (const id of added)
                  expect(before.members.map((m) => m.expertId)).not.toContain(id);
              }
            }
            draw = (
              await setup.owner.client.get(`/needs/${needId}/extraction/${draw.id}`).expect(200)
            ).body as ExtractionDto;
            assertNoRepeat(draw);
            expect(await excludedNow(needId, draw.pools, called(before, draw))).toEqual([]);
          }
          const replay = await setup.owner.client.get(
            `/needs/${needId}/extraction/${draw.id}/replay`,
          );
          expect(replay.body.consistent).toBe(true);
        },
      ),
      { numRuns: 10 },
    );
  }, 180_000);
});
