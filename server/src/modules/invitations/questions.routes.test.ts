import { beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '@test/support/platform';
import {
  connectedSocket,
  enterprise,
  expert,
  invite,
  nextEvent,
  openNeed,
  pendingInvitation,
  type EnterpriseParty,
  type ExpertParty,
} from '@test/support/invitations';
import { platformWithEnterprise } from '@test/support/arranged';

const setup = platformWithEnterprise();
let other: EnterpriseParty;
let invited: ExpertParty;
let stranger: ExpertParty;

beforeAll(async () => {
  other = await enterprise(setup.platform.url);
  invited = await expert(setup.platform.url, setup.bureau);
  stranger = await expert(setup.platform.url, setup.bureau);
});

const CONTACT = '方便的话请打 139 1234 5678 或写信到 li.ming@example.cn，2026-03-14 前答复';

interface Question {
  id: string;
  kind: string;
  side: string;
  text: string;
  masked: boolean;
  replyTo?: string;
}

async function thread(client: TestClient, invitationId: string): Promise<Question[]> {
  const res = await client.get(`/invitations/${invitationId}/questions`).expect(200);
  return res.body.items as Question[];
}

async function ask(invitationId: string, text = CONTACT) {
  const res = await invited.client.post(`/invitations/${invitationId}/questions`, { text });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.question as Question;
}

describe('questions before accepting', () => {
  it('when the expert asks and the enterprise answers, then each side reads both, in order, and is notified live', async () => {
    const invitationId = await pendingInvitation(setup.owner.client, invited);
    const ownerSocket = await connectedSocket(setup.platform.url, setup.owner);
    const expertSocket = await connectedSocket(setup.platform.url, invited);
    try {
      const toOwner = nextEvent<{ notification: { type: string; data: Record<string, string> } }>(
        ownerSocket,
        'notification',
        (p) => p.notification.type === 'invitation.question',
      );
      const question = await ask(invitationId, '现场在哪里？需要几次诊断？');
      expect(question).toMatchObject({ kind: 'question', side: 'expert', masked: false });
      expect((await toOwner).notification.data).toMatchObject({
        invitationId,
        questionId: question.id,
      });

      const toExpert = nextEvent<{ notification: { type: string } }>(
        expertSocket,
        'notification',
        (p) => p.notification.type === 'invitation.answer',
      );
      const res = await setup.owner.client.post(`/invitations/${invitationId}/questions`, {
        text: '青岛崂山，两次',
        replyTo: question.id,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.question).toMatchObject({
        kind: 'answer',
        side: 'enterprise',
        replyTo: question.id,
      });
      await toExpert;

      for (const client of [setup.owner.client, invited.client, setup.bureau]) {
        expect((await thread(client, invitationId)).map((q) => q.text)).toEqual([
          '现场在哪里？需要几次诊断？',
          '青岛崂山，两次',
        ]);
      }
    } finally {
      ownerSocket.close();
      expertSocket.close();
    }
  });

  it('when a text carries a phone number or an email, then the other side reads it masked until the invitation is accepted, its author and the bureau whole', async () => {
    const invitationId = await pendingInvitation(setup.owner.client, invited);
    await ask(invitationId);
    const [seen] = await thread(setup.owner.client, invitationId);
    expect(seen?.masked).toBe(true);
    expect(seen?.text).not.toContain('1234 5678');
    expect(seen?.text).not.toContain('li.ming');
    expect(seen?.text).toContain('139');
    expect(seen?.text).toContain('2026-03-14');
    expect((await thread(invited.client, invitationId))[0]).toMatchObject({
      text: CONTACT,
      masked: false,
    });
    expect((await thread(setup.bureau, invitationId))[0]).toMatchObject({
      text: CONTACT,
      masked: false,
    });
    const notices = await setup.owner.client.get('/notifications?limit=100').expect(200);
    expect(JSON.stringify(notices.body)).not.toContain('1234 5678');

    expect((await invited.client.post(`/invitations/${invitationId}/accept`)).status).toBe(200);
    expect((await thread(setup.owner.client, invitationId))[0]).toMatchObject({
      text: CONTACT,
      masked: false,
    });
  });

  it('when the invitation is no longer pending, then new questions and answers answer 409, and the thread stays readable', async () => {
    const invitationId = await pendingInvitation(setup.owner.client, invited);
    const question = await ask(invitationId, '预算多少？');
    expect((await invited.client.post(`/invitations/${invitationId}/decline`, {})).status).toBe(
      200,
    );
    const asked = await invited.client.post(`/invitations/${invitationId}/questions`, {
      text: '还有一个问题',
    });
    expect(asked.status).toBe(409);
    expect(asked.body.error.code).toBe('conflict');
    const answered = await setup.owner.client.post(`/invitations/${invitationId}/questions`, {
      text: '十万',
      replyTo: question.id,
    });
    expect(answered.status).toBe(409);
    expect(await thread(setup.owner.client, invitationId)).toHaveLength(1);

    const withdrawnId = await pendingInvitation(setup.owner.client, invited);
    expect((await setup.owner.client.post(`/invitations/${withdrawnId}/withdraw`, {})).status).toBe(
      200,
    );
    expect(
      (await invited.client.post(`/invitations/${withdrawnId}/questions`, { text: '为何撤回？' }))
        .status,
    ).toBe(409);
  });

  it("when the expert names replyTo, or the enterprise answers nothing or another invitation's question, then 400 naming replyTo", async () => {
    const invitationId = await pendingInvitation(setup.owner.client, invited);
    const otherId = await pendingInvitation(setup.owner.client, invited);
    const foreign = await ask(otherId, '别的问题');
    const mine = await ask(invitationId, '我的问题');
    const cases: Array<[TestClient, object]> = [
      [invited.client, { text: '追问', replyTo: mine.id }],
      [setup.owner.client, { text: '回答' }],
      [setup.owner.client, { text: '回答', replyTo: foreign.id }],
    ];
    for (const [client, body] of cases) {
      const res = await client.post(`/invitations/${invitationId}/questions`, body);
      expect(res.status).toBe(400);
      expect(res.body.error.details[0].path).toBe('replyTo');
    }
    const empty = await invited.client.post(`/invitations/${invitationId}/questions`, {
      text: ' ',
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details[0].path).toBe('text');
    expect(await thread(invited.client, invitationId)).toHaveLength(1);
  });

  it('when another organization, another expert or nobody asks, then 404 or 401; the bureau reads but may not write', async () => {
    const invitationId = await pendingInvitation(setup.owner.client, invited);
    await ask(invitationId, '问题');
    for (const client of [other.client, stranger.client]) {
      await client.get(`/invitations/${invitationId}/questions`).expect(404);
      expect(
        (await client.post(`/invitations/${invitationId}/questions`, { text: '你好' })).status,
      ).toBe(404);
    }
    await new TestClient(setup.platform.url)
      .get(`/invitations/${invitationId}/questions`)
      .expect(401);
    expect(
      (await setup.bureau.post(`/invitations/${invitationId}/questions`, { text: '你好' })).status,
    ).toBe(403);
    expect(await thread(setup.owner.client, invitationId)).toHaveLength(1);
  });
});

describe('parallel invitations', () => {
  it('when several experts are invited to one need, then each invitation counts them and the accepted ones, without names', async () => {
    const needId = await openNeed(setup.owner.client);
    const experts = [invited, stranger, await expert(setup.platform.url, setup.bureau)];
    const ids: string[] = [];
    for (const party of experts) {
      const res = await invite(setup.owner.client, needId, party.expertId);
      ids.push(res.body.invitation.id as string);
    }
    expect((await stranger.client.post(`/invitations/${ids[1]}/accept`)).status).toBe(200);
    const withdrawn = await expert(setup.platform.url, setup.bureau);
    const res = await invite(setup.owner.client, needId, withdrawn.expertId);
    expect(
      (await setup.owner.client.post(`/invitations/${res.body.invitation.id}/withdraw`, {})).status,
    ).toBe(200);

    const mine = await invited.client.get(`/invitations/${ids[0]}`).expect(200);
    expect(mine.body.invitation.parallel).toEqual({ invited: 3, accepted: 1 });
    const listed = await invited.client.get(`/invitations?needId=${needId}`).expect(200);
    expect(listed.body.items[0].parallel).toEqual({ invited: 3, accepted: 1 });
    expect(JSON.stringify(mine.body)).not.toContain(stranger.expertId);
  });
});
