import { Types } from 'mongoose';
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditModel } from '../../lib/audit';
import {
  enterpriseRegistration,
  expertProfile,
  expertRegistration,
  importedExpert,
  registeredClient,
  staffClient,
  submittedExpert,
  uniqueEmail,
} from '@test/support/factories';
import { startMailbox, type Mailbox, type ReceivedMail } from '@test/support/mail';
import { TestClient, startTestPlatform, type TestPlatform } from '@test/support/platform';

let platform: TestPlatform;
let mailbox: Mailbox;
let bureau: TestClient;
/** How far the platform's clock runs ahead of the real one. */
let clockOffsetMs = 0;

beforeAll(async () => {
  mailbox = await startMailbox();
  platform = await startTestPlatform(
    { SMTP_URL: mailbox.url },
    { now: () => new Date(Date.now() + clockOffsetMs) },
  );
  bureau = (await staffClient(platform.url, 'bureau')).client;
});
afterAll(async () => {
  await platform?.close();
  await mailbox?.close();
});

const newExpert = () => registeredClient(platform.url, expertRegistration());

function codeIn(mail: ReceivedMail): string {
  const code = /\b(\d{6})\b/.exec(mail.parsed.text ?? '')?.[1];
  if (!code) throw new Error('no code in the mail');
  return code;
}

/** Claims the profile with this contact email and reads the code from the mail it sends. */
async function claimCode(client: TestClient, email: string): Promise<string> {
  const seen = mailbox.to(email).length;
  await client.post('/experts/claim', { email }).then((res) => expect(res.status).toBe(202));
  return codeIn(await mailbox.next(email, seen));
}

/**
 * Waits until a mail sent after this point arrives: mails are sent in the order of the requests,
 * so one that should not have been sent would have arrived by then.
 */
async function mailsSettled(): Promise<void> {
  const sentinel = await importedExpert(bureau, '哨兵');
  const { client } = await newExpert();
  await claimCode(client, sentinel.email);
}

const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('registering as an expert', () => {
  it('when someone registers with an imported profile’s contact email, then the account gets an empty profile of its own and the imported one stays unclaimed', async () => {
    const imported = await importedExpert(bureau);

    const { client, user } = await registeredClient(
      platform.url,
      expertRegistration({ email: imported.email }),
    );

    const me = await client.get('/experts/me').expect(200);
    expect(me.body.expert.id).not.toBe(imported.id);
    expect(me.body.expert.id).toBe(user.expertId);
    expect(me.body.expert.verification.status).toBe('incomplete');
    expect(me.body.expert.contact).toEqual({});
    const profile = await bureau.get(`/experts/${imported.id}`).expect(200);
    expect(profile.body.expert.userId).toBeUndefined();
  });
});

