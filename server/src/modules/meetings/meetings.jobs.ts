import { now as clockNow } from '../../lib/clock';
import type { Job } from '../../lib/jobs';
import { recordedEvent } from '../../lib/outbox';
import { beijingDateTime } from '../../lib/time';
import { MeetingModel, type MeetingRecord } from './meeting.model';
import { dispatchMeetingEvents, meetingEventData } from './meetings.service';
import { dueMeetingReminder } from './reminders';

const BATCH = 200;

/**
 * Reminds both sides of each scheduled meeting 24 h and 1 h before it starts. A reminder is
 * recorded with its event in one write conditional on the reminder still being the next one, so
 * it goes once across restarts and processes; a late run sends only the latest reminder due.
 */
export async function remindMeetings(now: Date = clockNow()): Promise<number> {
  const due = { status: 'scheduled' as const, 'nextReminder.at': { $lte: now } };
  let reminded = 0;
  for (;;) {
    const batch = await MeetingModel.find(due).limit(BATCH).lean<MeetingRecord[]>();
    for (const record of batch) {
      const { scheduled, nextReminder } = record;
      if (!scheduled || !nextReminder) continue;
      const { due: reminder, next } = dueMeetingReminder(scheduled.start, now);
      const change = next ? { $set: { nextReminder: next } } : { $unset: { nextReminder: 1 } };
      const result = await MeetingModel.updateOne(
        {
          _id: record._id,
          status: 'scheduled',
          'scheduled.id': scheduled.id,
          'nextReminder.at': nextReminder.at,
        },
        reminder
          ? {
              ...change,
              $push: {
                outbox: recordedEvent(
                  'meeting.reminded',
                  `meeting.reminded:${record._id.toString()}:${scheduled.id}:${reminder.kind}`,
                  {
                    ...meetingEventData(record),
                    reminder: reminder.kind,
                    startsAt: beijingDateTime(scheduled.start),
                  },
                  now,
                ),
              },
            }
          : change,
        { timestamps: false },
      );
      if (result.modifiedCount !== 1 || !reminder) continue;
      reminded++;
      // A failing notice or mail is reported by the dispatcher and retried by its sweep.
      await dispatchMeetingEvents(record._id).catch(() => undefined);
    }
    if (batch.length < BATCH) return reminded;
  }
}

export function meetingJobs(everyMs: number): Job[] {
  return [{ name: 'meetings.remind', everyMs, run: remindMeetings }];
}
