import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enterpriseRegistration,
  expertRegistration,
  importedExpert,
  registeredClient,
  staffClient,
} from '@test/support/factories';
import { TestClient, startTestPlatform, type TestPlatform } from '@test/support/platform';
import { until } from '@test/support/wait';

let platform: TestPlatform;
let admin: TestClient;
let bureau: TestClient;
const logLines: string[] = [];

beforeAll(async () => {
  // No SMTP_URL: the embedded default writes mail into DATA_DIR/outbox.
  platform = await startTestPlatform(
    { LOG_LEVEL: 'trace' },
    { logDestination: { write: (line: string) => void logLines.push(line) } },
  );
  admin = (await staffClient(platform.url, 'admin')).client;
  bureau = (await staffClient(platform.url, 'bureau')).client;
});
afterAll(async () => {
  await platform?.close();
});

const outboxDir = () => path.join(platform.dataDir, 'outbox');
const emlFiles = async () =>
  (await readdir(outboxDir()).catch(() => [])).filter((name) => name.endsWith('.eml'));

/** An expert claims an imported profile; answers its contact email once the mail is written. */
async function claimWrittenToOutbox() {
  const imported = await importedExpert(bureau);
  const expert = await registeredClient(platform.url, expertRegistration());
  const before = (await emlFiles()).length;
  await expert.client
    .post('/experts/claim', { email: imported.email })
    .then((res) => expect(res.status).toBe(202));
  expect(await until(async () => (await emlFiles()).length > before, 10_000)).toBe(true);
  return { imported, expert };
}

describe('mail on the embedded default', () => {
  it('when a claim code is mailed, then an .eml file holds it, the admin lists and reads it, and the logs never show the code', async () => {
    const { imported, expert } = await claimWrittenToOutbox();

    const list = await admin.get('/admin/outbox').expect(200);
    expect(list.body).toMatchObject({ total: 1, page: 1, limit: 20, delivery: 'outbox' });
    const [summary] = list.body.items;
    expect(summary).toMatchObject({
      to: [imported.email],
      subject: '认领专家库档案的验证码',
      template: 'expert-claim-code',
    });
    expect(await emlFiles()).toEqual([`${summary.id}.eml`]);
    const one = await admin.get(`/admin/outbox/${summary.id}`).expect(200);
    expect(one.body.mail.headers).toContainEqual({ name: 'subject', value: summary.subject });
    const code = /验证码：(\d{6})/.exec(one.body.mail.text)?.[1] ?? '';
    expect(code).toMatch(/^\d{6}$/);

    await expert.client
      .post('/experts/claim/confirm', { code })
      .then((res) => expect(res.status).toBe(200));

    const logs = logLines.join('');
    expect(logs).toContain(summary.id);
    expect(logs).toContain('mail written to the outbox');
    // Standing alone: the digits may well occur inside timestamps.
    expect(logs).not.toMatch(new RegExp(`(?<!\\d)${code}(?!\\d)`));
  });

  it('when several mails are written, then the outbox lists them newest first, a page at a time', async () => {
    await claimWrittenToOutbox();
    await claimWrittenToOutbox();

    const all = await admin.get('/admin/outbox').expect(200);
    const second = await admin.get('/admin/outbox').query({ page: 2, limit: 1 }).expect(200);

    const dates = (all.body.items as Array<{ date: string }>).map((item) => item.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(second.body).toMatchObject({ total: all.body.total, page: 2, limit: 1 });
    expect(second.body.items).toEqual([all.body.items[1]]);
  });

  it('when anyone but the admin asks for the outbox, then it answers 403, or 401 without a session', async () => {
    const expert = (await registeredClient(platform.url, expertRegistration())).client;
    const enterprise = (await registeredClient(platform.url, enterpriseRegistration())).client;
    const [{ id }] = (await admin.get('/admin/outbox').expect(200)).body.items;

    for (const client of [bureau, enterprise, expert]) {
      await client.get('/admin/outbox').expect(403);
      await client.get(`/admin/outbox/${id}`).expect(403);
    }
    const anonymous = new TestClient(platform.url);
    await anonymous.get('/admin/outbox').expect(401);
    await anonymous.get(`/admin/outbox/${id}`).expect(401);
  });

  it('when the id is malformed or unknown, or the page too large, then it answers 400 or 404', async () => {
    const malformed = await admin.get('/admin/outbox/..%2F..%2Fsession-secret');
    const unknown = await admin.get('/admin/outbox/0000000000000-000000000000');
    const tooLarge = await admin.get('/admin/outbox').query({ limit: 101 });

    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details).toContainEqual(
      expect.objectContaining({ path: 'mailId' }),
    );
    expect(unknown.status).toBe(404);
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.error.details).toContainEqual(
      expect.objectContaining({ path: 'query.limit' }),
    );
  });
});
