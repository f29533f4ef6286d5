import { can, type Actor, type InvitationDto } from '@qs/shared';
import { Flex, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryError } from '../../../components/ui/query-error';
import { stackedColumns } from '../../../components/ui/stacked-columns';
import { paths } from '../../../config/paths';
import { usePhone } from '../../../hooks/use-phone';
import { useUrlQuery } from '../../../hooks/use-url-query';
import { listInvitationsQuerySchema, useInvitations } from '../api/get-invitations';
import { ExpiryCountdown } from './expiry-countdown';
import { InvitationState } from './invitation-status';
import { InvitationStatusFilter } from './status-filter';
import { WithdrawButton } from './withdraw-button';

interface SentInvitationsProps {
  actor: Actor;
  /** Links to the needs and experts, for those who may open those pages. */
  linkNeeds: boolean;
  linkExperts: boolean;
}

function useColumns({ actor, linkNeeds, linkExperts }: SentInvitationsProps, phone: boolean) {
  const { t } = useTranslation();
  const columns: TableColumnsType<InvitationDto> = [
    {
      key: 'expert',
      title: t('invitations.columns.expert'),
      render: (_, invitation) => {
        const name = invitation.expertName ?? t('invitations.theExpert');
        return linkExperts ? (
          <Link to={paths.app.expertDetail.getHref(invitation.expertId)}>{name}</Link>
        ) : (
          name
        );
      },
    },
    {
      key: 'need',
      title: t('invitations.columns.need'),
      render: (_, invitation) => {
        const title = invitation.needTitle ?? t('invitations.theNeed');
        return (
          <Flex vertical>
            {linkNeeds ? (
              <Link to={paths.app.needDetail.getHref(invitation.needId)}>{title}</Link>
            ) : (
              <Typography.Text>{title}</Typography.Text>
            )}
            {actor.role !== 'enterprise' && invitation.organizationName && (
              <Typography.Text type="secondary">{invitation.organizationName}</Typography.Text>
            )}
          </Flex>
        );
      },
    },
    {
      key: 'status',
      title: t('invitations.columns.status'),
      render: (_, invitation) => (
        <Flex vertical gap={2}>
          <InvitationState invitation={invitation} />
          {invitation.status === 'pending' && <ExpiryCountdown expiresAt={invitation.expiresAt} />}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      align: 'end',
      render: (_, invitation) => (
        <Space wrap>
          {invitation.status === 'pending' && can(actor, 'invitations:withdraw', invitation) && (
            <WithdrawButton invitation={invitation} size="small" />
          )}
          <Link
            to={paths.app.invitationDetail.getHref(invitation.id)}
            aria-label={t('invitations.detailLabel', {
              name: invitation.expertName ?? t('invitations.theExpert'),
            })}
          >
            {t('invitations.detail')}
          </Link>
        </Space>
      ),
    },
  ];
  // A table of four columns scrolls sideways on a phone and hides the state: one column there.
  return phone ? stackedColumns(columns, t('invitations.sent.listLabel')) : columns;
}

/** The invitations an organization sent (bureau: all), filtered by state (in the URL). */
export function SentInvitations(props: SentInvitationsProps) {
  const { t } = useTranslation();
  const [query, update] = useUrlQuery(listInvitationsQuerySchema);
  const invitations = useInvitations(query);
  const phone = usePhone();
  const columns = useColumns(props, phone);

  return (
    <Flex vertical gap={16}>
      <InvitationStatusFilter value={query.status} onChange={(status) => update({ status })} />
      {invitations.isError ? (
        <QueryError error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : (
        <Table<InvitationDto>
          rowKey="id"
          columns={columns}
          dataSource={invitations.data?.items}
          loading={invitations.isPending || invitations.isPlaceholderData}
          scroll={phone ? undefined : { x: 720 }}
          aria-label={t('invitations.sent.listLabel')}
          locale={{
            emptyText: invitations.isPending ? (
              ' '
            ) : (
              <EmptyState
                title={
                  query.status ? t('invitations.sent.emptyFiltered') : t('invitations.sent.empty')
                }
                hint={query.status ? undefined : t('invitations.sent.emptyHint')}
              />
            ),
          }}
          pagination={{
            current: query.page,
            pageSize: query.limit,
            total: invitations.data?.total ?? 0,
            hideOnSinglePage: true,
            showTotal: (count) => t('invitations.total', { count }),
            onChange: (page, limit) => update({ page, limit }, { resetPage: false }),
          }}
        />
      )}
    </Flex>
  );
}
