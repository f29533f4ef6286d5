import type { Rule } from './actor';

export interface NotificationView {
  userId: string;
}

export interface NotificationPolicies {
  /** Read or mark read: notifications are private to their recipient. */
  'notifications:read': Rule<NotificationView>;
}

export const notificationPolicies: NotificationPolicies = {
  'notifications:read': (actor, notification) => actor.id === notification.userId,
};
