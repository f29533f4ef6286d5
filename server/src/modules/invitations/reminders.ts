import type { InvitationReminder } from '../../lib/outbox';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ScheduledReminder {
  kind: InvitationReminder;
  at: Date;
}

/**
 * When a pending invitation reminds its expert: at half its time, and a day before it expires
 * when that comes later than the half (an invitation of two days or less gets the first alone).
 */
export function reminderSchedule(createdAt: Date, expiresAt: Date): ScheduledReminder[] {
  const halfway = new Date((createdAt.getTime() + expiresAt.getTime()) / 2);
  const dayBefore = new Date(expiresAt.getTime() - DAY_MS);
  return [
    { kind: 'halfway', at: halfway },
    ...(dayBefore > halfway ? [{ kind: 'day-before' as const, at: dayBefore }] : []),
  ];
}

/**
 * The reminder to send now, `next` having come due, and the one after it. A job that runs late
 * (the platform was down) sends only the latest reminder due, never two at once.
 */
export function dueReminder(
  createdAt: Date,
  expiresAt: Date,
  next: ScheduledReminder,
  now: Date,
): { due: ScheduledReminder; next?: ScheduledReminder } {
  const schedule = reminderSchedule(createdAt, expiresAt);
  const after = schedule.slice(schedule.findIndex((each) => each.kind === next.kind) + 1);
  return {
    due: after.filter((each) => each.at <= now).at(-1) ?? next,
    next: after.find((each) => each.at > now),
  };
}
