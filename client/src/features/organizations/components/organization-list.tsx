import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { organizationTypes, type OrganizationDto } from '@qs/shared';
import { Button, Flex, Input, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SectorNames } from '../../../components/taxonomy-tags';
import { SearchBox } from '../../../components/ui/search-box';
import { stackedColumns } from '../../../components/ui/stacked-columns';
import { usePhone } from '../../../hooks/use-phone';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryError } from '../../../components/ui/query-error';
import { useUrlQuery } from '../../../hooks/use-url-query';
import { useFormatters } from '../../../lib/format';
import { listOrganizationsQuerySchema, useOrganizations } from '../api/get-organizations';
import { OrganizationDrawer } from './organization-drawer';

const membershipValues = ['true', 'false'] as const;

interface OrganizationListProps {
  /** Bureau and admin create and edit organizations. */
  canWrite: boolean;
  /** The sector picker used in the drawer. */
  sectorsInput: ReactElement;
  /** Where an organization's name leads (the bureau's credit record of it). */
  hrefOf?: (organization: OrganizationDto) => string;
}

type Editing = { organization?: OrganizationDto } | null;

/** Organizations with search and filters in the URL; staff create and edit them in a drawer. */
export function OrganizationList({ canWrite, sectorsInput, hrefOf }: OrganizationListProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [query, update] = useUrlQuery(listOrganizationsQuerySchema);
  const organizations = useOrganizations(query);
  const [editing, setEditing] = useState<Editing>(null);
  // Six columns scroll sideways on a phone: one there, the row's cells one under the other.
  const phone = usePhone();
  const stackOnPhone = (columns: TableColumnsType<OrganizationDto>) =>
    phone ? stackedColumns(columns, t('organizations.fields.name')) : columns;
  const filtered = Boolean(
    query.q || query.type || query.city || query.allianceMember !== undefined,
  );

  return (
    <Flex vertical gap={16}>
      <Flex gap={12} wrap justify="space-between">
        <Flex gap={12} wrap>
          <SearchBox
            value={query.q ?? ''}
            onSearch={(q) => update({ q })}
            label={t('organizations.searchLabel')}
            placeholder={t('organizations.searchPlaceholder')}
            style={{ width: 320 }}
          />
          <Select
            allowClear
            style={{ minWidth: 150 }}
            aria-label={t('organizations.fields.type')}
            placeholder={t('organizations.filters.anyType')}
            value={query.type}
            onChange={(type) => update({ type })}
            options={organizationTypes.map((type) => ({
              value: type,
              label: t(`organizationTypes.${type}`),
            }))}
          />
          <Input
            allowClear
            style={{ width: 150 }}
            aria-label={t('organizations.fields.city')}
            placeholder={t('organizations.filters.anyCity')}
            defaultValue={query.city}
            key={query.city ?? ''}
            onPressEnter={(event) => update({ city: event.currentTarget.value.trim() })}
            onBlur={(event) => {
              const city = event.currentTarget.value.trim();
              if (city !== (query.city ?? '')) update({ city });
            }}
          />
          <Select
            allowClear
            style={{ minWidth: 170 }}
            aria-label={t('organizations.fields.allianceMember')}
            placeholder={t('organizations.filters.anyMembership')}
            value={query.allianceMember === undefined ? undefined : String(query.allianceMember)}
            onChange={(value?: string) => update({ allianceMember: value })}
            options={membershipValues.map((value) => ({
              value,
              label: t(`organizations.filters.membership.${value}`),
            }))}
          />
        </Flex>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({})}>
            {t('organizations.create')}
          </Button>
        )}
      </Flex>

      {organizations.isError ? (
        <QueryError error={organizations.error} onRetry={() => void organizations.refetch()} />
      ) : (
        <Table<OrganizationDto>
          rowKey="id"
          loading={organizations.isPending || organizations.isPlaceholderData}
          dataSource={organizations.data?.items}
          scroll={phone ? undefined : { x: 800 }}
          locale={{
            emptyText: (
              <EmptyState
                title={t('organizations.empty')}
                hint={
                  filtered ? t('organizations.emptyFilteredHint') : t('organizations.emptyHint')
                }
              />
            ),
          }}
          pagination={{
            current: query.page,
            pageSize: query.limit,
            total: organizations.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (count) => t('organizations.total', { count }),
            onChange: (page, limit) => update({ page, limit }, { resetPage: false }),
          }}
          columns={stackOnPhone([
            {
              title: t('organizations.fields.name'),
              dataIndex: 'name',
              render: (name: string, organization) => (
                <Flex vertical>
                  <Typography.Text strong>
                    {hrefOf ? <Link to={hrefOf(organization)}>{name}</Link> : name}
                  </Typography.Text>
                  {organization.description && (
                    <Typography.Text
                      type="secondary"
                      ellipsis
                      style={{ maxWidth: phone ? 300 : 360 }}
                    >
                      {organization.description}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            {
              title: t('organizations.fields.type'),
              dataIndex: 'type',
              width: 110,
              render: (type: OrganizationDto['type']) => t(`organizationTypes.${type}`),
            },
            { title: t('organizations.fields.city'), dataIndex: 'city', width: 100 },
            {
              title: t('organizations.fields.sectors'),
              dataIndex: 'sectors',
              render: (sectors: string[]) => (sectors.length ? <SectorNames ids={sectors} /> : '—'),
            },
            {
              title: t('organizations.fields.allianceMember'),
              dataIndex: 'allianceMember',
              width: 170,
              render: (member: boolean, organization) =>
                member ? (
                  <Flex vertical>
                    <span>
                      <Tag color="blue">{t('organizations.member')}</Tag>
                    </span>
                    {organization.allianceJoinedAt && (
                      <Typography.Text type="secondary">
                        {t('organizations.joinedAt', {
                          date: format.date(organization.allianceJoinedAt),
                        })}
                      </Typography.Text>
                    )}
                  </Flex>
                ) : (
                  <Typography.Text type="secondary">{t('organizations.notMember')}</Typography.Text>
                ),
            },
            ...(canWrite
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 100,
                    render: (_: unknown, organization: OrganizationDto) => (
                      <Button
                        type="link"
                        icon={<EditOutlined aria-hidden />}
                        aria-label={t('organizations.editLabel', { name: organization.name })}
                        onClick={() => setEditing({ organization })}
                      >
                        {t('common.edit')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ])}
        />
      )}
      {canWrite && (
        <OrganizationDrawer
          key={editing?.organization?.id ?? 'new'}
          open={editing !== null}
          organization={editing?.organization}
          onClose={() => setEditing(null)}
          sectorsInput={sectorsInput}
        />
      )}
    </Flex>
  );
}
