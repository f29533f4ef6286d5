import { domainEvents } from './lib/events';
import type { Job } from './lib/jobs';
import type { Logger } from './lib/logger';
import { recordedEvents } from './lib/outbox';
import { registerCollaborationSubscribers } from './modules/collaborations';
import { registerCreditSubscribers } from './modules/credit';
import { registerExpertSubscribers } from './modules/experts';
import { registerInterestSubscribers } from './modules/interests';
import { registerInvitationSubscribers } from './modules/invitations';
import { registerDrawSubscribers } from './modules/matching';
import type { Mailer } from './modules/mail';
import { registerMeetingSubscribers } from './modules/meetings';
import { registerMessagingSubscribers } from './modules/messaging';
import { registerStatsSubscribers } from './modules/stats';

/**
 * What happens after each change, in one place: every module's subscribers, in the order they run
 * for an event (an accepted invitation opens its conversation, starts its collaboration, counts
 * the answer, tells the enterprise, then the statistics go stale). Returns the unsubscribe.
 */
export function wireSubscribers(deps: { mail: Mailer; logger: Logger }): () => void {
  const events = recordedEvents;
  const bus = domainEvents;
  const unsubscribes = [
    ...registerMessagingSubscribers(events),
    ...registerCollaborationSubscribers(events, { bus, ...deps }),
    ...registerExpertSubscribers(events),
    ...registerInvitationSubscribers(events, { bus, ...deps }),
    ...registerStatsSubscribers(events, bus),
    // After the invitation's own notices: a reserve's invitation follows the decline it answers.
    ...registerDrawSubscribers(events),
    ...registerMeetingSubscribers(events, deps),
    ...registerCreditSubscribers(events),
    ...registerInterestSubscribers(events),
  ];
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
}

/** The sweep that handles what a crash or a failing subscriber left recorded. */
export function eventJobs(everyMs: number): Job[] {
  return [{ name: 'events.dispatch', everyMs, run: () => recordedEvents.sweep() }];
}
