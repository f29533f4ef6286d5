import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffClient } from '@test/support/factories';
import { startMailbox, type Mailbox } from '@test/support/mail';
import { expert, type ExpertParty } from '@test/support/invitations';
import { startTestPlatform, type TestClient, type TestPlatform } from '@test/support/platform';
import { until } from '@test/support/wait';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Many job intervals: long enough for a second reminder to show if one were sent. */
const SETTLE_MS = 1_000;

let clock = Date.now();
let mailbox: Mailbox;
let platform: TestPlatform;
let invited: ExpertParty;

beforeAll(async () => {
  mailbox = await startMailbox();
  platform = await startTestPlatform(
    { SMTP_URL: mailbox.url },
    { now: () => new Date(clock), jobIntervalMs: 50 },
  );
  const bureau = (await staffClient(platform.url, 'bureau')).client;
  invited = await expert(platform.url, bureau, { name: '年度确认专家' });
}, 60_000);
afterAll(async () => {
  await platform?.close();
  await mailbox?.close();
});

async function reminders(client: TestClient) {
  const res = await client.get('/notifications?limit=100').expect(200);
  return (res.body.items as Array<{ type: string; data: Record<string, string> }>).filter(
    (n) => n.type === 'profile.confirmation-reminder',
  );
}

describe('yearly confirmation reminders', () => {
  it('when a profile is a year old, then the expert is asked once, in the app and by mail, and again a month later', async () => {
    expect(await reminders(invited.client)).toHaveLength(0);
    clock += 366 * DAY_MS;
    expect(await until(async () => (await reminders(invited.client)).length === 1, 10_000)).toBe(
      true,
    );
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const [notice] = await reminders(invited.client);
    expect(notice?.data.freshness).toBe('due');
    expect(await until(async () => mailbox.received.length === 1, 10_000)).toBe(true);
    expect(mailbox.received[0]?.parsed.subject).toBe('请确认您的专家档案是否仍然准确');
    clock += 31 * DAY_MS;
    expect(await until(async () => (await reminders(invited.client)).length === 2, 10_000)).toBe(
      true,
    );
  });

  it('when the expert confirms, then no reminder follows until the next year', async () => {
    expect((await invited.client.post('/experts/me/confirm')).status).toBe(200);
    const before = (await reminders(invited.client)).length;
    clock += 60 * DAY_MS;
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    expect(await reminders(invited.client)).toHaveLength(before);
  });
});
