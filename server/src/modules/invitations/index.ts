export { registerInvitationRoutes } from './invitations.routes';
export { expireInvitations, invitationJobs } from './invitations.jobs';
export type { InvitationRecord } from '../invitation-store';
export { registerInvitationSubscribers } from './subscribers';
export { createInvitation } from './invitations.service';
export { registerInvitationQuestionRoutes } from './questions.routes';
