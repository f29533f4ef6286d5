import type { StatsFilterQuery, StatsSkillsGap } from '@qs/shared';
import { Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { stackedColumns } from '../../../components/ui/stacked-columns';
import { usePhone } from '../../../hooks/use-phone';
import { useTaxonomyLabels } from '../../../lib/taxonomy-labels';
import { useSkillsGap } from '../api/get-stats';
import { StatsCard } from './stats-card';

type Row = StatsSkillsGap['items'][number];

/** Skills asked for in open needs against verified experts who have them; shortages first. */
export function SkillsGapTable({ filters }: { filters: StatsFilterQuery }) {
  const { t } = useTranslation();
  const labels = useTaxonomyLabels();
  const gap = useSkillsGap(filters);
  // Four columns of a 390 px phone wrap their titles a word a line: one column there.
  const phone = usePhone();
  const stacked = (columns: TableColumnsType<Row>) =>
    phone ? stackedColumns(columns, t('stats.skillsGap.skill')) : columns;
  return (
    <StatsCard
      title={t('stats.skillsGap.title')}
      help={t('stats.help.skillsGap')}
      scope={t('stats.scope.skillsGap')}
      query={gap}
    >
      {(data) => (
        <Table<Row>
          size="small"
          rowKey="skill"
          dataSource={data.items}
          pagination={{ pageSize: 8, hideOnSinglePage: true }}
          columns={stacked([
            {
              key: 'skill',
              title: t('stats.skillsGap.skill'),
              render: (_, row) => labels.skill(row.skill),
            },
            {
              key: 'demand',
              title: t('stats.skillsGap.demand'),
              dataIndex: 'demand',
              align: 'right',
            },
            {
              key: 'supply',
              title: t('stats.skillsGap.supply'),
              dataIndex: 'supply',
              align: 'right',
            },
            {
              key: 'gap',
              title: t('stats.skillsGap.gap'),
              align: 'right',
              render: (_, row) =>
                row.gap > 0 ? (
                  <Tag color="red">{t('stats.skillsGap.short', { count: row.gap })}</Tag>
                ) : (
                  <Tag color="green">{t('stats.skillsGap.covered')}</Tag>
                ),
            },
          ])}
        />
      )}
    </StatsCard>
  );
}