describe('claiming an imported profile', () => {
  it('when the email is no unclaimed profile’s, then it answers 202 and mails nothing', async () => {
    const { client } = await newExpert();
    const email = uniqueEmail('nobody');

    const res = await client.post('/experts/claim', { email });

    expect(res.status).toBe(202);
    expect(res.body).toEqual({});
    await mailsSettled();
    expect(mailbox.to(email)).toEqual([]);
  });

  it('when the email is an imported profile’s, then a code goes there in Chinese, and confirming it makes the profile the account’s', async () => {
    const imported = await importedExpert(bureau, '王芳');
    const { client, user } = await newExpert();
    const emptyProfileId = user.expertId;

    await client
      .post('/experts/claim', { email: imported.email })
      .then((r) => expect(r.status).toBe(202));
    const mail = await mailbox.next(imported.email);
    expect(mail.parsed.subject).toBe('认领专家库档案的验证码');
    expect(mail.parsed.text).toMatch(/验证码：\d{6}/);
    expect(mail.parsed.text).toContain('15 分钟');
    const confirmed = await client.post('/experts/claim/confirm', { code: codeIn(mail) });

    expect(confirmed.status).toBe(200);
    expect(confirmed.body.expert).toMatchObject({ id: imported.id, name: '王芳' });
    const me = await client.get('/experts/me').expect(200);
    expect(me.body.expert).toMatchObject({
      id: imported.id,
      verification: { status: 'verified' },
      contact: { email: imported.email },
    });
    expect((await client.get('/auth/me')).body.user.expertId).toBe(imported.id);
    await bureau.get(`/experts/${emptyProfileId}`).expect(404);
  });

  it('when the requester reads English, then the mail is in English', async () => {
    const imported = await importedExpert(bureau);
    const { client } = await newExpert();
    const token = await client.csrfToken();

    await client.agent
      .post('/api/v1/experts/claim')
      .set('x-csrf-token', token)
      .set('accept-language', 'en-US,en;q=0.9')
      .send({ email: imported.email })
      .expect(202);

    const mail = await mailbox.next(imported.email);
    expect(mail.parsed.subject).toBe('Your code to claim your expert profile');
    expect(mail.parsed.text).toMatch(/Code: \d{6}/);
  });

  it('when a wrong code is tried 5 times, then the right one no longer works', async () => {
    const imported = await importedExpert(bureau);
    const { client } = await newExpert();
    const code = await claimCode(client, imported.email);

    for (let i = 0; i < 5; i += 1) {
      const res = await client.post('/experts/claim/confirm', { code: wrong(code) });
      expect(res.status).toBe(400);
      expect(res.body.error.details).toContainEqual(expect.objectContaining({ path: 'code' }));
    }
    const res = await client.post('/experts/claim/confirm', { code });

    expect(res.status).toBe(400);
    expect((await client.get('/experts/me')).body.expert.id).not.toBe(imported.id);
  });

  it('when the code is older than 15 minutes, then it is refused', async () => {
    const imported = await importedExpert(bureau);
    const { client } = await newExpert();
    const code = await claimCode(client, imported.email);

    clockOffsetMs = 16 * 60_000;
    const res = await client
      .post('/experts/claim/confirm', { code })
      .finally(() => (clockOffsetMs = 0));

    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect((await client.get('/experts/me')).body.expert.id).not.toBe(imported.id);
  });

  it('when a new claim is made, then the code of the previous one no longer works', async () => {
    const first = await importedExpert(bureau);
    const { client } = await newExpert();
    const code = await claimCode(client, first.email);

    await client
      .post('/experts/claim', { email: uniqueEmail('other') })
      .then((r) => expect(r.status).toBe(202));
    const res = await client.post('/experts/claim/confirm', { code });

    expect(res.status).toBe(400);
  });

  it('when a profile is already linked, then another account’s earlier code is refused and its new claims mail nothing', async () => {
    const imported = await importedExpert(bureau);
    const first = await newExpert();
    const second = await newExpert();
    const firstCode = await claimCode(first.client, imported.email);
    const secondCode = await claimCode(second.client, imported.email);
    await first.client.post('/experts/claim/confirm', { code: firstCode }).then((r) => {
      expect(r.status).toBe(200);
    });

    const late = await second.client.post('/experts/claim/confirm', { code: secondCode });
    const mailsBefore = mailbox.to(imported.email).length;
    const again = await second.client.post('/experts/claim', { email: imported.email });

    expect(late.status).toBe(409);
    expect(again.status).toBe(202);
    await mailsSettled();
    expect(mailbox.to(imported.email)).toHaveLength(mailsBefore);
    expect((await second.client.get('/experts/me')).body.expert.id).toBe(second.user.expertId);
    expect((await first.client.get('/experts/me')).body.expert.id).toBe(imported.id);
  });

  it('when the expert already submitted a profile, then claiming and confirming answer 403', async () => {
    const { client } = await submittedExpert(platform.url);

    const claim = await client.post('/experts/claim', { email: uniqueEmail('x') });
    const confirm = await client.post('/experts/claim/confirm', { code: '123456' });

    expect(claim.status).toBe(403);
    expect(confirm.status).toBe(403);
  });

  it('when an enterprise, the bureau or nobody claims, then it answers 403, 403 and 401', async () => {
    const enterprise = (await registeredClient(platform.url, enterpriseRegistration())).client;
    const body = { email: uniqueEmail('x') };

    expect((await enterprise.post('/experts/claim', body)).status).toBe(403);
    expect((await bureau.post('/experts/claim', body)).status).toBe(403);
    expect((await new TestClient(platform.url).post('/experts/claim', body)).status).toBe(401);
  });

  it('when the body is not valid, then it answers 400 naming the field', async () => {
    const { client } = await newExpert();

    const badEmail = await client.post('/experts/claim', { email: 'not-an-email' });
    const extra = await client.post('/experts/claim', { email: uniqueEmail('x'), userId: 'x' });
    const shortCode = await client.post('/experts/claim/confirm', { code: '12345' });
    const operator = await client.post('/experts/claim/confirm', { code: { $gt: '' } });

    expect(badEmail.status).toBe(400);
    expect(badEmail.body.error.details).toContainEqual(expect.objectContaining({ path: 'email' }));
    expect(extra.status).toBe(400);
    expect(extra.body.error.details).toContainEqual(expect.objectContaining({ path: 'userId' }));
    for (const res of [shortCode, operator]) {
      expect(res.status).toBe(400);
      expect(res.body.error.details).toContainEqual(expect.objectContaining({ path: 'code' }));
    }
  });

  it('when one account claims too often, then it answers 429 with Retry-After', async () => {
    const { client } = await newExpert();
    const statuses: number[] = [];
    let last: request.Response | undefined;

    for (let i = 0; i < 6; i += 1) {
      last = await client.post('/experts/claim', { email: uniqueEmail('flood') });
      statuses.push(last.status);
    }

    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    expect(last?.body.error.code).toBe('rate_limited');
    expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('the bureau links an account by hand', () => {
  it('when the bureau links an expert account to an unclaimed profile, then the account has that profile and the link is audited', async () => {
    const imported = await importedExpert(bureau);
    const { client, user } = await newExpert();

    const res = await bureau.post(`/experts/${imported.id}/account`, { email: user.email });

    expect(res.status).toBe(200);
    expect(res.body.expert).toMatchObject({ id: imported.id, userId: user.id });
    expect((await client.get('/experts/me')).body.expert.id).toBe(imported.id);
    const audit = await AuditModel.findOne({
      action: 'expert.account-linked',
      targetId: new Types.ObjectId(imported.id),
    }).lean();
    expect(audit?.data).toMatchObject({ userId: user.id, replacedProfileId: user.expertId });
  });

  it('when an expert, an enterprise or nobody links, then it answers 403, 403 and 401 and nothing changes', async () => {
    const imported = await importedExpert(bureau);
    const expert = await newExpert();
    const enterprise = (await registeredClient(platform.url, enterpriseRegistration())).client;
    const body = { email: expert.user.email };

    expect((await expert.client.post(`/experts/${imported.id}/account`, body)).status).toBe(403);
    expect((await enterprise.post(`/experts/${imported.id}/account`, body)).status).toBe(403);
    const anonymous = new TestClient(platform.url);
    expect((await anonymous.post(`/experts/${imported.id}/account`, body)).status).toBe(401);
    expect((await bureau.get(`/experts/${imported.id}`)).body.expert.userId).toBeUndefined();
  });

  it('when the profile, the account or the request is not right, then it answers 404, 409 or 400 naming the field', async () => {
    const imported = await importedExpert(bureau);
    const linked = await importedExpert(bureau);
    const taker = await newExpert();
    await bureau.post(`/experts/${linked.id}/account`, { email: taker.user.email }).then((r) => {
      expect(r.status).toBe(200);
    });
    const enterprise = await registeredClient(platform.url, enterpriseRegistration());
    const submitted = await submittedExpert(platform.url, expertProfile());
    const other = await newExpert();
    const link = (id: string, body: unknown) => bureau.post(`/experts/${id}/account`, body);

    const missing = await link(new Types.ObjectId().toString(), { email: other.user.email });
    const already = await link(linked.id, { email: other.user.email });
    const noAccount = await link(imported.id, { email: uniqueEmail('nobody') });
    const notExpert = await link(imported.id, { email: enterprise.user.email });
    const hasProfile = await link(imported.id, { email: submitted.user.email });
    const badEmail = await link(imported.id, { email: 'nope' });
    const extra = await link(imported.id, { email: other.user.email, force: true });
    const badId = await link('not-an-id', { email: other.user.email });

    expect(missing.status).toBe(404);
    expect(already.status).toBe(409);
    expect(noAccount.status).toBe(404);
    expect(noAccount.body.error.details).toContainEqual(expect.objectContaining({ path: 'email' }));
    expect(notExpert.status).toBe(409);
    expect(notExpert.body.error.details).toContainEqual(expect.objectContaining({ path: 'email' }));
    expect(hasProfile.status).toBe(409);
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.error.details).toContainEqual(expect.objectContaining({ path: 'email' }));
    expect(extra.status).toBe(400);
    expect(extra.body.error.details).toContainEqual(expect.objectContaining({ path: 'force' }));
    expect(badId.status).toBe(400);
    expect(badId.body.error.details).toContainEqual(expect.objectContaining({ path: 'id' }));
    expect((await bureau.get(`/experts/${imported.id}`)).body.expert.userId).toBeUndefined();
    expect((await submitted.client.get('/experts/me')).body.expert.id).toBe(submitted.expert.id);
  });
});
