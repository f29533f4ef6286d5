import { adminRoutes } from './admin';
import { authRoutes } from './auth';
import { collaborationRoutes } from './collaborations';
import { expertClaimRoutes } from './expert-claims';
import { expertImportRoutes } from './expert-import';
import { expertReviewRoutes } from './expert-review';
import { expertRoutes } from './experts';
import { invitationRoutes } from './invitations';
import { mailRoutes } from './mail';
import { matchingRoutes } from './matching';
import { membershipRoutes } from './memberships';
import { messagingRoutes } from './messaging';
import { needRoutes } from './needs';
import { notificationRoutes } from './notifications';
import { organizationRoutes } from './organizations';
import { outcomeRoutes } from './outcomes';
import { poolRuleRoutes } from './pool-rules';
import { statsRoutes } from './stats';
import { statsExportRoutes } from './stats-export';
import { taxonomyRoutes } from './taxonomy';
import { invitationQuestionRoutes } from './invitation-questions';
import { meetingRoutes } from './meetings';
import { creditRoutes } from './credit';
import { conflictRoutes } from './conflicts';
import { drawRecordRoutes } from './draw-record';
import { interestRoutes } from './interests';
import { invitationBatchRoutes } from './invitation-batch';

export * from './define';
export {
  adminRoutes,
  authRoutes,
  collaborationRoutes,
  expertClaimRoutes,
  expertImportRoutes,
  expertReviewRoutes,
  expertRoutes,
  invitationRoutes,
  mailRoutes,
  matchingRoutes,
  membershipRoutes,
  messagingRoutes,
  needRoutes,
  notificationRoutes,
  organizationRoutes,
  outcomeRoutes,
  poolRuleRoutes,
  statsRoutes,
  statsExportRoutes,
  taxonomyRoutes,
  creditRoutes,
  conflictRoutes,
};
export { invitationQuestionRoutes, meetingRoutes };
export { drawRecordRoutes };
export { interestRoutes };
export { invitationBatchRoutes };

/** The whole API: every route the server handles and the client calls. */
export const apiContract = {
  auth: authRoutes,
  memberships: membershipRoutes,
  admin: adminRoutes,
  taxonomy: taxonomyRoutes,
  organizations: organizationRoutes,
  experts: expertRoutes,
  expertClaims: expertClaimRoutes,
  expertImport: expertImportRoutes,
  expertReview: expertReviewRoutes,
  mail: mailRoutes,
  needs: needRoutes,
  invitations: invitationRoutes,
  collaborations: collaborationRoutes,
  notifications: notificationRoutes,
  messaging: messagingRoutes,
  stats: statsRoutes,
  statsExport: statsExportRoutes,
  matching: matchingRoutes,
  invitationQuestions: invitationQuestionRoutes,
  meetings: meetingRoutes,
  outcomes: outcomeRoutes,
  poolRules: poolRuleRoutes,
  credit: creditRoutes,
  conflicts: conflictRoutes,
  drawRecord: drawRecordRoutes,
  interests: interestRoutes,
  invitationBatch: invitationBatchRoutes,
};
