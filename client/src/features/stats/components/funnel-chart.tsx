import type { FunnelStage, StatsFilterQuery, StatsFunnel } from '@qs/shared';
import { Segmented, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { EmptyState } from '../../../components/ui/empty-state';
import { stackedColumns } from '../../../components/ui/stacked-columns';
import { usePhone } from '../../../hooks/use-phone';
import { useFormatters } from '../../../lib/format';
import { useStatsFunnel } from '../api/get-stats';
import { StatsCard } from './stats-card';

type Source = keyof StatsFunnel['bySource'];

interface Row {
  stage: FunnelStage;
  name: string;
  count: number;
  /** of the needs posted */
  ofNeeds?: number;
  /** of the stage before */
  ofPrevious?: number;
  /** what the bar says: the count, and its share of the needs posted */
  label: string;
}

/**
 * How far the needs got, as conversion percentages: the enterprises' own needs and the scenarios
 * imported from the catalogue apart, so that the catalogue's many do not swamp the own ones.
 */
export function FunnelChart({ filters }: { filters: StatsFilterQuery }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [source, setSource] = useState<Source>('own');
  const funnel = useStatsFunnel(filters);
  // Four columns of a 390 px phone wrap their titles a word a line: one column there.
  const phone = usePhone();
  const stacked = (columns: TableColumnsType<Row>) =>
    phone ? stackedColumns(columns, t('stats.conversion.stage')) : columns;
  const percent = (value: number | undefined) =>
    value === undefined ? '—' : format.percent(value);
  return (
    <StatsCard
      title={t('stats.funnel.title')}
      help={t('stats.help.funnel')}
      scope={t('stats.scope.funnel')}
      query={funnel}
      extra={
        <Segmented<Source>
          size="small"
          value={source}
          onChange={(value) => setSource(value)}
          options={[
            { value: 'own', label: t('stats.conversion.own') },
            { value: 'catalogue', label: t('stats.conversion.catalogue') },
          ]}
        />
      }
    >
      {(data) => {
        const stages = data.bySource[source];
        const posted = stages[0]?.count ?? 0;
        const rows: Row[] = stages.map((stage, i) => {
          const previous = stages[i - 1]?.count;
          const ofNeeds = i > 0 && posted > 0 ? stage.count / posted : undefined;
          return {
            stage: stage.stage,
            name: t(`stats.funnel.stages.${stage.stage}`),
            count: stage.count,
            ...(ofNeeds !== undefined ? { ofNeeds } : {}),
            ...(previous ? { ofPrevious: stage.count / previous } : {}),
            label:
              ofNeeds === undefined ? String(stage.count) : `${stage.count} (${percent(ofNeeds)})`,
          };
        });
        // Bars of nothing on empty axes say less than the sentence.
        if (posted === 0) return <EmptyState title={t('stats.conversion.empty')} />;
        return (
          <>
            <div role="img" aria-label={rows.map((row) => `${row.name} ${row.label}`).join('，')}>
              <ResponsiveContainer width="100%" height={240}>
                <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 72 }}>
                  <CartesianGrid horizontal={false} strokeDasharray="3 3" />
                  <XAxis type="number" allowDecimals={false} />
                  <YAxis type="category" dataKey="name" width={72} />
                  <Tooltip />
                  <Bar
                    dataKey="count"
                    name={t('stats.funnel.needs')}
                    fill="#1d4ed8"
                    radius={[0, 4, 4, 0]}
                  >
                    <LabelList dataKey="label" position="right" />
                  </Bar>
                </BarChart>
              </ResponsiveContainer>
            </div>
            <Table<Row>
              size="small"
              rowKey="stage"
              dataSource={rows}
              pagination={false}
              columns={stacked([
                { key: 'name', title: t('stats.conversion.stage'), dataIndex: 'name' },
                {
                  key: 'count',
                  title: t('stats.funnel.needs'),
                  dataIndex: 'count',
                  align: 'right',
                },
                {
                  key: 'ofNeeds',
                  title: t('stats.conversion.ofNeeds'),
                  align: 'right',
                  render: (_, row) => percent(row.ofNeeds),
                },
                {
                  key: 'ofPrevious',
                  title: t('stats.conversion.ofPrevious'),
                  align: 'right',
                  render: (_, row) => percent(row.ofPrevious),
                },
              ])}
            />
          </>
        );
      }}
    </StatsCard>
  );
}
