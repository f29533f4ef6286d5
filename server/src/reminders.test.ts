import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { platformWithEnterprise } from '@test/support/arranged';
import { startMailbox, type Mailbox } from '@test/support/mail';
import { startTestPlatform, type TestClient, type TestPlatform } from '@test/support/platform';
import { until } from '@test/support/wait';
import { beijingDateTime } from './lib/time';
import {
  acceptedInvitation,
  expert,
  invite,
  openNeed,
  type ExpertParty,
} from '@test/support/invitations';

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** Many job intervals: long enough for a second delivery to show if one were made. */
const SETTLE_MS = 1_000;

let clock = Date.now();
let mailbox: Mailbox;
beforeAll(async () => {
  mailbox = await startMailbox();
});
afterAll(async () => {
  await mailbox?.close();
});

/** Two server processes on one database and one Redis, each running the jobs every 50 ms. */
const startArguments = (): Parameters<typeof startTestPlatform> => [
  { SMTP_URL: mailbox.url, REDIS_URL: inject('redisUrl') },
  { now: () => new Date(clock), jobIntervalMs: 50 },
];
const setup = platformWithEnterprise({ start: startArguments });
let second: TestPlatform;
let invited: ExpertParty;

beforeAll(async () => {
  second = await startTestPlatform(...startArguments());
  invited = await expert(second.url, setup.bureau);
}, 60_000);
afterAll(async () => {
  await second?.close();
});

async function notices(client: TestClient, type: string) {
  const res = await client.get('/notifications?limit=100').expect(200);
  return (res.body.items as Array<{ type: string; body: string; data: Record<string, string> }>)
    .filter((n) => n.type === type)
    .reverse();
}

/** Waits until `count()` reaches `expected`, then a while more: it must stay there. */
async function settlesAt(count: () => Promise<number> | number, expected: number) {
  await until(async () => (await count()) >= expected, 10_000);
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  return count();
}

describe('reminders, with two server processes', () => {
  it('when a pending invitation reaches half its time and then a day before expiry, then the expert is reminded once each, in the app and by mail, in Beijing time', async () => {
    const { owner } = setup;
    const needId = await openNeed(owner.client);
    const res = await invite(owner.client, needId, invited.expertId, { expiresInDays: 4 });
    expect(res.status).toBe(201);
    const invitationId = res.body.invitation.id as string;
    const expiresAt = beijingDateTime(new Date(res.body.invitation.expiresAt as string));
    const reminders = async () =>
      (await notices(invited.client, 'invitation.reminder')).filter(
        (n) => n.data.invitationId === invitationId,
      );
    const mails = () =>
      mailbox.to(invited.user.email).filter((mail) => mail.parsed.subject?.startsWith('邀请提醒'));

    clock += DAY_MS;
    expect(await settlesAt(async () => (await reminders()).length, 0)).toBe(0);

    clock += DAY_MS + MINUTE_MS;
    expect(await settlesAt(async () => (await reminders()).length, 1)).toBe(1);
    expect(await settlesAt(() => mails().length, 1)).toBe(1);
    const [halfway] = await reminders();
    expect(halfway?.data).toMatchObject({ reminder: 'halfway', expiresAt, invitationId });
    expect(halfway?.body).toContain(`${expiresAt}（北京时间）`);
    expect(mails()[0]?.parsed.text).toContain(`邀请将于 ${expiresAt}（北京时间）过期`);

    clock += DAY_MS;
    expect(await settlesAt(async () => (await reminders()).length, 2)).toBe(2);
    expect(await settlesAt(() => mails().length, 2)).toBe(2);
    expect((await reminders()).map((n) => n.data.reminder)).toEqual(['halfway', 'day-before']);
  }, 60_000);

  it('when an accepted collaboration has no agreement after 7 days, then both sides are reminded once, in the app and by mail', async () => {
    const { owner } = setup;
    const { collaborationId } = await acceptedInvitation(owner.client, invited);
    const reminders = async (client: TestClient) =>
      (await notices(client, 'collaboration.agreement-reminder')).filter(
        (n) => n.data.collaborationId === collaborationId,
      );
    const mails = (email: string) =>
      mailbox.to(email).filter((mail) => mail.parsed.subject?.startsWith('协议提醒'));

    clock += 6 * DAY_MS;
    expect(await settlesAt(async () => (await reminders(owner.client)).length, 0)).toBe(0);

    clock += DAY_MS + MINUTE_MS;
    for (const party of [owner, invited]) {
      expect(await settlesAt(async () => (await reminders(party.client)).length, 1)).toBe(1);
      expect(await settlesAt(() => mails(party.user.email).length, 1)).toBe(1);
    }
    expect(mails(owner.user.email)[0]?.parsed.text).toContain('尚未签署合作协议');
    expect((await reminders(invited.client))[0]?.data).toMatchObject({ days: 7 });
  }, 60_000);

  it('when a meeting is scheduled, then both sides are reminded once 24 h and once 1 h before it, in the app and by mail, in Beijing time', async () => {
    const { owner } = setup;
    const { collaborationId } = await acceptedInvitation(owner.client, invited);
    const start = new Date(clock + 3 * DAY_MS);
    const proposed = await owner.client.post(`/collaborations/${collaborationId}/meetings`, {
      mode: 'remote',
      link: 'https://meeting.tencent.com/dm/qs',
      slots: [
        { start: start.toISOString(), end: new Date(start.getTime() + HOUR_MS).toISOString() },
      ],
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    const meeting = proposed.body.meeting as { id: string; slots: Array<{ id: string }> };
    const picked = await invited.client.post(
      `/collaborations/${collaborationId}/meetings/${meeting.id}/pick`,
      { slotId: meeting.slots[0]?.id },
    );
    expect(picked.status, JSON.stringify(picked.body)).toBe(200);
    const startsAt = beijingDateTime(start);
    const reminders = async (client: TestClient) =>
      (await notices(client, 'meeting.reminder')).filter((n) => n.data.meetingId === meeting.id);
    const mails = (email: string) =>
      mailbox.to(email).filter((mail) => mail.parsed.subject?.startsWith('会面提醒'));

    clock += DAY_MS;
    expect(await settlesAt(async () => (await reminders(owner.client)).length, 0)).toBe(0);

    clock += DAY_MS + MINUTE_MS;
    for (const party of [owner, invited]) {
      expect(await settlesAt(async () => (await reminders(party.client)).length, 1)).toBe(1);
      expect(await settlesAt(() => mails(party.user.email).length, 1)).toBe(1);
    }
    expect((await reminders(invited.client))[0]?.body).toContain(`${startsAt}（北京时间）`);
    expect(mails(owner.user.email)[0]?.parsed.text).toContain(`${startsAt}（北京时间）`);

    clock += DAY_MS - HOUR_MS;
    for (const party of [owner, invited]) {
      expect(await settlesAt(async () => (await reminders(party.client)).length, 2)).toBe(2);
      expect(await settlesAt(() => mails(party.user.email).length, 2)).toBe(2);
    }
  }, 60_000);
});
