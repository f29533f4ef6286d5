import { describe, expect, it } from 'vitest';
import type { UserDto } from '@qs/shared';
import { platformWithEnterprise } from '@test/support/arranged';
import { enterpriseRegistration, registeredClient } from '@test/support/factories';
import { TestClient } from '@test/support/platform';
import {
  acceptedInvitation,
  connectedSocket,
  enterprise,
  expert,
  openNeed,
  type EnterpriseParty,
} from '@test/support/invitations';

const setup = platformWithEnterprise();

/** A second account naming `owner`'s organization, written another way. */
async function applicant(owner: EnterpriseParty, name = owner.organizationName) {
  return registeredClient(
    setup.platform.url,
    enterpriseRegistration({ organization: { name, type: 'enterprise', city: '深圳' } }),
  );
}

const memberIds = async (client: TestClient, organizationId: string) => {
  const res = await client.get(`/organizations/${organizationId}/members`).expect(200);
  return (res.body.items as { userId: string; membership: string }[]).map(
    (m) => `${m.userId}:${m.membership}`,
  );
};

describe('joining an existing organization', () => {
  it('when someone registers with an existing name written with other width, case, spaces and punctuation, then the membership waits and sees nothing', async () => {
    const { owner } = setup;
    const needId = await openNeed(owner.client);
    const disguised = ` ${owner.organizationName.toUpperCase().replace('-', '（ ')}） `;
    const { client, user } = await applicant(owner, disguised);

    expect(user).toMatchObject({
      organizationId: owner.user.organizationId,
      membership: 'pending',
      orgRole: 'member',
    });
    const me = await client.get('/auth/me').expect(200);
    expect(me.body.user.membership).toBe('pending');
    expect(me.body.user.organizationName).toBe(owner.organizationName);
    for (const path of [
      `/needs/${needId}`,
      '/needs?mine=true',
      '/invitations',
      '/collaborations',
      '/conversations',
      `/needs/${needId}/matches`,
      '/experts',
    ]) {
      const res = await client.get(path);
      expect(res.status, path).toBe(403);
      expect(res.body.error.code, path).toBe('membership_pending');
    }
    const write = await client.post(`/needs/${needId}/close`);
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe('membership_pending');
    const need = await owner.client.get(`/needs/${needId}`).expect(200);
    expect(need.body.need.status).toBe('open');
    await client.get('/notifications').expect(200);
  });

  it('when the owner approves, then the member reads the organization’s records and both were told', async () => {
    const owner = await enterprise(setup.platform.url);
    const needId = await openNeed(owner.client);
    const { client, user } = await applicant(owner);
    const orgId = owner.user.organizationId as string;

    const requested = await owner.client.get('/notifications').expect(200);
    expect(requested.body.items[0]).toMatchObject({
      type: 'membership.requested',
      data: { userId: user.id, organizationId: orgId },
    });
    expect(await memberIds(owner.client, orgId)).toContain(`${user.id}:pending`);

    const approved = await owner.client.post(`/organizations/${orgId}/members/${user.id}/approve`, {
      note: '同事',
    });
    expect(approved.status).toBe(200);
    expect(approved.body.member).toMatchObject({ membership: 'active', orgRole: 'member' });
    await client.get(`/needs/${needId}`).expect(200);
    const told = await client.get('/notifications').expect(200);
    expect(told.body.items[0].type).toBe('membership.approved');
    expect((await client.get('/auth/me')).body.user.membership).toBe('active');
  });

  it('when the owner rejects, then the account has no organization and may ask for another one', async () => {
    const owner = await enterprise(setup.platform.url);
    const { client, user } = await applicant(owner);
    const orgId = owner.user.organizationId as string;

    expect(
      (
        await owner.client.post(`/organizations/${orgId}/members/${user.id}/reject`, {
          note: '不认识',
        })
      ).status,
    ).toBe(200);
    const me = (await client.get('/auth/me').expect(200)).body.user as UserDto;
    expect(me.organizationId).toBeUndefined();
    expect(me.membership).toBeUndefined();
    const refused = await client.get('/needs?mine=true');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('membership_required');
    expect(await memberIds(owner.client, orgId)).not.toContain(`${user.id}:pending`);

    const own = `自有单位-${Date.now()}`;
    const again = await client.put('/auth/me/organization', {
      organization: { name: own, type: 'enterprise', city: '青岛' },
    });
    expect(again.status).toBe(200);
    expect(again.body.user).toMatchObject({ membership: 'active', orgRole: 'owner' });
    const twice = await client.put('/auth/me/organization', {
      organization: { name: `${own}-2`, type: 'enterprise', city: '青岛' },
    });
    expect(twice.status).toBe(409);
  });

  it('when the organization has no owner, then only the bureau decides, from its queue, and the first approved member owns it', async () => {
    const name = `青岛市工业互联网协会-${Date.now()}`;
    const created = await setup.bureau.post('/organizations', {
      name,
      type: 'association',
      city: '青岛',
    });
    expect(created.status).toBe(201);
    const orgId = created.body.organization.id as string;
    const first = await registeredClient(
      setup.platform.url,
      enterpriseRegistration({ organization: { name, type: 'association', city: '青岛' } }),
    );
    expect(first.user.membership).toBe('pending');
    const second = await registeredClient(
      setup.platform.url,
      enterpriseRegistration({ organization: { name, type: 'association', city: '青岛' } }),
    );

    const selfApproval = await first.client.post(
      `/organizations/${orgId}/members/${first.user.id}/approve`,
      {},
    );
    expect(selfApproval.status).toBe(403);
    expect(selfApproval.body.error.code).toBe('membership_pending');

    const queue = await setup.bureau
      .get(`/membership-requests?q=${encodeURIComponent(name)}`)
      .expect(200);
    expect(queue.body.items.map((m: { userId: string }) => m.userId)).toEqual([
      first.user.id,
      second.user.id,
    ]);
    expect(queue.body.items[0].organizationName).toBe(name);

    const approved = await setup.bureau.post(
      `/organizations/${orgId}/members/${first.user.id}/approve`,
      {},
    );
    expect(approved.body.member).toMatchObject({ membership: 'active', orgRole: 'owner' });
    const after = await setup.bureau.get(`/membership-requests?q=${encodeURIComponent(name)}`);
    expect(after.body.items).toEqual([]);
    const all = await setup.bureau.get(
      `/membership-requests?scope=all&q=${encodeURIComponent(name)}`,
    );
    expect(all.body.items.map((m: { userId: string }) => m.userId)).toEqual([second.user.id]);
    expect(
      (await first.client.post(`/organizations/${orgId}/members/${second.user.id}/approve`, {}))
        .status,
    ).toBe(200);
  });

  it('when someone who is not an owner of the organization decides, then it is refused and nothing changes', async () => {
    const owner = await enterprise(setup.platform.url);
    const other = await enterprise(setup.platform.url);
    const { user } = await applicant(owner);
    const orgId = owner.user.organizationId as string;
    const member = await applicant(owner);
    await owner.client.post(`/organizations/${orgId}/members/${member.user.id}/approve`, {});
    const anExpert = await expert(setup.platform.url, setup.bureau);

    for (const outsider of [other.client, member.client, anExpert.client]) {
      const approve = await outsider.post(`/organizations/${orgId}/members/${user.id}/approve`, {});
      expect(approve.status).toBe(403);
      await outsider.get(`/organizations/${orgId}/members`).expect(403);
      await outsider.get('/membership-requests').expect(403);
    }
    await new TestClient(setup.platform.url).get(`/organizations/${orgId}/members`).expect(401);
    expect(await memberIds(owner.client, orgId)).toContain(`${user.id}:pending`);
  });
});

