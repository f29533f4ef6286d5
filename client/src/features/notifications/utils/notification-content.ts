import {
  appealOutcomeSchema,
  can,
  orgRoleSchema,
  type Actor,
  type NotificationDto,
  type NotificationType,
} from '@qs/shared';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths';

/** The parameters each type's texts need; without them the server's own texts are shown. */
const requiredParams: Record<NotificationType, readonly string[]> = {
  'invitation.new': ['organizationName', 'needTitle'],
  'invitation.accepted': ['expertName', 'needTitle'],
  'invitation.declined': ['expertName', 'needTitle'],
  'invitation.expired': ['expertName', 'needTitle'],
  'invitation.withdrawn': ['organizationName', 'needTitle'],
  'invitation.reminder': ['organizationName', 'needTitle', 'expiresAt'],
  'collaboration.agreed': ['needTitle'],
  'collaboration.completed': ['needTitle'],
  'collaboration.cancelled': ['needTitle'],
  'collaboration.rated': ['needTitle', 'score'],
  'collaboration.agreement-reminder': ['needTitle', 'days'],
  'membership.requested': ['userName', 'organizationName'],
  'membership.approved': ['organizationName'],
  'membership.rejected': ['organizationName'],
  'membership.removed': ['organizationName'],
  'membership.role-changed': ['organizationName', 'orgRole'],
  'extraction.exhausted': ['needTitle', 'openSeats'],
  'invitation.question': ['expertName', 'needTitle'],
  'invitation.answer': ['organizationName', 'needTitle'],
  'meeting.proposed': ['needTitle'],
  'meeting.scheduled': ['needTitle', 'startsAt'],
  'meeting.rescheduled': ['needTitle'],
  'meeting.cancelled': ['needTitle'],
  'meeting.reminder': ['needTitle', 'startsAt'],
  'need.closed': ['organizationName', 'needTitle'],
  'profile.confirmation-reminder': ['freezesOn'],
  'credit.suspended': ['subjectName', 'until'],
  'credit.lifted': ['subjectName'],
  'credit.appealed': ['subjectName'],
  'credit.appeal-answered': ['subjectName', 'outcome'],
  'need.interest': ['expertName', 'needTitle'],
};

export interface NotificationContent {
  title: string;
  body: string;
  /** Where the notification leads: the invitation or the collaboration it is about. */
  href: string;
}

/** Where a notification leads the one who reads it. */
export function targetOf({ type, data }: NotificationDto, viewer: Actor): string {
  if (type === 'membership.requested')
    return can(viewer, 'members:review-all', undefined)
      ? paths.app.membershipRequests.getHref()
      : paths.app.members.getHref();
  // A decision on one's own membership changes what the app shows: its home page tells.
  if (type.startsWith('membership.')) return paths.app.root.getHref();
  if (type === 'profile.confirmation-reminder') return paths.app.profile.getHref();
  const id = (key: string) => (typeof data[key] === 'string' ? data[key] : undefined);
  const needId = id('needId');
  if ((type.startsWith('extraction.') || type === 'need.interest') && needId)
    return paths.app.needDetail.getHref(needId);
  // The bureau answers an appeal on the subject's record; the subject reads its own.
  const subjectId = id('subjectId');
  if (type === 'credit.appealed' && subjectId)
    return data.subjectType === 'organization'
      ? paths.app.organizationCredit.getHref(subjectId)
      : paths.app.expertDetail.getHref(subjectId);
  if (type.startsWith('credit.')) return paths.app.credit.getHref();
  const collaborationId = id('collaborationId');
  const invitationId = id('invitationId');
  if (type.startsWith('collaboration.') || type.startsWith('meeting.'))
    return collaborationId
      ? paths.app.collaborationDetail.getHref(collaborationId)
      : paths.app.collaborations.getHref();
  return invitationId
    ? paths.app.invitationDetail.getHref(invitationId)
    : paths.app.invitations.getHref();
}

/** A notification's texts in the user's language, from its type and parameters. */
export function useNotificationContent(viewer: Actor) {
  const { t } = useTranslation();
  return (notification: NotificationDto): NotificationContent => {
    const { type, data } = notification;
    const href = targetOf(notification, viewer);
    if (!requiredParams[type].every((key) => data[key] !== undefined && data[key] !== ''))
      return { title: notification.title, body: notification.body, href };
    const reason = typeof data.reason === 'string' ? data.reason : '';
    const orgRole = orgRoleSchema.safeParse(data.orgRole);
    const outcome = appealOutcomeSchema.safeParse(data.outcome);
    const params = {
      ...data,
      ...(orgRole.success ? { orgRole: t(`orgRoles.${orgRole.data}`) } : {}),
      ...(outcome.success ? { outcome: t(`credit.outcomes.${outcome.data}`) } : {}),
    };
    const body = t(`notifications.types.${type}.body`, params);
    // The enterprise's own words when closing a need, after the default text.
    const message = typeof data.message === 'string' ? data.message : '';
    const withMessage = message ? t('notifications.withMessage', { body, message }) : body;
    return {
      title: t(`notifications.types.${type}.title`),
      body: reason ? t('notifications.withReason', { body: withMessage, reason }) : withMessage,
      href,
    };
  };
}
