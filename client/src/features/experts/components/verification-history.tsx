import type { ExpertDto } from '@qs/shared';
import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';

const colors = { submitted: 'blue', verified: 'green', rejected: 'red', imported: 'gray' } as const;

type History = NonNullable<ExpertDto['verification']['history']>;

/** Every submission and decision on a profile, oldest first. */
export function VerificationHistory({ history }: { history: History }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (history.length === 0)
    return <Typography.Text type="secondary">{t('experts.history.empty')}</Typography.Text>;
  return (
    <Timeline
      items={history.map((event, index) => ({
        key: `${event.at}-${index}`,
        color: colors[event.decision],
        content: (
          <>
            <Typography.Text strong>{t(`experts.history.${event.decision}`)}</Typography.Text>{' '}
            <Typography.Text type="secondary">{format.dateTime(event.at)}</Typography.Text>
            {event.note && (
              <Typography.Paragraph style={{ marginBottom: 0 }}>
                {t('experts.history.note', { note: event.note })}
              </Typography.Paragraph>
            )}
          </>
        ),
      }))}
    />
  );
}
