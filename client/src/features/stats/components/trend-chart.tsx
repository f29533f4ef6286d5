import type { StatsFilterQuery, StatsTrendQuery } from '@qs/shared';
import { Segmented } from 'antd';
import { useState } from 'react';
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
import { useTrend } from '../api/get-stats';
import { StatsCard } from './stats-card';

const SERIES = [
  { key: 'needs', color: '#1d4ed8' },
  { key: 'invitations', color: '#0891b2' },
  { key: 'collaborations', color: '#16a34a' },
  { key: 'completed', color: '#ca8a04' },
  { key: 'experts', color: '#9333ea' },
] as const;

/** What started in each month (or week) of the filters' range, by default the last year. */
export function TrendChart({ filters }: { filters: StatsFilterQuery }) {
  const { t } = useTranslation();
  const [granularity, setGranularity] = useState<StatsTrendQuery['granularity']>('month');
  const trend = useTrend(granularity, filters);
  return (
    <StatsCard
      title={t('stats.trend.title')}
      help={t('stats.help.trend')}
      scope={t('stats.scope.trend')}
      query={trend}
      extra={
        <Segmented<StatsTrendQuery['granularity']>
          size="small"
          value={granularity}
          onChange={(value) => setGranularity(value)}
          options={[
            { value: 'month', label: t('stats.trend.month') },
            { value: 'week', label: t('stats.trend.week') },
          ]}
        />
      }
    >
      {(data) =>
        data.items.length === 0 ? (
          <EmptyState title={t('stats.trend.empty')} />
        ) : (
          <ResponsiveContainer width="100%" height={260}>
            <LineChart data={data.items} margin={{ right: 16 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="period" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              {SERIES.map((series) => (
                <Line
                  key={series.key}
                  type="linear"
                  dataKey={series.key}
                  name={t(`stats.trend.series.${series.key}`)}
                  stroke={series.color}
                  dot={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        )
      }
    </StatsCard>
  );
}
