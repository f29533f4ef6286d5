import type { notificationListSchema } from '@qs/shared';
import {
  type ListNotificationsQuery,
  listNotificationsQuerySchema,
  notificationRoutes,
} from '@qs/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { notificationKeys } from './keys';

export { listNotificationsQuerySchema, type ListNotificationsQuery };
export type NotificationList = z.infer<typeof notificationListSchema>;

/** The caller's notifications, newest first, with the number still unread. */
export function getNotifications(
  query: ListNotificationsQuery,
  signal?: AbortSignal,
): Promise<NotificationList> {
  return call(notificationRoutes.list, {
    query: { page: query.page, limit: query.limit, unread: query.unread },
    signal,
  });
}

export const getNotificationsQueryOptions = (query: ListNotificationsQuery) =>
  queryOptions({
    queryKey: notificationKeys.list(query),
    queryFn: ({ signal }) => getNotifications(query, signal),
  });

export const useNotifications = (query: ListNotificationsQuery) =>
  useQuery(getNotificationsQueryOptions(query));
