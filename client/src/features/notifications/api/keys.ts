import type { ListNotificationsQuery, NotificationDto } from '@qs/shared';
import type { QueryClient } from '@tanstack/react-query';
import type { NotificationList } from './get-notifications';

export const notificationKeys = {
  all: ['notifications'] as const,
  lists: () => [...notificationKeys.all, 'list'] as const,
  list: (query: ListNotificationsQuery) => [...notificationKeys.lists(), query] as const,
};

type ListEntry = [readonly unknown[], NotificationList | undefined];

function queryOf(key: readonly unknown[]): Partial<ListNotificationsQuery> {
  return (key[2] ?? {}) as Partial<ListNotificationsQuery>;
}

/** Applies `update` to every cached list of notifications, with the list's own query. */
function updateLists(
  queryClient: QueryClient,
  update: (list: NotificationList, query: Partial<ListNotificationsQuery>) => NotificationList,
): void {
  const entries: ListEntry[] = queryClient.getQueriesData<NotificationList>({
    queryKey: notificationKeys.lists(),
  });
  for (const [key, list] of entries) {
    if (list) queryClient.setQueryData<NotificationList>(key, update(list, queryOf(key)));
  }
}

/**
 * A notification pushed live: the unread count follows at once and first pages show it on top,
 * without a request. The lists are marked stale, so the next look fetches them for real.
 */
export function addNotification(
  queryClient: QueryClient,
  notification: NotificationDto,
  unread: number,
): void {
  updateLists(queryClient, (list, query) => {
    const shows = (query.page ?? 1) === 1 && query.unread !== false;
    const isNew = !list.items.some((item) => item.id === notification.id);
    if (!shows || !isNew) return { ...list, unread };
    return {
      ...list,
      items: [notification, ...list.items].slice(0, list.limit),
      total: list.total + 1,
      unread,
    };
  });
  void queryClient.invalidateQueries({ queryKey: notificationKeys.lists(), refetchType: 'none' });
}

/** The server's answer to marking read: the item and the count, in every list. */
export function applyRead(
  queryClient: QueryClient,
  notification: NotificationDto | undefined,
  unread: number,
): void {
  const readAt = notification?.readAt ?? new Date().toISOString();
  updateLists(queryClient, (list) => ({
    ...list,
    unread,
    items: list.items.map((item) =>
      !notification || item.id === notification.id
        ? { ...item, readAt: item.readAt ?? readAt }
        : item,
    ),
  }));
  void queryClient.invalidateQueries({ queryKey: notificationKeys.lists(), refetchType: 'none' });
}

/** After a gap in the live connection: fetch again what is on screen. */
export function invalidateNotifications(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
}
