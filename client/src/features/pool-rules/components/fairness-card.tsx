import type { StatsFairness, StatsFilterQuery } from '@qs/shared';
import { Card, Col, Row, Skeleton, Statistic, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { EmptyState } from '../../../components/ui/empty-state';
import { FigureScope } from '../../../components/ui/figure-scope';
import { QueryError } from '../../../components/ui/query-error';
import { stackedColumns } from '../../../components/ui/stacked-columns';
import { usePhone } from '../../../hooks/use-phone';
import { useFormatters } from '../../../lib/format';
import { useFairness } from '../api/pool-rules';

const scrolls = { overflowX: 'auto' } as const;

type Group = StatsFairness['byPool'][number];

/**
 * Who gets the engagements: concentration figures, the Lorenz curve, by pool and by title; over
 * the statistics page's filters.
 */
export function FairnessCard({ filters }: { filters: StatsFilterQuery }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const fairness = useFairness(filters);
  // Five columns of a 390 px phone wrap their titles a character a line: one column there.
  const phone = usePhone();
  const groupName = (dimension: 'pool' | 'title', key: string) =>
    dimension === 'pool'
      ? t(`enums.pool.${key as 'qingdao'}`)
      : key === '(none)'
        ? t('poolRules.fairness.noTitle')
        : key === '(other)'
          ? t('poolRules.fairness.otherTitles')
          : key;
  const columns = (dimension: 'pool' | 'title'): TableColumnsType<Group> => [
    {
      title: t(dimension === 'pool' ? 'poolRules.fairness.pool' : 'poolRules.fairness.jobTitle'),
      dataIndex: 'key',
      render: (key: string) => groupName(dimension, key),
    },
    { title: t('poolRules.fairness.experts'), dataIndex: 'experts', align: 'right' as const },
    { title: t('poolRules.fairness.engaged'), dataIndex: 'engaged', align: 'right' as const },
    {
      title: t('poolRules.fairness.engagements'),
      dataIndex: 'engagements',
      align: 'right' as const,
    },
    {
      title: t('poolRules.fairness.responseRate'),
      dataIndex: 'responseRate',
      align: 'right' as const,
      render: (rate: number, row: Group) => (row.invitations ? format.percent(rate) : '—'),
    },
  ];
  const columnsOf = (dimension: 'pool' | 'title') =>
    phone
      ? stackedColumns(
          columns(dimension),
          t(dimension === 'pool' ? 'poolRules.fairness.pool' : 'poolRules.fairness.jobTitle'),
        )
      : columns(dimension);

  return (
    <Card title={<h2 style={{ margin: 0, font: 'inherit' }}>{t('poolRules.fairness.title')}</h2>}>
      <FigureScope text={t('poolRules.fairness.scope')} />
      {fairness.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : fairness.isError ? (
        <QueryError error={fairness.error} onRetry={() => void fairness.refetch()} />
      ) : fairness.data.experts === 0 ? (
        <EmptyState title={t('poolRules.fairness.empty')} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic
              title={t('poolRules.fairness.top10Share')}
              value={format.percent(fairness.data.top10Share)}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('poolRules.fairness.gini')} value={fairness.data.gini.toFixed(2)} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t('poolRules.fairness.engagements')}
              value={fairness.data.engagements}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t('poolRules.fairness.neverEngaged')}
              value={fairness.data.neverEngaged}
              suffix={`/ ${fairness.data.experts}`}
            />
          </Col>
          <Col xs={24} xl={12}>
            <div
              role="img"
              aria-label={t('poolRules.fairness.lorenzLabel', {
                top10: format.percent(fairness.data.top10Share),
                gini: fairness.data.gini.toFixed(2),
              })}
            >
              <ResponsiveContainer width="100%" height={260}>
                <LineChart
                  data={fairness.data.lorenz.map((point) => ({
                    experts: Math.round(point.experts * 100),
                    curve: Math.round(point.engagements * 1000) / 10,
                    equality: Math.round(point.experts * 100),
                  }))}
                  margin={{ right: 16 }}
                >
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="experts" unit="%" />
                  <YAxis unit="%" domain={[0, 100]} />
                  <Tooltip />
                  <Legend />
                  <Line
                    type="linear"
                    dataKey="curve"
                    name={t('poolRules.fairness.lorenz')}
                    stroke="#1d4ed8"
                    dot={false}
                  />
                  <Line
                    type="linear"
                    dataKey="equality"
                    name={t('poolRules.fairness.equality')}
                    stroke="#64748b"
                    strokeDasharray="4 4"
                    dot={false}
                  />
                </LineChart>
              </ResponsiveContainer>
            </div>
          </Col>
          <Col xs={24} xl={12}>
            {/* A region of its own that scrolls sideways on a phone, reachable by keyboard. */}
            <div
              role="region"
              aria-label={t('poolRules.fairness.pool')}
              tabIndex={0}
              style={scrolls}
            >
              <Table<Group>
                size="small"
                rowKey="key"
                pagination={false}
                dataSource={fairness.data.byPool}
                columns={columnsOf('pool')}
              />
            </div>
            <div
              role="region"
              aria-label={t('poolRules.fairness.jobTitle')}
              tabIndex={0}
              style={{ ...scrolls, marginTop: 16 }}
            >
              <Table<Group>
                size="small"
                rowKey="key"
                pagination={false}
                dataSource={fairness.data.byTitle}
                columns={columnsOf('title')}
              />
            </div>
          </Col>
        </Row>
      )}
    </Card>
  );
}
