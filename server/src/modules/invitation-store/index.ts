export {
  dispatchInvitationEvents,
  dueInvitations,
  dueReminders,
  expiredCount,
  findInvitation,
  findInvitationOf,
  findInvitationPage,
  invitationFacts,
  invitationFactsOf,
  invitationCount,
  invitedNeedIdSet,
  insertInvitation,
  invitedNeedIds,
  invitationsOfNeed,
  leavePending,
  recordReminder,
  responseHoursOf,
} from './invitation-store';
export { acceptedExpertIds, backfillAcceptedPairs, recordAcceptedPair } from './accepted-pairs';
export type { InvitationEvent, InvitationRecord } from './invitation.model';
export type { InvitationFact } from './invitation-store';
export { parallelCounts, type ParallelCounts } from './parallel';
export { seedDemoInvitations, type InvitationSeed } from './invitations.seed';
