export {
  allResponseHours,
  dueInvitations,
  findInvitation,
  findInvitationOf,
  findInvitationPage,
  hasAccepted,
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
