import type { Actor } from '@qs/shared';
import { useTranslation } from 'react-i18next';
import { NotificationFeed } from './notification-feed';

const RECENT = { page: 1, limit: 5 } as const;

/** What happened lately to the viewer: the newest notifications, each opening what it is about. */
export function RecentNotifications({ viewer }: { viewer: Actor }) {
  const { t } = useTranslation();
  return (
    <NotificationFeed
      viewer={viewer}
      query={RECENT}
      label={t('dashboard.activity')}
      empty={{ title: t('dashboard.noActivity'), hint: t('dashboard.noActivityHint') }}
    />
  );
}
