import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { platformWithEnterprise } from '@test/support/arranged';
import { enterpriseRegistration } from '@test/support/factories';
import { TestClient } from '@test/support/platform';
import {
  acceptedInvitation,
  expert,
  invite,
  openNeed,
  type ExpertParty,
} from '@test/support/invitations';

/**
 * Access belongs to the organization, not to the person who made a record: a colleague approved
 * into it reads and acts on what another member created, and a colleague still waiting does not.
 */
const setup = platformWithEnterprise();
let colleague: TestClient;
let waiting: TestClient;
let invited: ExpertParty;

async function member(organizationName: string): Promise<{ client: TestClient; id: string }> {
  const client = new TestClient(setup.platform.url);
  const res = await client.agent
    .post('/api/v1/auth/register')
    .send(
      enterpriseRegistration({
        organization: { name: organizationName, type: 'enterprise', city: '青岛' },
      }),
    )
    .expect(201);
  return { client, id: res.body.user.id as string };
}

beforeAll(async () => {
  invited = await expert(setup.platform.url, setup.bureau);
  const approved = await member(setup.owner.organizationName);
  const orgId = setup.owner.user.organizationId as string;
  const decision = await setup.owner.client.post(
    `/organizations/${orgId}/members/${approved.id}/approve`,
    {},
  );
  expect(decision.status).toBe(200);
  colleague = approved.client;
  waiting = (await member(setup.owner.organizationName)).client;
});

describe('colleagues of one organization', () => {
  it('when one member posts a need, then a colleague reads, edits and matches it, and sees it among the organization’s', async () => {
    const needId = await openNeed(setup.owner.client);
    await colleague.get(`/needs/${needId}`).expect(200);
    const mine = await colleague.get('/needs?mine=true&limit=100').expect(200);
    expect(mine.body.items.map((n: { id: string }) => n.id)).toContain(needId);
    const edited = await colleague.patch(`/needs/${needId}`, { title: '同事修改后的标题' });
    expect(edited.status).toBe(200);
    await colleague.get(`/needs/${needId}/matches`).expect(200);
    for (const path of [`/needs/${needId}`, `/needs/${needId}/matches`, '/needs?mine=true']) {
      const refused = await waiting.get(path);
      expect(refused.status, path).toBe(403);
    }
  });

  it('when one member invites, then a colleague lists and withdraws that invitation', async () => {
    const needId = await openNeed(setup.owner.client);
    const sent = await invite(setup.owner.client, needId, invited.expertId);
    const id = sent.body.invitation.id as string;
    const listed = await colleague.get('/invitations?status=pending&limit=100').expect(200);
    expect(listed.body.items.map((i: { id: string }) => i.id)).toContain(id);
    expect((await waiting.post(`/invitations/${id}/withdraw`, {})).status).toBe(403);
    const withdrawn = await colleague.post(`/invitations/${id}/withdraw`, { reason: '同事撤回' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.invitation.status).toBe('withdrawn');
  });

  it('when an invitation one member sent is accepted, then a colleague follows the collaboration and chats in the conversation', async () => {
    const { collaborationId, conversationId } = await acceptedInvitation(
      setup.owner.client,
      invited,
    );
    await colleague.get(`/collaborations/${collaborationId}`).expect(200);
    const agreed = await colleague.post(`/collaborations/${collaborationId}/agreement`, {
      documentRef: 'QD-COLLEAGUE-1',
    });
    expect(agreed.status).toBe(200);
    const body = `同事的消息 ${randomUUID()}`;
    const sent = await colleague.post(`/conversations/${conversationId}/messages`, {
      body,
      clientId: randomUUID(),
    });
    expect(sent.status).toBe(201);
    const seen = await setup.owner.client
      .get(`/conversations/${conversationId}/messages`)
      .expect(200);
    expect(seen.body.items.map((m: { body: string }) => m.body)).toContain(body);
    expect((await waiting.get(`/conversations/${conversationId}/messages`)).status).toBe(403);
    expect((await waiting.get(`/collaborations/${collaborationId}`)).status).toBe(403);
  });
});
