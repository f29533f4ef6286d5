import { BellOutlined, CheckOutlined } from '@ant-design/icons';
import type { Actor } from '@qs/shared';
import { Alert, App, Badge, Button, Drawer, Flex, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhone } from '../../../hooks/use-phone';
import { errorMessage } from '../../../lib/error-messages';
import { useRealtimeStatus } from '../../../lib/socket';
import { useNotifications } from '../api/get-notifications';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import { NotificationFeed } from './notification-feed';

/** The newest notifications, as the bell shows them. */
const BELL_QUERY = { page: 1, limit: 8 } as const;
const BADGE_MAX = 99;

interface NotificationBellProps {
  /** Who reads: a request to join leads an owner to the members, the bureau to its queue. */
  viewer: Actor;
}

function NotificationPanel({
  viewer,
  onNavigate,
  fullWidth,
}: NotificationBellProps & { onNavigate: () => void; fullWidth?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const status = useRealtimeStatus();
  const notifications = useNotifications(BELL_QUERY);
  const markAll = useMarkAllNotificationsRead();

  return (
    <Flex vertical gap={8} style={fullWidth ? undefined : { width: 360 }}>
      <Flex justify={fullWidth ? 'flex-end' : 'space-between'} align="center">
        {!fullWidth && <Typography.Text strong>{t('notifications.title')}</Typography.Text>}
        <Button
          type="link"
          size="small"
          icon={<CheckOutlined aria-hidden />}
          disabled={!notifications.data?.unread}
          loading={markAll.isPending}
          onClick={() =>
            markAll.mutate(undefined, {
              onError: (error) => void message.error(errorMessage(t, error)),
            })
          }
        >
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      {status !== 'online' && (
        <Alert
          type="warning"
          showIcon
          title={
            status === 'connecting' ? t('notifications.reconnecting') : t('notifications.offline')
          }
        />
      )}
      <NotificationFeed
        viewer={viewer}
        query={BELL_QUERY}
        label={t('notifications.listLabel')}
        empty={{ title: t('notifications.empty'), hint: t('notifications.emptyHint') }}
        style={{ maxHeight: fullWidth ? undefined : 420, overflowY: 'auto' }}
        onNavigate={onNavigate}
      />
    </Flex>
  );
}

/**
 * The header's bell: the live unread count, and the newest notifications on click — in a
 * popover, or on a phone in a drawer as wide as the screen.
 */
export function NotificationBell({ viewer }: NotificationBellProps) {
  const { t } = useTranslation();
  const phone = usePhone();
  const [open, setOpen] = useState(false);
  const notifications = useNotifications(BELL_QUERY);
  const unread = notifications.data?.unread ?? 0;
  const bell = (
    <Button
      type="text"
      shape="circle"
      aria-label={t('notifications.bellLabel', { count: unread })}
      aria-expanded={open}
      onClick={phone ? () => setOpen(true) : undefined}
      icon={
        <Badge count={unread} overflowCount={BADGE_MAX} size="small" aria-hidden>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      }
    />
  );
  if (phone)
    return (
      <>
        {bell}
        <Drawer
          open={open}
          onClose={() => setOpen(false)}
          placement="right"
          size="100%"
          title={t('notifications.title')}
          closable={{ 'aria-label': t('common.close') }}
          styles={{ body: { padding: 12 } }}
        >
          <NotificationPanel viewer={viewer} onNavigate={() => setOpen(false)} fullWidth />
        </Drawer>
      </>
    );
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      arrow={false}
      content={<NotificationPanel viewer={viewer} onNavigate={() => setOpen(false)} />}
    >
      {bell}
    </Popover>
  );
}
