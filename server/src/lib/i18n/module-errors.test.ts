import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needInput, staffClient } from '@test/support/factories';
import { acceptedInvitation, connectedSocket, enterprise, expert } from '@test/support/invitations';
import { startTestPlatform, type TestClient, type TestPlatform } from '@test/support/platform';

let platform: TestPlatform;
let bureau: TestClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  bureau = (await staffClient(platform.url, 'bureau')).client;
}, 60_000);
afterAll(async () => {
  await platform?.close();
});

/** The same request without a language (Chinese) and in English. */
async function inBothLanguages(client: TestClient, url: string, body: object) {
  const token = await client.csrfToken();
  const send = (language?: string) => {
    const req = client.agent.post(`/api/v1${url}`).set('x-csrf-token', token);
    return (language ? req.set('Accept-Language', language) : req).send(body);
  };
  return { zh: await send(), en: await send('en-US,en;q=0.9') };
}

const nextYear = `${new Date().getFullYear() + 1}-06-30`;

describe("the modules' errors in the caller's language", () => {
  it('when an expert appeals a suspension that does not exist, then 404 says so in Chinese or English', async () => {
    const subject = await expert(platform.url, bureau);
    const missing = new Types.ObjectId().toString();
    const { zh, en } = await inBothLanguages(subject.client, `/suspensions/${missing}/appeals`, {
      text: '申诉',
    });
    expect(zh.status).toBe(404);
    expect(zh.body.error).toEqual({ code: 'not_found', message: '没有这条暂停记录' });
    expect(en.body.error).toEqual({ code: 'not_found', message: 'No such suspension' });
  });

  it('when an appeal is already waiting, then a second one answers 409 with the rule in either language', async () => {
    const subject = await expert(platform.url, bureau);
    const suspended = await bureau.post(`/experts/${subject.expertId}/suspensions`, {
      until: nextYear,
      reason: '爽约两次',
    });
    expect(suspended.status).toBe(201);
    const url = `/suspensions/${suspended.body.suspension.id}/appeals`;
    expect((await subject.client.post(url, { text: '已提供证明' })).status).toBe(201);
    const { zh, en } = await inBothLanguages(subject.client, url, { text: '再次申诉' });
    expect(zh.status).toBe(409);
    expect(zh.body.error.message).toBe('已有申诉在等待答复');
    expect(en.body.error.message).toBe('An appeal is already waiting for an answer');
  });

  it('when a suspension would end in the past, then the message and its detail are translated', async () => {
    const subject = await expert(platform.url, bureau);
    const { zh, en } = await inBothLanguages(bureau, `/experts/${subject.expertId}/suspensions`, {
      until: '2020-01-01',
      reason: '过去',
    });
    expect(zh.status).toBe(400);
    expect(zh.body.error.message).toBe('暂停的结束时间必须在将来');
    expect(zh.body.error.details).toEqual([
      { path: 'until', code: 'must_be_future', message: '必须是将来的时间' },
    ]);
    expect(en.body.error.message).toBe('The suspension must end in the future');
    expect(en.body.error.details).toEqual([
      { path: 'until', code: 'must_be_future', message: 'must be in the future' },
    ]);
  });

  it('when an expert at the cap of ongoing collaborations is invited, then 409 names the cap in either language', async () => {
    const rules = await bureau.patch('/settings/pool', {
      maxActiveCollaborations: 1,
      reason: '测试上限',
    });
    expect(rules.status).toBe(200);
    const first = await enterprise(platform.url);
    const second = await enterprise(platform.url);
    const busy = await expert(platform.url, bureau);
    await acceptedInvitation(first.client, busy);
    const need = await second.client.post('/needs', needInput({ title: '另一项需求' }));
    expect(need.status).toBe(201);
    const { zh, en } = await inBothLanguages(
      second.client,
      `/needs/${need.body.need.id}/invitations`,
      { expertId: busy.expertId, message: '诚邀合作' },
    );
    expect(zh.status).toBe(409);
    expect(zh.body.error).toMatchObject({
      code: 'conflict',
      message: '已满负荷：进行中的合作已达上限 1 项，暂不能邀请或抽取',
      params: { limit: 1 },
    });
    expect(en.body.error.message).toBe(
      'At capacity: already 1 ongoing collaborations, the limit; cannot be invited or drawn for now',
    );
  });

  it('when a socket event fails, then its ack says why in the language the connection asked for', async () => {
    const party = await enterprise(platform.url);
    const conversationId = new Types.ObjectId().toString();
    const chinese = await connectedSocket(platform.url, party);
    const english = await connectedSocket(platform.url, party, { 'accept-language': 'en' });
    try {
      expect(await chinese.emitWithAck('conversation:join', { conversationId })).toEqual({
        ok: false,
        error: { code: 'not_found', message: '没有这个会话' },
      });
      expect(await english.emitWithAck('conversation:join', { conversationId })).toEqual({
        ok: false,
        error: { code: 'not_found', message: 'No such conversation' },
      });
    } finally {
      chinese.disconnect();
      english.disconnect();
    }
  });
});
