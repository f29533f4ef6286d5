import { notificationRoutes } from '@qs/shared';
import type { ApiRouter } from '../../lib/http/api-router';
import { listNotifications, markAllRead, markRead } from './notifications.service';

export function registerNotificationRoutes(api: ApiRouter): void {
  api.handle(notificationRoutes.list, ({ actor, query }) => listNotifications(actor, query));

  api.handle(notificationRoutes.markAllRead, ({ actor }) => markAllRead(actor));

  api.handle(notificationRoutes.markRead, ({ actor, params }) => markRead(actor, params.id));
}
