import type { NotificationDto, NotificationType } from '@qs/shared';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths';

/** The parameters each type's texts need; without them the server's own texts are shown. */
const requiredParams: Record<NotificationType, readonly string[]> = {
  'invitation.new': ['organizationName', 'needTitle'],
  'invitation.accepted': ['expertName', 'needTitle'],
  'invitation.declined': ['expertName', 'needTitle'],
  'invitation.expired': ['expertName', 'needTitle'],
  'invitation.withdrawn': ['organizationName', 'needTitle'],
  'collaboration.agreed': ['needTitle'],
  'collaboration.completed': ['needTitle'],
  'collaboration.cancelled': ['needTitle'],
  'collaboration.rated': ['needTitle', 'score'],
};

export interface NotificationContent {
  title: string;
  body: string;
  /** Where the notification leads: the invitation or the collaboration it is about. */
  href: string;
}

function targetOf({ type, data }: NotificationDto): string {
  const id = (key: string) => (typeof data[key] === 'string' ? data[key] : undefined);
  const collaborationId = id('collaborationId');
  const invitationId = id('invitationId');
  if (type.startsWith('collaboration.'))
    return collaborationId
      ? paths.app.collaborationDetail.getHref(collaborationId)
      : paths.app.collaborations.getHref();
  return invitationId
    ? paths.app.invitationDetail.getHref(invitationId)
    : paths.app.invitations.getHref();
}

/** A notification's texts in the user's language, from its type and parameters. */
export function useNotificationContent() {
  const { t } = useTranslation();
  return (notification: NotificationDto): NotificationContent => {
    const { type, data } = notification;
    const href = targetOf(notification);
    if (!requiredParams[type].every((key) => data[key] !== undefined && data[key] !== ''))
      return { title: notification.title, body: notification.body, href };
    const reason = typeof data.reason === 'string' ? data.reason : '';
    const body = t(`notifications.types.${type}.body`, data);
    return {
      title: t(`notifications.types.${type}.title`),
      body: reason ? t('notifications.withReason', { body, reason }) : body,
      href,
    };
  };
}
