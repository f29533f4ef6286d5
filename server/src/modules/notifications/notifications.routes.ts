import { notificationRoutes } from '@qs/shared';
import type { ApiRouter } from '../../lib/http/api-router';
import {
  authorizeNotification,
  listNotifications,
  loadNotification,
  markAllRead,
  markRead,
} from './notifications.service';

export function registerNotificationRoutes(api: ApiRouter): void {
  api.handle(notificationRoutes.list, ({ actor, query }) => listNotifications(actor, query));

  api.handle(notificationRoutes.markAllRead, ({ actor }) => markAllRead(actor));

  api.pipeline(notificationRoutes.markRead, {
    load: ({ params }) => loadNotification(params.id),
    authorize: ({ actor }, record) => authorizeNotification(actor, record),
    command: (_ctx, record) => markRead(record),
    present: (_ctx, result) => result,
  });
}
