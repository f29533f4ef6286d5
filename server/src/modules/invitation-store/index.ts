export {
  acceptedExpertIds,
  allResponseHours,
  dueInvitations,
  findInvitation,
  findInvitationOf,
  findInvitationPage,
  insertInvitation,
  invitationCountsByStatus,
  invitationCreationTimes,
  invitationPairs,
  invitedNeedIds,
  leavePending,
  needsInvitedCount,
  responseHoursOf,
} from './invitation-store';
export type { InvitationEvent, InvitationRecord } from './invitation.model';
