import { now as clockNow } from '../../lib/clock';
import type { Job } from '../../lib/jobs';
import { recordedEvent } from '../../lib/outbox';
import {
  dispatchInvitationEvents,
  dueInvitations,
  dueReminders,
  recordReminder,
  type InvitationRecord,
} from '../invitation-store';
import { expireInvitation, invitationEventData } from './invitations.service';
import { dueReminder } from './reminders';

const BATCH = 200;

/**
 * Expires every pending invitation due at `now`, recorded and notified, until `stopping` aborts;
 * returns how many.
 */
export async function expireInvitations(
  now: Date = clockNow(),
  stopping?: AbortSignal,
): Promise<number> {
  let expired = 0;
  for (;;) {
    const due = await dueInvitations(now, BATCH);
    for (const invitation of due) {
      if (stopping?.aborted) return expired;
      if (await expireInvitation(invitation, now)) expired++;
    }
    if (due.length < BATCH) return expired;
  }
}

/** Records the invitation's due reminder (`invitation.reminded`) and sends it; false when moved. */
async function remind(record: InvitationRecord, now: Date): Promise<boolean> {
  if (!record.nextReminder) return false;
  const { due, next } = dueReminder(record.createdAt, record.expiresAt, record.nextReminder, now);
  const id = record._id.toString();
  const event = recordedEvent(
    'invitation.reminded',
    `invitation.reminded:${due.kind}:${id}`,
    {
      ...invitationEventData(record),
      reminder: due.kind,
      expiresAt: record.expiresAt.toISOString(),
    },
    now,
  );
  if (!(await recordReminder(record, next, event))) return false;
  // A failing notice or mail is reported by the dispatcher and retried by its sweep; the other
  // reminders go on.
  await dispatchInvitationEvents(record._id).catch(() => undefined);
  return true;
}

/** Sends every pending invitation's reminder due at `now`, until `stopping` aborts; returns how many. */
export async function remindInvitations(
  now: Date = clockNow(),
  stopping?: AbortSignal,
): Promise<number> {
  let reminded = 0;
  for (;;) {
    const due = await dueReminders(now, BATCH);
    for (const record of due) {
      if (stopping?.aborted) return reminded;
      if (await remind(record, now)) reminded++;
    }
    if (due.length < BATCH) return reminded;
  }
}

/** The invitations' timed work, run by the platform's job runner. */
export function invitationJobs(everyMs: number): Job[] {
  return [
    { name: 'invitations.expire', everyMs, run: expireInvitations },
    { name: 'invitations.remind', everyMs, run: remindInvitations },
  ];
}
