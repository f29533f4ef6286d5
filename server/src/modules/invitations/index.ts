export { registerInvitationRoutes } from './invitations.routes';
export { expireInvitations, startInvitationJobs } from './invitations.jobs';
export { InvitationModel, type InvitationRecord } from './invitation.model';
