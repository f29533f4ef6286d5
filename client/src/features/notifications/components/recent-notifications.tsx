import type { Actor } from '@qs/shared';
import { Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryError } from '../../../components/ui/query-error';
import { useNow } from '../../../hooks/use-now';
import { useNotifications } from '../api/get-notifications';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { useNotificationContent } from '../utils/notification-content';
import { NotificationItem } from './notification-item';

const RECENT = { page: 1, limit: 5 } as const;

/** What happened lately to the viewer: the newest notifications, each opening what it is about. */
export function RecentNotifications({ viewer }: { viewer: Actor }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const now = useNow();
  const notifications = useNotifications(RECENT);
  const markRead = useMarkNotificationRead();
  const contentOf = useNotificationContent(viewer);

  if (notifications.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (notifications.isError)
    return <QueryError error={notifications.error} onRetry={() => void notifications.refetch()} />;
  if (notifications.data.items.length === 0)
    return <EmptyState title={t('dashboard.noActivity')} hint={t('dashboard.noActivityHint')} />;
  return (
    <Flex
      vertical
      gap={4}
      component="ul"
      aria-label={t('dashboard.activity')}
      style={{ listStyle: 'none', margin: 0, padding: 0 }}
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
                void navigate(content.href);
              }}
            />
          </li>
        );
      })}
    </Flex>
  );
}
