import type { InvitationDto } from '@qs/shared';
import { Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';

const colors = {
  pending: 'blue',
  accepted: 'green',
  declined: 'red',
  expired: 'gray',
  withdrawn: 'gray',
} as const;

/**
 * Who did what and when. Each state is reached by one side only: the enterprise invites and
 * withdraws, the expert accepts and declines, the platform expires.
 */
export function InvitationHistory({ invitation }: { invitation: InvitationDto }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const names = {
    organization: invitation.organizationName ?? t('invitations.theEnterprise'),
    expert: invitation.expertName ?? t('invitations.theExpert'),
  };
  return (
    <Timeline
      items={invitation.history.map((event, index) => ({
        key: `${event.status}-${index}`,
        color: colors[event.status],
        content: (
          <Flex vertical gap={2}>
            <Typography.Text strong>
              {t(`invitations.history.${event.status}`, names)}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {format.dateTime(event.at)}
            </Typography.Text>
            {event.reason && (
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t('invitations.reason', { reason: event.reason })}
              </Typography.Text>
            )}
          </Flex>
        ),
      }))}
    />
  );
}
