import type { NotificationType } from '@qs/shared';
import type { Logger } from '../../lib/logger';
import type {
  EventDispatcher,
  EventMeta,
  MeetingEventData,
  RecordedEvents,
} from '../../lib/outbox';
import { beijingDateTime } from '../../lib/time';
import { mailAddressees, otherSideOf, partiesOf, presentParties } from '../collaborations';
import type { Mailer } from '../mail';
import { notify } from '../notifications';
import { findMeeting } from './meetings.service';

export interface MeetingSubscriberDeps {
  mail: Mailer;
  logger: Logger;
}

/** The notice of a move to the other side (both for reminders), keyed on the event. */
async function announce(
  data: MeetingEventData & { reason?: string; startsAt?: string },
  type: NotificationType,
  meta: EventMeta,
): Promise<void> {
  const meeting = await findMeeting(data.meetingId);
  if (!meeting) return;
  const { names, users } = await partiesOf(meeting);
  const recipients = data.side
    ? otherSideOf(users, data.side)
    : [...users.enterprise, ...users.expert];
  const startsAt = data.startsAt ?? (meeting.scheduled && beijingDateTime(meeting.scheduled.start));
  await notify(recipients, {
    type,
    key: `${type}:${meta.key}`,
    data: {
      ...presentParties(meeting, names),
      collaborationId: data.collaborationId,
      meetingId: data.meetingId,
      ...(startsAt ? { startsAt } : {}),
      ...(data.reason ? { reason: data.reason } : {}),
    },
  });
}

type Reminded = RecordedEvents['meeting.reminded'];

/** Both sides' reminder mail, each naming the other side; in Chinese, as accounts keep no language. */
async function mailReminder({ mail, logger }: MeetingSubscriberDeps, data: Reminded) {
  const meeting = await findMeeting(data.meetingId);
  if (!meeting) return;
  const { names, users } = await partiesOf(meeting);
  const place = (meeting.mode === 'onsite' ? meeting.address : meeting.link) ?? '';
  for (const { email, otherParty } of await mailAddressees(names, users)) {
    const sent = await mail.send({
      to: email,
      language: 'zh',
      template: 'meeting-reminder',
      data: { needTitle: names.needTitle ?? '', otherParty, startsAt: data.startsAt, place },
    });
    logger.info({ meetingId: data.meetingId, mailId: sent.id }, 'meeting reminder mailed');
  }
}

/** The notices of each meeting move and the reminders before it. */
export function registerMeetingSubscribers(
  events: EventDispatcher,
  deps: MeetingSubscriberDeps,
): Array<() => void> {
  return [
    events.subscribe('meeting.proposed', 'meetings.notify', (data, meta) =>
      announce(data, 'meeting.proposed', meta),
    ),
    events.subscribe('meeting.scheduled', 'meetings.notify', (data, meta) =>
      announce(data, 'meeting.scheduled', meta),
    ),
    events.subscribe('meeting.rescheduled', 'meetings.notify', (data, meta) =>
      announce(data, 'meeting.rescheduled', meta),
    ),
    events.subscribe('meeting.cancelled', 'meetings.notify', (data, meta) =>
      announce(data, 'meeting.cancelled', meta),
    ),
    events.subscribe('meeting.reminded', 'meetings.notify', (data, meta) =>
      announce(data, 'meeting.reminder', meta),
    ),
    events.subscribe('meeting.reminded', 'meetings.mail', (data) => mailReminder(deps, data)),
  ];
}
