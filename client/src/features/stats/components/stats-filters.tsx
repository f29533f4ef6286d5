import { taxonomy, type StatsFilterQuery } from '@qs/shared';
import { Button, DatePicker, Flex, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhone } from '../../../hooks/use-phone';
import { useTaxonomyLabels } from '../../../lib/taxonomy-labels';
import { HelpTip } from './help-tip';

const DAY = 'YYYY-MM-DD';
const cityKeys = ['qingdao', 'shenzhen'] as const;

/**
 * The range of days and the city and sector every figure, chart and export of the page is read
 * with. Cities are stored as written in Chinese (青岛), so that is the value whatever the language.
 */
export function StatsFilters({
  value,
  onChange,
}: {
  value: StatsFilterQuery;
  onChange: (next: StatsFilterQuery) => void;
}) {
  const { t, i18n } = useTranslation();
  const labels = useTaxonomyLabels();
  const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'zh-cn';
  const ids = { range: useId(), city: useId(), sector: useId() };
  const day = (text: string | undefined) => (text ? dayjs(text, DAY).locale(locale) : null);
  const set = (patch: Partial<Record<keyof StatsFilterQuery, string | undefined>>) => {
    const next: StatsFilterQuery = { ...value };
    for (const [key, item] of Object.entries(patch) as [
      keyof StatsFilterQuery,
      string | undefined,
    ][])
      if (item) next[key] = item;
      else delete next[key];
    onChange(next);
  };
  const filtered = Object.keys(value).length > 0;
  // On a phone each filter takes the screen's width, one under the other.
  const phone = usePhone();
  const block = phone ? { width: '100%' } : undefined;
  return (
    <section aria-label={t('stats.filters.label')}>
      <Flex wrap gap={12} align="end">
        <Flex vertical gap={4} style={block}>
          <Typography.Text id={ids.range}>{t('stats.filters.range')}</Typography.Text>
          <DatePicker.RangePicker
            aria-labelledby={ids.range}
            format={DAY}
            allowEmpty={[true, true]}
            value={[day(value.from), day(value.to)]}
            placeholder={[t('stats.filters.from'), t('stats.filters.to')]}
            onChange={(days: [Dayjs | null, Dayjs | null] | null) =>
              set({ from: days?.[0]?.format(DAY), to: days?.[1]?.format(DAY) })
            }
            style={{ width: phone ? '100%' : undefined, maxWidth: '100%' }}
          />
        </Flex>
        <Flex vertical gap={4} style={block}>
          <Typography.Text id={ids.city}>{t('stats.filters.city')}</Typography.Text>
          <Select
            aria-labelledby={ids.city}
            allowClear
            placeholder={t('stats.filters.allCities')}
            value={value.city}
            onChange={(city?: string) => set({ city })}
            options={cityKeys.map((key) => ({
              value: t(`cities.${key}`, { lng: 'zh-CN' }),
              label: t(`cities.${key}`),
            }))}
            style={{ width: phone ? '100%' : 160 }}
          />
        </Flex>
        <Flex vertical gap={4} style={block}>
          <Typography.Text id={ids.sector}>{t('stats.filters.sector')}</Typography.Text>
          <Select
            aria-labelledby={ids.sector}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('stats.filters.allSectors')}
            value={value.sector}
            onChange={(sector?: string) => set({ sector })}
            options={taxonomy.sectors.map((sector) => ({
              value: sector.id,
              label: labels.sector(sector.id),
            }))}
            style={{ width: phone ? '100%' : 220, maxWidth: '100%' }}
          />
        </Flex>
        <Flex gap={4} align="center">
          {filtered && <Button onClick={() => onChange({})}>{t('stats.filters.clear')}</Button>}
          <HelpTip title={t('stats.filters.label')} text={t('stats.help.filters')} />
        </Flex>
      </Flex>
      {(value.from || value.to) && (
        <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
          {t('stats.scope.range', {
            range: t(
              value.from && value.to
                ? 'stats.scope.between'
                : value.from
                  ? 'stats.scope.since'
                  : 'stats.scope.until',
              { from: value.from, to: value.to },
            ),
          })}
        </Typography.Paragraph>
      )}
    </section>
  );
}
