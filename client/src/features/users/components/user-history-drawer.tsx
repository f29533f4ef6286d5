import type { UserDto } from '@qs/shared';
import { Drawer, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryError } from '../../../components/ui/query-error';
import { useFormatters } from '../../../lib/format';
import { useUserHistory } from '../api/users';

/** Who changed the account, when and why: the audit trail of the admin's decisions. */
export function UserHistoryDrawer({ user, onClose }: { user?: UserDto; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const history = useUserHistory(user?.id);
  return (
    <Drawer
      open={!!user}
      onClose={onClose}
      title={user ? t('users.history.title', { name: user.name }) : undefined}
      destroyOnHidden
    >
      {history.isPending ? (
        <Skeleton active />
      ) : history.isError ? (
        <QueryError error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.items.length === 0 ? (
        <EmptyState title={t('users.history.empty')} />
      ) : (
        <Timeline
          items={history.data.items.map((entry) => ({
            key: `${entry.action}-${entry.at}`,
            children: (
              <>
                <Typography.Text strong>
                  {t(`users.history.actions.${entry.action}`, {
                    from: entry.from ? t(`roles.${entry.from}`, entry.from) : '',
                    to: entry.to ? t(`roles.${entry.to}`, entry.to) : '',
                  })}
                </Typography.Text>
                <div>{entry.reason}</div>
                <Typography.Text type="secondary">
                  {t('users.history.by', {
                    name: entry.actorName ?? t('users.history.unknownActor'),
                    at: format.dateTime(entry.at),
                  })}
                </Typography.Text>
              </>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}
