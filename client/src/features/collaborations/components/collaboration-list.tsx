import type { CollaborationDto, Role } from '@qs/shared';
import { Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryError } from '../../../components/ui/query-error';
import { paths } from '../../../config/paths';
import { usePhone } from '../../../hooks/use-phone';
import { useUrlQuery } from '../../../hooks/use-url-query';
import { useFormatters } from '../../../lib/format';
import { listCollaborationsQuerySchema, useCollaborations } from '../api/get-collaborations';
import { CollaborationStatusTag } from './collaboration-status';
import { CollaborationStatusFilter } from './status-filter';

/** On a phone, one column: the need with the other side, the state and the last change under it. */
function PhoneRow({ collaboration, role }: { collaboration: CollaborationDto; role: Role }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const parties = [
    role === 'enterprise' ? undefined : collaboration.organizationName,
    role === 'expert' ? undefined : collaboration.expertName,
  ].filter(Boolean);
  return (
    <Flex vertical gap={4} align="flex-start">
      <Link to={paths.app.collaborationDetail.getHref(collaboration.id)}>
        {collaboration.needTitle ?? t('collaborations.untitled')}
      </Link>
      {parties.length > 0 && <Typography.Text>{parties.join(' · ')}</Typography.Text>}
      <Flex gap={8} align="center" wrap>
        <CollaborationStatusTag status={collaboration.status} />
        <Typography.Text type="secondary">
          {t('collaborations.fields.updatedAt')} {format.dateTime(collaboration.updatedAt)}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}

function useColumns(role: Role, phone: boolean): TableColumnsType<CollaborationDto> {
  const { t } = useTranslation();
  const format = useFormatters();
  const party = (name: string | undefined) => name ?? '—';
  if (phone)
    return [
      {
        key: 'need',
        title: t('collaborations.fields.need'),
        render: (_, collaboration) => <PhoneRow collaboration={collaboration} role={role} />,
      },
    ];
  return [
    {
      key: 'need',
      title: t('collaborations.fields.need'),
      render: (_, collaboration) => (
        <Link to={paths.app.collaborationDetail.getHref(collaboration.id)}>
          {collaboration.needTitle ?? t('collaborations.untitled')}
        </Link>
      ),
    },
    ...(role === 'enterprise'
      ? []
      : [
          {
            key: 'organization',
            title: t('collaborations.fields.organization'),
            render: (_: unknown, collaboration: CollaborationDto) =>
              party(collaboration.organizationName),
          },
        ]),
    ...(role === 'expert'
      ? []
      : [
          {
            key: 'expert',
            title: t('collaborations.fields.expert'),
            render: (_: unknown, collaboration: CollaborationDto) =>
              party(collaboration.expertName),
          },
        ]),
    {
      key: 'status',
      title: t('collaborations.fields.status'),
      render: (_, collaboration) => <CollaborationStatusTag status={collaboration.status} />,
    },
    {
      key: 'started',
      title: t('collaborations.fields.startedAt'),
      render: (_, collaboration) => format.date(collaboration.createdAt),
    },
    {
      key: 'updated',
      title: t('collaborations.fields.updatedAt'),
      render: (_, collaboration) => (
        <Typography.Text type="secondary">
          {format.dateTime(collaboration.updatedAt)}
        </Typography.Text>
      ),
    },
  ];
}

/** The collaborations of the caller's side (bureau: all), filtered by state (in the URL). */
export function CollaborationList({ role }: { role: Role }) {
  const { t } = useTranslation();
  const [query, update] = useUrlQuery(listCollaborationsQuerySchema);
  const collaborations = useCollaborations(query);
  // A table of six columns scrolls sideways on a phone and hides the state: one column there.
  const phone = usePhone();
  const columns = useColumns(role, phone);

  return (
    <Flex vertical gap={16}>
      <CollaborationStatusFilter value={query.status} onChange={(status) => update({ status })} />
      {collaborations.isError ? (
        <QueryError error={collaborations.error} onRetry={() => void collaborations.refetch()} />
      ) : (
        <Table<CollaborationDto>
          rowKey="id"
          columns={columns}
          dataSource={collaborations.data?.items}
          loading={collaborations.isPending || collaborations.isPlaceholderData}
          scroll={phone ? undefined : { x: 640 }}
          aria-label={t('collaborations.listLabel')}
          locale={{
            emptyText: collaborations.isPending ? (
              ' '
            ) : (
              <EmptyState
                title={query.status ? t('collaborations.emptyFiltered') : t('collaborations.empty')}
                hint={query.status ? undefined : t(`collaborations.emptyHint.${role}`)}
              />
            ),
          }}
          pagination={{
            current: query.page,
            pageSize: query.limit,
            total: collaborations.data?.total ?? 0,
            hideOnSinglePage: true,
            showTotal: (count) => t('collaborations.total', { count }),
            onChange: (page, limit) => update({ page, limit }, { resetPage: false }),
          }}
        />
      )}
    </Flex>
  );
}
