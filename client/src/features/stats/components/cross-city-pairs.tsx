import type { StatsFilterQuery, StatsPair } from '@qs/shared';
import { Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { stackedColumns } from '../../../components/ui/stacked-columns';
import { usePhone } from '../../../hooks/use-phone';
import { useFormatters } from '../../../lib/format';
import { useTaxonomyLabels } from '../../../lib/taxonomy-labels';
import { useCrossCityPairs } from '../api/get-stats';
import { StatsCard } from './stats-card';

const PAGE_SIZE = 10;

/**
 * Who worked with whom across the two cities: each invitation of a Qingdao enterprise to a
 * Shenzhen expert (or the reverse) and what became of it. The bureau's view; names, no contacts.
 */
export function CrossCityPairs({ filters }: { filters: StatsFilterQuery }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useTaxonomyLabels();
  const [page, setPage] = useState(1);
  const [filtersOfPage, setFiltersOfPage] = useState(filters);
  // New filters start again at the first page.
  if (filtersOfPage !== filters) {
    setFiltersOfPage(filters);
    setPage(1);
  }
  const pairs = useCrossCityPairs(filters, page, PAGE_SIZE);
  // Five columns of a 390 px phone wrap a name a character a line: one column there.
  const phone = usePhone();
  const stacked = (columns: TableColumnsType<StatsPair>) =>
    phone ? stackedColumns(columns, t('stats.pairs.organization')) : columns;
  return (
    <StatsCard
      title={t('stats.pairs.title')}
      help={t('stats.help.pairs')}
      scope={t('stats.scope.pairs')}
      query={pairs}
    >
      {(data) =>
        data.total === 0 ? (
          <EmptyState title={t('stats.pairs.empty')} />
        ) : (
          <div
            role="region"
            aria-label={t('stats.pairs.title')}
            tabIndex={0}
            style={{ overflowX: 'auto' }}
          >
            <Table<StatsPair>
              size="small"
              rowKey="invitationId"
              dataSource={data.items}
              loading={pairs.isFetching && pairs.isPlaceholderData}
              pagination={{
                current: data.page,
                pageSize: PAGE_SIZE,
                total: data.total,
                showSizeChanger: false,
                hideOnSinglePage: true,
                onChange: setPage,
              }}
              columns={stacked([
                {
                  key: 'organization',
                  title: t('stats.pairs.organization'),
                  render: (_, pair) => (
                    <>
                      {pair.organization.name}
                      <br />
                      <small>{labels.city(pair.need.city)}</small>
                    </>
                  ),
                },
                {
                  key: 'expert',
                  title: t('stats.pairs.expert'),
                  render: (_, pair) => (
                    <>
                      {pair.expert.name}
                      <br />
                      <small>{t(`enums.pool.${pair.expert.pool}`)}</small>
                    </>
                  ),
                },
                {
                  key: 'need',
                  title: t('stats.pairs.need'),
                  render: (_, pair) => (
                    <>
                      {pair.need.title}
                      <br />
                      <small>{labels.sector(pair.need.sector)}</small>
                    </>
                  ),
                },
                {
                  key: 'status',
                  title: t('stats.pairs.status'),
                  render: (_, pair) =>
                    pair.collaborationStatus ? (
                      <Tag>{t(`enums.collaborationStatus.${pair.collaborationStatus}`)}</Tag>
                    ) : (
                      <Tag>{t(`enums.invitationStatus.${pair.invitationStatus}`)}</Tag>
                    ),
                },
                {
                  key: 'invitedAt',
                  title: t('stats.pairs.invitedAt'),
                  render: (_, pair) => format.date(pair.invitedAt),
                },
              ])}
            />
          </div>
        )
      }
    </StatsCard>
  );
}
