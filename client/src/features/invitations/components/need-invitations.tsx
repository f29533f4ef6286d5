import { can, type Actor, type InvitationDto } from '@qs/shared';
import { Card, Flex, Space, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { QueryError } from '../../../components/ui/query-error';
import { paths } from '../../../config/paths';
import { useNeedInvitations } from '../api/get-need-invitations';
import { ExpiryCountdown } from './expiry-countdown';
import { InvitationState } from './invitation-status';
import { WithdrawButton } from './withdraw-button';

interface NeedInvitationsProps {
  needId: string;
  actor: Actor;
  /** Beside an accepted invitation: the link to its collaboration. */
  renderAccepted?: (invitation: InvitationDto) => ReactNode;
}

function InvitationRow({
  invitation,
  actor,
  renderAccepted,
}: Omit<NeedInvitationsProps, 'needId'> & { invitation: InvitationDto }) {
  const { t } = useTranslation();
  const name = invitation.expertName ?? t('invitations.theExpert');
  const mayWithdraw =
    invitation.status === 'pending' && can(actor, 'invitations:withdraw', invitation);
  return (
    <Flex justify="space-between" align="center" gap={12} wrap>
      <Flex vertical gap={4}>
        <Link to={paths.app.expertDetail.getHref(invitation.expertId)} style={{ fontWeight: 600 }}>
          {name}
        </Link>
        <InvitationState invitation={invitation} />
        {invitation.status === 'pending' && <ExpiryCountdown expiresAt={invitation.expiresAt} />}
      </Flex>
      <Space wrap>
        {mayWithdraw && <WithdrawButton invitation={invitation} />}
        {invitation.status === 'accepted' && renderAccepted?.(invitation)}
        <Link
          to={paths.app.invitationDetail.getHref(invitation.id)}
          aria-label={t('invitations.detailLabel', { name })}
        >
          {t('invitations.detail')}
        </Link>
      </Space>
    </Flex>
  );
}

/** The experts invited to one need, each with the state of the invitation (enterprise). */
export function NeedInvitations({ needId, actor, renderAccepted }: NeedInvitationsProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const invitations = useNeedInvitations(needId);

  const body = () => {
    if (invitations.isPending) return <ListSkeleton rows={1} />;
    if (invitations.isError)
      return <QueryError error={invitations.error} onRetry={() => void invitations.refetch()} />;
    if (invitations.data.length === 0)
      return (
        <EmptyState title={t('invitations.need.empty')} hint={t('invitations.need.emptyHint')} />
      );
    return (
      <ul
        aria-label={t('invitations.need.listLabel')}
        style={{ listStyle: 'none', margin: 0, padding: 0 }}
      >
        {invitations.data.map((invitation, index) => (
          <li
            key={invitation.id}
            style={{
              padding: '12px 0',
              borderTop: index ? `1px solid ${token.colorBorderSecondary}` : undefined,
            }}
          >
            <InvitationRow invitation={invitation} actor={actor} renderAccepted={renderAccepted} />
          </li>
        ))}
      </ul>
    );
  };

  return (
    <Card
      title={
        <h2 style={{ margin: 0, fontSize: 16 }}>
          {invitations.data?.length
            ? t('invitations.need.titleWithCount', { count: invitations.data.length })
            : t('invitations.need.title')}
        </h2>
      }
    >
      {body()}
    </Card>
  );
}
