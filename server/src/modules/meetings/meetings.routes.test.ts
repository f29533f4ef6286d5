import { beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '@test/support/platform';
import {
  acceptedInvitation,
  connectedSocket,
  enterprise,
  expert,
  nextEvent,
  type EnterpriseParty,
  type ExpertParty,
} from '@test/support/invitations';
import { platformWithEnterprise } from '@test/support/arranged';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

const setup = platformWithEnterprise();
let other: EnterpriseParty;
let stranger: ExpertParty;

beforeAll(async () => {
  other = await enterprise(setup.platform.url);
  stranger = await expert(setup.platform.url, setup.bureau);
});

interface Meeting {
  id: string;
  status: string;
  mode: string;
  address?: string;
  link?: string;
  proposedBy: string;
  slots: Array<{ id: string; start: string; end: string }>;
  scheduled?: { id: string; start: string; end: string };
  history: Array<{ action: string; side: string; slots?: unknown[]; reason?: string }>;
}

/** A slot `days` from now at a whole hour, one hour long. */
function slot(days: number, hour = 10) {
  const start = new Date(
    Math.ceil((Date.now() + days * DAY_MS) / HOUR_MS) * HOUR_MS + hour * 60_000,
  );
  return { start: start.toISOString(), end: new Date(start.getTime() + HOUR_MS).toISOString() };
}

async function collaboration() {
  const invited = await expert(setup.platform.url, setup.bureau);
  const { collaborationId } = await acceptedInvitation(setup.owner.client, invited);
  return { invited, id: collaborationId };
}

async function propose(client: TestClient, id: string, body: object = {}) {
  const res = await client.post(`/collaborations/${id}/meetings`, {
    mode: 'onsite',
    address: '青岛市崂山区海尔路1号',
    slots: [slot(3), slot(4)],
    ...body,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.meeting as Meeting;
}

async function move(client: TestClient, id: string, meetingId: string, action: string, body = {}) {
  return client.post(`/collaborations/${id}/meetings/${meetingId}/${action}`, body);
}

describe('meetings', () => {
  it('when the enterprise proposes slots and the expert picks one, then it is scheduled, both are told live, and both download it as an .ics in Beijing time', async () => {
    const { invited, id } = await collaboration();
    const expertSocket = await connectedSocket(setup.platform.url, invited);
    const ownerSocket = await connectedSocket(setup.platform.url, setup.owner);
    try {
      const proposedNotice = nextEvent<{
        notification: { type: string; data: Record<string, string> };
      }>(expertSocket, 'notification', (p) => p.notification.type === 'meeting.proposed');
      const proposed = await propose(setup.owner.client, id, { note: '现场诊断' });
      expect(proposed).toMatchObject({
        status: 'proposed',
        proposedBy: 'enterprise',
        mode: 'onsite',
      });
      expect(proposed.slots).toHaveLength(2);
      expect((await proposedNotice).notification.data).toMatchObject({
        meetingId: proposed.id,
        collaborationId: id,
      });

      const picked = proposed.slots[1] as Meeting['slots'][number];
      const scheduledNotice = nextEvent<{
        notification: { type: string; data: Record<string, string> };
      }>(ownerSocket, 'notification', (p) => p.notification.type === 'meeting.scheduled');
      const res = await move(invited.client, id, proposed.id, 'pick', { slotId: picked.id });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.meeting).toMatchObject({ status: 'scheduled', scheduled: picked });
      const notice = (await scheduledNotice).notification;
      expect(notice.data.startsAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

      const beijing = new Date(Date.parse(picked.start) + 8 * HOUR_MS)
        .toISOString()
        .replace(/[-:]/g, '')
        .slice(0, 15);
      for (const client of [setup.owner.client, invited.client, setup.bureau]) {
        const ics = await client
          .get(`/collaborations/${id}/meetings/${proposed.id}/meeting.ics`)
          .expect(200);
        expect(ics.headers['content-type']).toContain('text/calendar');
        expect(ics.headers['content-disposition']).toContain('attachment');
        const text = ics.text;
        expect(text).toContain('BEGIN:VCALENDAR');
        expect(text).toContain('TZID:Asia/Shanghai');
        expect(text).toContain(`DTSTART;TZID=Asia/Shanghai:${beijing}`);
        expect(text).toContain('LOCATION:青岛市崂山区海尔路1号');
      }
      const list = await invited.client.get(`/collaborations/${id}/meetings`).expect(200);
      expect(list.body.items.map((m: Meeting) => m.id)).toEqual([proposed.id]);
    } finally {
      expertSocket.close();
      ownerSocket.close();
    }
  });

  it('when a scheduled meeting is rescheduled and then cancelled, then the history keeps every offer, pick and reason, and the .ics is refused', async () => {
    const { invited, id } = await collaboration();
    const proposed = await propose(invited.client, id, {
      mode: 'remote',
      address: undefined,
      link: 'https://meeting.tencent.com/dm/abc',
    });
    expect(proposed.proposedBy).toBe('expert');
    const first = proposed.slots[0]?.id as string;
    expect((await move(invited.client, id, proposed.id, 'pick', { slotId: first })).status).toBe(
      403,
    );
    expect(
      (await move(setup.owner.client, id, proposed.id, 'pick', { slotId: first })).status,
    ).toBe(200);

    const rescheduled = await move(setup.owner.client, id, proposed.id, 'reschedule', {
      mode: 'onsite',
      address: '深圳市南山区',
      slots: [slot(6)],
      reason: '改为现场',
    });
    expect(rescheduled.status, JSON.stringify(rescheduled.body)).toBe(200);
    const meeting = rescheduled.body.meeting as Meeting;
    expect(meeting).toMatchObject({
      status: 'proposed',
      proposedBy: 'enterprise',
      mode: 'onsite',
      address: '深圳市南山区',
    });
    expect(meeting.scheduled).toBeUndefined();
    expect(meeting.link).toBeUndefined();
    expect(
      (await setup.owner.client.get(`/collaborations/${id}/meetings/${proposed.id}/meeting.ics`))
        .status,
    ).toBe(409);
    // The slot picked before the reschedule is not on offer any more.
    expect((await move(invited.client, id, proposed.id, 'pick', { slotId: first })).status).toBe(
      400,
    );

    const cancelled = await move(invited.client, id, proposed.id, 'cancel', {
      reason: '已电话沟通',
    });
    expect(cancelled.body.meeting.status).toBe('cancelled');
    expect(
      (cancelled.body.meeting as Meeting).history.map((h) => [h.action, h.side, h.reason]),
    ).toEqual([
      ['proposed', 'expert', undefined],
      ['picked', 'enterprise', undefined],
      ['rescheduled', 'enterprise', '改为现场'],
      ['cancelled', 'expert', '已电话沟通'],
    ]);
    for (const action of ['cancel', 'reschedule', 'pick'])
      expect(
        (
          await move(
            setup.owner.client,
            id,
            proposed.id,
            action,
            action === 'pick'
              ? { slotId: 'x' }
              : action === 'reschedule'
                ? { mode: 'remote', link: 'https://a.cn', slots: [slot(7)] }
                : {},
          )
        ).status,
      ).toBe(409);
    const notices = await invited.client.get('/notifications?limit=100').expect(200);
    const types = (notices.body.items as Array<{ type: string; data: Record<string, string> }>)
      .filter((n) => n.data.meetingId === proposed.id)
      .map((n) => n.type);
    expect(types.sort()).toEqual(['meeting.rescheduled', 'meeting.scheduled']);
  });

  it('when slots are missing, too many, in the past or end before they start, or the place is missing, then 400 naming the field and nothing is stored', async () => {
    const { id } = await collaboration();
    const cases: Array<[object, string]> = [
      [{ slots: [] }, 'slots'],
      [{ slots: [slot(1), slot(2), slot(3), slot(4), slot(5), slot(6)] }, 'slots'],
      [{ slots: [slot(2), slot(-1)] }, 'slots.1.start'],
      [{ slots: [{ start: slot(2).end, end: slot(2).start }] }, 'slots.0.end'],
      [{ address: undefined }, 'address'],
      [{ mode: 'remote', address: undefined }, 'link'],
      [{ mode: 'remote', link: 'javascript:alert(1)' }, 'link'],
    ];
    for (const [body, path] of cases) {
      const res = await setup.owner.client.post(`/collaborations/${id}/meetings`, {
        mode: 'onsite',
        address: '青岛',
        slots: [slot(2)],
        ...body,
      });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    expect((await setup.owner.client.get(`/collaborations/${id}/meetings`)).body.items).toEqual([]);
  });

  it('when another organization, another expert, the bureau or nobody acts, then they are refused and nothing changes', async () => {
    const { id } = await collaboration();
    const meeting = await propose(setup.owner.client, id);
    const slotId = meeting.slots[0]?.id as string;
    for (const client of [other.client, stranger.client]) {
      await client.get(`/collaborations/${id}/meetings`).expect(404);
      await client.get(`/collaborations/${id}/meetings/${meeting.id}/meeting.ics`).expect(404);
      expect(
        (
          await client.post(`/collaborations/${id}/meetings`, {
            mode: 'onsite',
            address: 'x',
            slots: [slot(2)],
          })
        ).status,
      ).toBe(404);
      expect((await move(client, id, meeting.id, 'pick', { slotId })).status).toBe(404);
      expect((await move(client, id, meeting.id, 'cancel')).status).toBe(404);
    }
    expect((await move(setup.bureau, id, meeting.id, 'pick', { slotId })).status).toBe(403);
    expect(
      (
        await setup.bureau.post(`/collaborations/${id}/meetings`, {
          mode: 'onsite',
          address: 'x',
          slots: [slot(2)],
        })
      ).status,
    ).toBe(403);
    await new TestClient(setup.platform.url).get(`/collaborations/${id}/meetings`).expect(401);
    // A meeting of another collaboration is not found through this one.
    const elsewhere = await collaboration();
    expect((await move(setup.owner.client, elsewhere.id, meeting.id, 'cancel')).status).toBe(404);
    const after = await setup.owner.client.get(`/collaborations/${id}/meetings`).expect(200);
    expect(after.body.items[0]).toMatchObject({
      status: 'proposed',
      history: [{ action: 'proposed' }],
    });
  });

  it('when the collaboration is cancelled, then no meeting can be proposed or picked', async () => {
    const { invited, id } = await collaboration();
    const meeting = await propose(setup.owner.client, id);
    expect((await setup.owner.client.post(`/collaborations/${id}/cancel`, {})).status).toBe(200);
    expect(
      (await move(invited.client, id, meeting.id, 'pick', { slotId: meeting.slots[0]?.id })).status,
    ).toBe(409);
    const res = await setup.owner.client.post(`/collaborations/${id}/meetings`, {
      mode: 'onsite',
      address: 'x',
      slots: [slot(2)],
    });
    expect(res.status).toBe(409);
  });
});
