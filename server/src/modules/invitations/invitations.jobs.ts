import { now as clockNow } from '../../lib/clock';
import type { Job } from '../../lib/jobs';
import { dueInvitations } from '../invitation-store';
import { expireInvitation } from './invitations.service';

const BATCH = 200;

/** Expires every pending invitation due at `now`, recorded and notified; returns how many. */
export async function expireInvitations(now: Date = clockNow()): Promise<number> {
  let expired = 0;
  for (;;) {
    const due = await dueInvitations(now, BATCH);
    for (const invitation of due) if (await expireInvitation(invitation, now)) expired++;
    if (due.length < BATCH) return expired;
  }
}

/** The invitations' timed work, run by the platform's job runner. */
export function invitationJobs(everyMs: number): Job[] {
  return [{ name: 'invitations.expire', everyMs, run: expireInvitations }];
}
