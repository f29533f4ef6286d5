import type { NotificationDto } from '@qs/shared';
import { Badge, Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '../../../components/ui/visually-hidden';
import { useFormatters } from '../../../lib/format';
import type { NotificationContent } from '../utils/notification-content';

const JUST_NOW_MS = 60_000;

interface NotificationItemProps {
  notification: NotificationDto;
  content: NotificationContent;
  now: number;
  onOpen: () => void;
}

/** One notification: a button that marks it read and opens what it is about. */
export function NotificationItem({ notification, content, now, onOpen }: NotificationItemProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const format = useFormatters();
  const unread = !notification.readAt;
  return (
    <button
      type="button"
      onClick={onOpen}
      style={{
        position: 'relative',
        display: 'block',
        width: '100%',
        textAlign: 'start',
        border: 'none',
        borderRadius: token.borderRadius,
        padding: '8px 12px',
        cursor: 'pointer',
        background: unread ? token.colorPrimaryBg : 'transparent',
        font: 'inherit',
      }}
    >
      <Flex gap={8} align="baseline">
        <Badge status={unread ? 'processing' : 'default'} aria-hidden />
        <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Typography.Text strong={unread}>
            {content.title}
            {/* Named by what it shows, the unread mark heard right after the title. */}
            {unread && <VisuallyHidden>{t('notifications.unreadMark')}</VisuallyHidden>}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {content.body}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <time dateTime={notification.createdAt} title={format.dateTime(notification.createdAt)}>
              {now - new Date(notification.createdAt).getTime() < JUST_NOW_MS
                ? t('notifications.justNow')
                : format.relative(notification.createdAt, now)}
            </time>
          </Typography.Text>
        </Flex>
      </Flex>
    </button>
  );
}
