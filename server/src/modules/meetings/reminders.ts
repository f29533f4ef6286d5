import type { MeetingReminder } from '../../lib/outbox';

const HOUR_MS = 60 * 60 * 1000;
const BEFORE: Record<MeetingReminder, number> = {
  'day-before': 24 * HOUR_MS,
  'hour-before': HOUR_MS,
};
const ORDER: MeetingReminder[] = ['day-before', 'hour-before'];

/** The reminders of a meeting starting at `start` still ahead of `now`, in order. */
export function meetingReminders(start: Date, now: Date): { kind: MeetingReminder; at: Date }[] {
  return ORDER.map((kind) => ({ kind, at: new Date(start.getTime() - BEFORE[kind]) })).filter(
    (reminder) => reminder.at > now,
  );
}

/**
 * The reminder due at `now` (the latest one whose time has come, so a late run sends only that
 * one) and the one after it; none once the meeting has started.
 */
export function dueMeetingReminder(start: Date, now: Date) {
  if (start <= now) return { due: undefined, next: undefined };
  const passed = ORDER.map((kind) => ({
    kind,
    at: new Date(start.getTime() - BEFORE[kind]),
  })).filter((reminder) => reminder.at <= now);
  return { due: passed.at(-1), next: meetingReminders(start, now)[0] };
}
