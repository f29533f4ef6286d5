export {
  allResponseHours,
  dispatchInvitationEvents,
  dueInvitations,
  dueReminders,
  expiredCount,
  findInvitation,
  findInvitationOf,
  findInvitationPage,
  insertInvitation,
  invitationCountsByStatus,
  invitationCreationTimes,
  invitationPairs,
  invitedNeedIds,
  invitationsOfNeed,
  leavePending,
  needsInvitedCount,
  recordReminder,
  responseHoursOf,
} from './invitation-store';
export { acceptedExpertIds, backfillAcceptedPairs, recordAcceptedPair } from './accepted-pairs';
export type { InvitationEvent, InvitationRecord } from './invitation.model';
export { parallelCounts, type ParallelCounts } from './parallel';
export { seedDemoInvitations, type InvitationSeed } from './invitations.seed';
