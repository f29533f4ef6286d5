import { Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { useNeedInvitations } from '../api/get-need-invitations';
import { InvitationStatusTag, reachedAt } from './invitation-status';

const SHOWN = 6;

/** One line per need in a list: each invited expert with the state and its time. */
export function NeedInvitationSummary({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const invitations = useNeedInvitations(needId);

  if (invitations.isPending) return <Skeleton.Input active size="small" />;
  if (invitations.isError)
    return (
      <Typography.Text type="secondary">{t('invitations.need.summaryFailed')}</Typography.Text>
    );
  if (invitations.data.length === 0)
    return <Typography.Text type="secondary">{t('invitations.need.none')}</Typography.Text>;
  const shown = invitations.data.slice(0, SHOWN);
  const more = invitations.data.length - shown.length;
  return (
    <Flex gap={12} wrap align="center" role="list" aria-label={t('invitations.need.listLabel')}>
      <Typography.Text type="secondary">
        {t('invitations.need.titleWithCount', { count: invitations.data.length })}
      </Typography.Text>
      {shown.map((invitation) => (
        <Flex key={invitation.id} role="listitem" gap={4} align="center">
          <Typography.Text>{invitation.expertName ?? t('invitations.theExpert')}</Typography.Text>
          <InvitationStatusTag status={invitation.status} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {format.date(reachedAt(invitation))}
          </Typography.Text>
        </Flex>
      ))}
      {more > 0 && (
        <Typography.Text type="secondary">{t('common.more', { count: more })}</Typography.Text>
      )}
    </Flex>
  );
}
