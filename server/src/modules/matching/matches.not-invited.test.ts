import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffClient } from '@test/support/factories';
import { enterprise, expert, invite, openNeed } from '@test/support/invitations';
import { startTestPlatform, type TestClient, type TestPlatform } from '@test/support/platform';

let platform: TestPlatform;
let owner: TestClient;
let needId: string;
const experts: string[] = [];

const skills = ['port-logistics', 'cold-chain'];

beforeAll(async () => {
  platform = await startTestPlatform();
  const bureau = (await staffClient(platform.url, 'bureau')).client;
  owner = (await enterprise(platform.url)).client;
  for (const name of ['港口专家甲', '港口专家乙', '港口专家丙']) {
    experts.push(
      (await expert(platform.url, bureau, { name, skills, sectors: ['logistics'] })).expertId,
    );
  }
  await platform.search.indexer.drain();
  needId = await openNeed(owner, { sector: 'logistics', requiredSkills: skills });
});
afterAll(async () => {
  await platform?.close();
});

const matchedIds = async (query: string) => {
  const res = await owner.get(`/needs/${needId}/matches${query}`).expect(200);
  return (res.body.items as Array<{ expert: { id: string } }>).map((item) => item.expert.id);
};

describe('matches not yet invited', () => {
  it('when notInvited=true, then the experts invited to the need are left out and the others fill the page', async () => {
    const [invited, withdrawn, other] = experts as [string, string, string];
    expect(await matchedIds('?limit=2')).toHaveLength(2);
    expect((await invite(owner, needId, invited)).status).toBe(201);
    const second = await invite(owner, needId, withdrawn);
    expect(second.status).toBe(201);
    const withdrawal = await owner.post(`/invitations/${second.body.invitation.id}/withdraw`, {
      reason: '需求已调整',
    });
    expect(withdrawal.status).toBe(200);

    const all = await matchedIds('?limit=20');
    expect(all).toEqual(expect.arrayContaining(experts));
    const open = await matchedIds('?limit=20&notInvited=true');
    expect(open).toContain(other);
    expect(open).not.toContain(invited);
    expect(open).not.toContain(withdrawn);
    expect(await matchedIds('?limit=1&notInvited=true')).toEqual([other]);
    // The invitations count in the experts' scores as the index catches up: compare who, not in what order.
    expect((await matchedIds('?limit=20&notInvited=false')).sort()).toEqual([...all].sort());
  });

  it('when notInvited is not a boolean, then it answers 400 naming the query field', async () => {
    const res = await owner.get(`/needs/${needId}/matches?notInvited=yes`);
    expect(res.status).toBe(400);
    const paths = (res.body.error.details as Array<{ path: string }>).map((d) => d.path);
    expect(paths).toContain('query.notInvited');
  });
});
