import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TERMS_VERSION } from '@qs/shared';
import {
  enterpriseRegistration,
  PASSWORD,
  registeredClient,
  staffClient,
} from '@test/support/factories';
import { connectedSocket } from '@test/support/invitations';
import { startMailbox, type Mailbox } from '@test/support/mail';
import { startTestPlatform, TestClient, type TestPlatform } from '@test/support/platform';

let platform: TestPlatform;
let mailbox: Mailbox;
let admin: TestClient;
let adminName: string;

beforeAll(async () => {
  mailbox = await startMailbox();
  platform = await startTestPlatform({ SMTP_URL: mailbox.url });
  const signedIn = await staffClient(platform.url, 'admin');
  admin = signedIn.client;
  adminName = signedIn.user.name;
}, 60_000);

afterAll(async () => {
  await platform?.close();
  await mailbox?.close();
});

async function login(email: string, password = PASSWORD) {
  const client = new TestClient(platform.url);
  const res = await client.agent.post('/api/v1/auth/login').send({ email, password });
  return { client, res };
}

describe('account administration', () => {
  it('when the admin disables an account, then its session and socket end at once, it cannot sign in, and enabling it lets it back; the history says who and why', async () => {
    const reviewer = await staffClient(platform.url, 'bureau');
    const socket = await connectedSocket(platform.url, reviewer);
    const disconnected = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));

    const disabled = await admin.patch(`/admin/users/${reviewer.user.id}`, {
      disabled: true,
      reason: '已离职',
    });
    expect(disabled.status).toBe(200);
    expect(disabled.body.user).toMatchObject({ id: reviewer.user.id, disabled: true });
    await disconnected;
    expect((await reviewer.client.get('/auth/me')).status).toBe(401);
    const refused = await login(reviewer.user.email);
    expect(refused.res.status).toBe(403);
    expect(refused.res.body.error.code).toBe('account_disabled');
    // A wrong password answers as for anyone: it tells nothing about the account.
    expect((await login(reviewer.user.email, 'not-the-password')).res.status).toBe(401);

    const listed = await admin.get('/admin/users').query({ q: reviewer.user.email }).expect(200);
    expect(listed.body.items[0]).toMatchObject({ id: reviewer.user.id, disabled: true });

    await admin
      .patch(`/admin/users/${reviewer.user.id}`, { disabled: false, reason: '返聘' })
      .then((res) => expect(res.status).toBe(200));
    expect((await login(reviewer.user.email)).res.status).toBe(200);

    const history = await admin.get(`/admin/users/${reviewer.user.id}/history`).expect(200);
    expect(history.body.items).toEqual([
      expect.objectContaining({ action: 'user.enabled', reason: '返聘', actorName: adminName }),
      expect.objectContaining({ action: 'user.disabled', reason: '已离职', actorName: adminName }),
    ]);
  });

  it('when the admin makes a reviewer an admin, then the change takes effect at the next sign-in; enterprise and expert accounts keep their roles', async () => {
    const reviewer = await staffClient(platform.url, 'bureau');
    const promoted = await admin.patch(`/admin/users/${reviewer.user.id}`, {
      role: 'admin',
      reason: '接任平台管理员',
    });
    expect(promoted.status).toBe(200);
    expect(promoted.body.user.role).toBe('admin');
    expect((await reviewer.client.get('/auth/me')).status).toBe(401);
    const again = await login(reviewer.user.email);
    expect(again.res.body.user.role).toBe('admin');
    await again.client.get('/admin/users').expect(200);
    const history = await admin.get(`/admin/users/${reviewer.user.id}/history`).expect(200);
    expect(history.body.items[0]).toMatchObject({
      action: 'user.role-changed',
      from: 'bureau',
      to: 'admin',
    });

    const owner = await registeredClient(platform.url, enterpriseRegistration());
    const refused = await admin.patch(`/admin/users/${owner.user.id}`, {
      role: 'bureau',
      reason: '调岗',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.details[0].path).toBe('role');
    await owner.client.get('/auth/me').expect(200);
  });

  it('when the admin resets a password, then the account is signed out and mailed a link that sets a new password once', async () => {
    const reviewer = await staffClient(platform.url, 'bureau');
    const seen = mailbox.to(reviewer.user.email).length;
    const reset = await admin.post(`/admin/users/${reviewer.user.id}/password-reset`, {
      reason: '用户来电申请',
    });
    expect(reset.status).toBe(202);
    expect((await reviewer.client.get('/auth/me')).status).toBe(401);

    const mail = await mailbox.next(reviewer.user.email, seen);
    expect(mail.parsed.subject).toBe('设置新密码');
    const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail.parsed.text ?? '')?.[1];
    expect(token).toBeDefined();

    const anonymous = new TestClient(platform.url);
    const newPassword = 'a-brand-new-passphrase';
    expect(
      (await anonymous.post('/auth/password-reset', { token, password: 'short' })).status,
    ).toBe(400);
    expect(
      (await anonymous.post('/auth/password-reset', { token, password: newPassword })).status,
    ).toBe(204);
    const reused = await anonymous.post('/auth/password-reset', { token, password: newPassword });
    expect(reused.status).toBe(400);
    expect(reused.body.error.details[0].path).toBe('token');
    expect((await login(reviewer.user.email)).res.status).toBe(401);
    expect((await login(reviewer.user.email, newPassword)).res.status).toBe(200);
  });

  it('when anyone but the admin tries, or the admin names their own account or gives no reason, then it is refused and nothing changes', async () => {
    const reviewer = await staffClient(platform.url, 'bureau');
    const target = await staffClient(platform.url, 'bureau');
    const expertAccount = await registeredClient(platform.url, {
      role: 'expert',
      email: `expert-${Date.now()}@example.cn`,
      password: PASSWORD,
      name: '专家',
    });
    for (const client of [reviewer.client, expertAccount.client]) {
      expect(
        (await client.patch(`/admin/users/${target.user.id}`, { disabled: true, reason: 'x' }))
          .status,
      ).toBe(403);
      expect(
        (await client.post(`/admin/users/${target.user.id}/password-reset`, { reason: 'x' }))
          .status,
      ).toBe(403);
      expect((await client.get(`/admin/users/${target.user.id}/history`)).status).toBe(403);
    }
    const me = (await admin.get('/auth/me').expect(200)).body.user.id as string;
    const self = await admin.patch(`/admin/users/${me}`, { disabled: true, reason: '测试' });
    expect(self.status).toBe(409);
    const noReason = await admin.patch(`/admin/users/${target.user.id}`, { disabled: true });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details[0].path).toBe('reason');
    const nothing = await admin.patch(`/admin/users/${target.user.id}`, { reason: '无' });
    expect(nothing.status).toBe(400);
    expect((await admin.get('/admin/users/not-an-id/history')).status).toBe(400);
    expect((await admin.get('/admin/users/0123456789abcdef01234567/history')).status).toBe(404);
    await target.client.get('/auth/me').expect(200);
  });

  it('when someone signs up and accepts the user agreement, then the consent is kept with its version', async () => {
    const res = await new TestClient(platform.url).post('/auth/register', {
      ...enterpriseRegistration(),
      acceptTerms: true,
    });
    expect(res.status).toBe(201);
    expect(res.body.user.termsAccepted).toEqual({ version: TERMS_VERSION, at: expect.any(String) });
    const refused = await new TestClient(platform.url).post('/auth/register', {
      ...enterpriseRegistration(),
      acceptTerms: false,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0].path).toBe('acceptTerms');
  });
});
