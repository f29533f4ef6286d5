import { z } from 'zod';
import { idSchema } from '../schemas/common';
import {
  cancelMeetingSchema,
  meetingListSchema,
  meetingResponseSchema,
  pickMeetingSlotSchema,
  proposeMeetingSchema,
  rescheduleMeetingSchema,
} from '../schemas/meetings';
import { idParams } from './common';
import { defineRoute } from './define';

const tags = ['Meetings'];
const meetingParams = z.strictObject({ id: idSchema, meetingId: idSchema });
const moveErrors = [403, 404, 409];
const slots = [
  { start: '2026-12-01T10:00:00+08:00', end: '2026-12-01T11:00:00+08:00' },
  { start: '2026-12-02T14:30:00+08:00', end: '2026-12-02T15:30:00+08:00' },
];

export const meetingRoutes = {
  list: defineRoute({
    method: 'get',
    path: '/collaborations/:id/meetings',
    summary:
      "A collaboration's meetings, newest first, each with its history (its two sides, bureau)",
    tags,
    access: 'signed-in',
    params: idParams,
    response: meetingListSchema,
    errors: [404],
  }),
  propose: defineRoute({
    method: 'post',
    path: '/collaborations/:id/meetings',
    summary:
      'Propose a meeting in 1–5 future slots, on site with an address or remote with a link (either side, collaboration active or agreed)',
    tags,
    access: 'signed-in',
    params: idParams,
    body: proposeMeetingSchema,
    example: { mode: 'onsite', address: '青岛市崂山区海尔路1号', note: '现场诊断', slots },
    status: 201,
    response: meetingResponseSchema,
    errors: moveErrors,
  }),
  pick: defineRoute({
    method: 'post',
    path: '/collaborations/:id/meetings/:meetingId/pick',
    summary: 'Pick one of the proposed slots (the side that did not propose them)',
    tags,
    access: 'signed-in',
    params: meetingParams,
    body: pickMeetingSlotSchema,
    example: { slotId: 's1' },
    response: meetingResponseSchema,
    errors: moveErrors,
  }),
  reschedule: defineRoute({
    method: 'post',
    path: '/collaborations/:id/meetings/:meetingId/reschedule',
    summary:
      'Offer new slots for a proposed or scheduled meeting (either side); the other side picks again, the history keeps the old ones',
    tags,
    access: 'signed-in',
    params: meetingParams,
    body: rescheduleMeetingSchema,
    example: { mode: 'remote', link: 'https://meeting.tencent.com/dm/abc', slots, reason: '出差' },
    response: meetingResponseSchema,
    errors: moveErrors,
  }),
  cancel: defineRoute({
    method: 'post',
    path: '/collaborations/:id/meetings/:meetingId/cancel',
    summary: 'Cancel a proposed or scheduled meeting (either side)',
    tags,
    access: 'signed-in',
    params: meetingParams,
    body: cancelMeetingSchema,
    example: { reason: '已电话沟通，无需会面' },
    response: meetingResponseSchema,
    errors: moveErrors,
  }),
  calendar: defineRoute({
    method: 'get',
    path: '/collaborations/:id/meetings/:meetingId/meeting.ics',
    summary:
      'A scheduled meeting as an iCalendar file (text/calendar, Asia/Shanghai), for either side',
    tags,
    access: 'signed-in',
    params: meetingParams,
    errors: [404, 409],
  }),
};
