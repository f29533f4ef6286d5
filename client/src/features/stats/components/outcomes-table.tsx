import { outcomeKindSchema, type StatsFilterQuery } from '@qs/shared';
import { Col, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { useFormatters } from '../../../lib/format';
import { useTaxonomyLabels } from '../../../lib/taxonomy-labels';
import { useStatsOverview } from '../api/get-stats';
import { StatsCard } from './stats-card';

interface Row {
  key: string;
  label: string;
  count: number;
}

const byCount = (counts: Record<string, number>, label: (key: string) => string): Row[] =>
  Object.entries(counts)
    .map(([key, count]) => ({ key, label: label(key), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));

/** What collaborations produced: outcomes by kind, and by the sector and city of their needs. */
export function OutcomesTable({ filters }: { filters: StatsFilterQuery }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useTaxonomyLabels();
  const overview = useStatsOverview(filters);
  const kindLabel = (kind: string): string => {
    const known = outcomeKindSchema.safeParse(kind);
    return known.success ? t(`outcomes.kinds.${known.data}`) : kind;
  };
  return (
    <StatsCard
      title={t('outcomes.stats.title')}
      help={t('stats.help.outcomes')}
      scope={t('stats.scope.outcomes')}
      query={overview}
    >
      {({ outcomes }) =>
        outcomes.total === 0 ? (
          <EmptyState title={t('outcomes.stats.empty')} />
        ) : (
          <>
            <Typography.Paragraph type="secondary">
              {t('outcomes.stats.summary', {
                total: outcomes.total,
                hours: format.number(outcomes.hoursSpent),
                withFile: outcomes.withFile,
              })}
            </Typography.Paragraph>
            <Row gutter={[16, 16]}>
              {(
                [
                  ['byKind', byCount(outcomes.byKind, kindLabel)],
                  ['bySector', byCount(outcomes.bySector, labels.sector)],
                  ['byCity', byCount(outcomes.byCity, labels.city)],
                ] as const
              ).map(([group, rows]) => (
                <Col key={group} xs={24} md={8}>
                  <Table<Row>
                    size="small"
                    rowKey="key"
                    dataSource={rows}
                    pagination={{ pageSize: 6, hideOnSinglePage: true }}
                    columns={[
                      { key: 'label', title: t(`outcomes.stats.${group}`), dataIndex: 'label' },
                      {
                        key: 'count',
                        title: t('outcomes.stats.count'),
                        dataIndex: 'count',
                        align: 'right',
                      },
                    ]}
                  />
                </Col>
              ))}
            </Row>
          </>
        )
      }
    </StatsCard>
  );
}
