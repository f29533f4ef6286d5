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
import { useStatsFunnel } from '../api/get-stats';
import { StatsCard } from './stats-card';

/** How far the needs got: matched, invited, accepted, agreed, completed. */
export function FunnelChart() {
  const { t } = useTranslation();
  const funnel = useStatsFunnel();
  return (
    <StatsCard title={t('stats.funnel.title')} query={funnel}>
      {(data) => {
        const rows = data.stages.map((stage) => ({
          name: t(`stats.funnel.stages.${stage.stage}`),
          count: stage.count,
        }));
        return (
          <div role="img" aria-label={rows.map((row) => `${row.name} ${row.count}`).join('，')}>
            <ResponsiveContainer width="100%" height={260}>
              <BarChart data={rows} layout="vertical" margin={{ left: 24, right: 40 }}>
                <CartesianGrid horizontal={false} strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="name" width={96} />
                <Tooltip />
                <Bar
                  dataKey="count"
                  name={t('stats.funnel.needs')}
                  fill="#1d4ed8"
                  radius={[0, 4, 4, 0]}
                >
                  <LabelList dataKey="count" position="right" />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
        );
      }}
    </StatsCard>
  );
}