describe('owners', () => {
  it('when the last owner would be removed or demoted, then it is refused; after promoting another, the first may step down', async () => {
    const owner = await enterprise(setup.platform.url);
    const orgId = owner.user.organizationId as string;
    const { client, user } = await applicant(owner);
    await owner.client.post(`/organizations/${orgId}/members/${user.id}/approve`, {});

    const demote = await owner.client.patch(`/organizations/${orgId}/members/${owner.user.id}`, {
      orgRole: 'member',
    });
    expect(demote.status).toBe(409);
    const remove = await owner.client.delete(`/organizations/${orgId}/members/${owner.user.id}`);
    expect(remove.status).toBe(409);

    expect(
      (await owner.client.patch(`/organizations/${orgId}/members/${user.id}`, { orgRole: 'owner' }))
        .status,
    ).toBe(200);
    expect(
      (
        await client.patch(`/organizations/${orgId}/members/${owner.user.id}`, {
          orgRole: 'member',
        })
      ).status,
    ).toBe(200);
    const members = await client.get(`/organizations/${orgId}/members`).expect(200);
    expect(
      Object.fromEntries(
        members.body.items.map((m: { userId: string; orgRole: string }) => [m.userId, m.orgRole]),
      ),
    ).toEqual({ [owner.user.id]: 'member', [user.id]: 'owner' });
    await owner.client.get(`/organizations/${orgId}/members`).expect(403);
  });

  it('when a member is removed, then their access and their open sockets end at once', async () => {
    const owner = await enterprise(setup.platform.url);
    const orgId = owner.user.organizationId as string;
    const member = await applicant(owner);
    await owner.client.post(`/organizations/${orgId}/members/${member.user.id}/approve`, {});
    const anExpert = await expert(setup.platform.url, setup.bureau);
    const { conversationId } = await acceptedInvitation(owner.client, anExpert);
    await member.client.get(`/conversations/${conversationId}/messages`).expect(200);
    const socket = await connectedSocket(setup.platform.url, member);
    const disconnected = new Promise((resolve) => socket.once('disconnect', resolve));

    expect(
      (await owner.client.delete(`/organizations/${orgId}/members/${member.user.id}`)).status,
    ).toBe(200);

    expect(await disconnected).toBe('io server disconnect');
    const refused = await member.client.get(`/conversations/${conversationId}/messages`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('membership_required');
  });
});

describe('registration is all or nothing', () => {
  it('when two registrations race for one email with new organizations, then one account exists and the loser’s organization is gone', async () => {
    const email = enterpriseRegistration().email;
    const bodies = [0, 1].map(() => enterpriseRegistration({ email }));
    const answers = await Promise.all(
      bodies.map((body) =>
        new TestClient(setup.platform.url).agent.post('/api/v1/auth/register').send(body),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const lost = bodies[answers.findIndex((a) => a.status === 409)];
    const found = await setup.bureau.get(
      `/organizations?q=${encodeURIComponent(lost?.organization.name ?? '')}`,
    );
    expect(found.body.total).toBe(0);
  });
});
