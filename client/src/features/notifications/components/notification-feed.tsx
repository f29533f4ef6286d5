import type { Actor, ListNotificationsQuery } from '@qs/shared';
import { Skeleton } from 'antd';
import type { CSSProperties } from 'react';
import { useNavigate } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryError } from '../../../components/ui/query-error';
import { useNow } from '../../../hooks/use-now';
import { useNotifications } from '../api/get-notifications';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { useNotificationContent } from '../utils/notification-content';
import { NotificationItem } from './notification-item';

interface NotificationFeedProps {
  /** Who reads: a request to join leads an owner to the members, the bureau to its queue. */
  viewer: Actor;
  query: ListNotificationsQuery;
  label: string;
  empty: { title: string; hint: string };
  style?: CSSProperties;
  /** Runs before a notification's page opens (the bell closes its panel). */
  onNavigate?: () => void;
}

/** Notifications newest first, each marked read and opening what it is about when followed. */
export function NotificationFeed({
  viewer,
  query,
  label,
  empty,
  style,
  onNavigate,
}: NotificationFeedProps) {
  const navigate = useNavigate();
  const now = useNow();
  const notifications = useNotifications(query);
  const markRead = useMarkNotificationRead();
  const contentOf = useNotificationContent(viewer);

  if (notifications.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (notifications.isError)
    return <QueryError error={notifications.error} onRetry={() => void notifications.refetch()} />;
  if (notifications.data.items.length === 0)
    return <EmptyState title={empty.title} hint={empty.hint} />;
  return (
    <ul
      aria-label={label}
      style={{
        listStyle: 'none',
        margin: 0,
        padding: 0,
        display: 'flex',
        flexDirection: 'column',
        gap: 4,
        ...style,
      }}
    >
      {notifications.data.items.map((notification) => {
        const content = contentOf(notification);
        return (
          <li key={notification.id}>
            <NotificationItem
              notification={notification}
              content={content}
              now={now}
              onOpen={() => {
                if (!notification.readAt) markRead.mutate(notification.id);
                onNavigate?.();
                void navigate(content.href);
              }}
            />
          </li>
        );
      })}
    </ul>
  );
}
