export { registerInvitationRoutes } from './invitations.routes';
export { expireInvitations, invitationJobs } from './invitations.jobs';
export { InvitationModel, type InvitationRecord } from './invitation.model';
