import { z } from 'zod';
import {
  idSchema,
  listNotificationsQuerySchema,
  notificationListSchema,
  notificationReadSchema,
  notificationsReadAllSchema,
} from '@qs/shared';
import type { ApiRouter } from '../../lib/http/api-router';
import { listNotifications, markAllRead, markRead } from './notifications.service';

const tags = ['Notifications'];
const idParams = z.strictObject({ id: idSchema });

export function registerNotificationRoutes(api: ApiRouter): void {
  api.route(
    {
      method: 'get',
      path: '/notifications',
      summary: 'The caller’s notifications, newest first, with the unread count',
      tags,
      access: 'signed-in',
      membership: 'optional',
      query: listNotificationsQuerySchema,
      response: notificationListSchema,
    },
    ({ actor, query }) => listNotifications(actor, query),
  );

  api.route(
    {
      method: 'post',
      path: '/notifications/read-all',
      summary: 'Mark every notification of the caller read',
      tags,
      access: 'signed-in',
      membership: 'optional',
      response: notificationsReadAllSchema,
    },
    ({ actor }) => markAllRead(actor),
  );

  api.route(
    {
      method: 'post',
      path: '/notifications/:id/read',
      summary: 'Mark one notification read',
      tags,
      access: 'signed-in',
      membership: 'optional',
      params: idParams,
      response: notificationReadSchema,
      errors: [404],
    },
    ({ actor, params }) => markRead(actor, params.id),
  );
}
