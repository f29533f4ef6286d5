import {
  listNotificationsQuerySchema,
  notificationListSchema,
  notificationReadSchema,
  notificationsReadAllSchema,
} from '../schemas/notifications';
import { idParams } from './common';
import { defineRoute } from './define';

const tags = ['Notifications'];

export const notificationRoutes = {
  list: defineRoute({
    method: 'get',
    path: '/notifications',
    summary: 'The caller’s notifications, newest first, with the unread count',
    tags,
    access: 'signed-in',
    membership: 'optional',
    query: listNotificationsQuerySchema,
    response: notificationListSchema,
  }),
  markAllRead: defineRoute({
    method: 'post',
    path: '/notifications/read-all',
    summary: 'Mark every notification of the caller read',
    tags,
    access: 'signed-in',
    membership: 'optional',
    response: notificationsReadAllSchema,
  }),
  markRead: defineRoute({
    method: 'post',
    path: '/notifications/:id/read',
    summary: 'Mark one notification read',
    tags,
    access: 'signed-in',
    membership: 'optional',
    params: idParams,
    response: notificationReadSchema,
    errors: [404],
  }),
};
