import type { StatsCrossCity, StatsFilterQuery } from '@qs/shared';
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { stackedColumns } from '../../../components/ui/stacked-columns';
import { usePhone } from '../../../hooks/use-phone';
import { useTaxonomyLabels } from '../../../lib/taxonomy-labels';
import { useCrossCity } from '../api/get-stats';
import { StatsCard } from './stats-card';

type Row = StatsCrossCity['items'][number];

/** Which pools' experts work for which cities' enterprises: the Qingdao–Shenzhen exchange. */
export function CrossCityTable({ filters }: { filters: StatsFilterQuery }) {
  const { t } = useTranslation();
  const labels = useTaxonomyLabels();
  const cells = useCrossCity(filters);
  // Four columns of a 390 px phone wrap their titles a word a line: one column there.
  const phone = usePhone();
  const stacked = (columns: TableColumnsType<Row>) =>
    phone ? stackedColumns(columns, t('stats.crossCity.city')) : columns;
  return (
    <StatsCard
      title={t('stats.crossCity.title')}
      help={t('stats.help.crossCity')}
      scope={t('stats.scope.crossCity')}
      query={cells}
    >
      {(data) =>
        data.items.length === 0 ? (
          <EmptyState title={t('stats.crossCity.empty')} />
        ) : (
          <Table<Row>
            size="small"
            rowKey={(row) => `${row.city}-${row.pool}`}
            dataSource={data.items}
            pagination={{ pageSize: 8, hideOnSinglePage: true }}
            columns={stacked([
              {
                key: 'city',
                title: t('stats.crossCity.city'),
                render: (_, row) => labels.city(row.city),
              },
              {
                key: 'pool',
                title: t('stats.crossCity.pool'),
                render: (_, row) => t(`enums.pool.${row.pool}`),
              },
              {
                key: 'invitations',
                title: t('stats.crossCity.invitations'),
                dataIndex: 'invitations',
                align: 'right',
              },
              {
                key: 'collaborations',
                title: t('stats.crossCity.collaborations'),
                dataIndex: 'collaborations',
                align: 'right',
              },
            ])}
          />
        )
      }
    </StatsCard>
  );
}
