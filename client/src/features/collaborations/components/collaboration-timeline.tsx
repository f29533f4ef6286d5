import type { CollaborationDto, CollaborationSide, CollaborationStatus } from '@qs/shared';
import { Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';

const colors = {
  active: 'blue',
  agreed: 'blue',
  completed: 'green',
  cancelled: 'gray',
} as const satisfies Record<CollaborationStatus, string>;

interface CollaborationTimelineProps {
  collaboration: CollaborationDto;
  nameOf: (userId: string, side: CollaborationSide) => string;
}

/** Every move of the collaboration: what, who and when, with the reason of a cancellation. */
export function CollaborationTimeline({ collaboration, nameOf }: CollaborationTimelineProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Timeline
      items={collaboration.history.map((event, index) => ({
        key: `${event.status}-${index}`,
        color: colors[event.status],
        content: (
          <Flex vertical gap={2}>
            <Typography.Text strong>{t(`collaborations.history.${event.status}`)}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('collaborations.history.byAt', {
                name: nameOf(event.by, event.side),
                time: format.dateTime(event.at),
              })}
            </Typography.Text>
            {event.status === 'agreed' && collaboration.agreement && (
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t('collaborations.history.signedOn', {
                  date: format.date(collaboration.agreement.signedAt),
                })}
              </Typography.Text>
            )}
            {event.note && (
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t('collaborations.history.note', { note: event.note })}
              </Typography.Text>
            )}
          </Flex>
        ),
      }))}
    />
  );
}
