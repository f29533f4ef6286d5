import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus } from 'ical-generator';
import { ConflictError } from '../../lib/errors';
import { PLATFORM_ZONE } from '../../lib/time';
import type { PartyNames } from '../collaborations';
import type { MeetingRecord } from './meeting.model';

/** Beijing wall time: ical-generator writes a date with its own getters under the event's TZID. */
const zoned = (at: Date) => new TZDate(at.getTime(), PLATFORM_ZONE);

/** A scheduled meeting as an iCalendar file, in Beijing time with its VTIMEZONE. */
export function meetingCalendar(meeting: MeetingRecord, names: PartyNames): string {
  const slot = meeting.scheduled;
  if (meeting.status !== 'scheduled' || !slot)
    throw new ConflictError({
      key: 'meeting_not_scheduled',
      params: { status: meeting.status },
    });
  const calendar = ical({
    name: '青深专家平台会面',
    prodId: { company: 'qsalliance', product: 'expert-platform', language: 'ZH' },
    timezone: { name: PLATFORM_ZONE, generator: getVtimezoneComponent },
  });
  const parties = [names.organizationName, names.expertName].filter(Boolean).join(' × ');
  calendar.createEvent({
    id: `${meeting._id.toString()}@qsalliance`,
    // A rescheduled meeting replaces the copy a calendar already holds.
    sequence: meeting.history.length,
    start: zoned(slot.start),
    end: zoned(slot.end),
    timezone: PLATFORM_ZONE,
    stamp: zoned(meeting.updatedAt),
    status: ICalEventStatus.CONFIRMED,
    summary: `会面：${names.needTitle ?? ''}${parties ? `（${parties}）` : ''}`,
    description: [meeting.note, meeting.link].filter(Boolean).join('\n'),
    ...(meeting.mode === 'onsite' ? { location: meeting.address } : { url: meeting.link }),
  });
  return calendar.toString();
}
