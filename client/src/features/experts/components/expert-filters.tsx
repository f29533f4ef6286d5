import { availabilities, cities, pools, taxonomy } from '@qs/shared';
import { Button, Card, Checkbox, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTaxonomyLabels } from '../../../lib/taxonomy-labels';
import type { ExpertFacets, FacetKey, ListExpertsQuery } from '../api/get-experts';

const COLLAPSED_SIZE = 8;

/** A value's place in a fixed list; values not in it come after, by name. */
const orderOf = (list: readonly string[]) => {
  const places = new Map(list.map((value, index) => [value, index]));
  return (value: string) => places.get(value) ?? list.length;
};
const poolOrder = orderOf(pools);
const availabilityOrder = orderOf(availabilities);
const skillOrder = orderOf(taxonomy.skills.map((skill) => skill.id));
const sectorOrder = orderOf(taxonomy.sectors.map((sector) => sector.id));
const cityOrder = orderOf(cities.map((city) => city.zh));

export type FacetSelection = Pick<ListExpertsQuery, FacetKey>;

interface FacetGroupProps {
  title: string;
  /** Values with their counts in the current results. */
  counts: Record<string, number>;
  /** Values always listed, even with no result (e.g. the three pools). */
  known?: readonly string[];
  /** The fixed order of the values, so that they stay in place while the counts change. */
  order: (value: string) => number;
  selected: readonly string[];
  label: (value: string) => string;
  onChange: (values: string[]) => void;
}

function FacetGroup({
  title,
  counts,
  known = [],
  order,
  selected,
  label,
  onChange,
}: FacetGroupProps) {
  const { t, i18n } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const values = [...new Set([...known, ...Object.keys(counts), ...selected])].sort(
    (a, b) => order(a) - order(b) || label(a).localeCompare(label(b), i18n.language),
  );
  const shown =
    expanded || values.length <= COLLAPSED_SIZE
      ? values
      : values.filter((value, index) => index < COLLAPSED_SIZE || selected.includes(value));
  if (values.length === 0) return null;

  return (
    <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
      <Typography.Text strong component="legend" style={{ marginBottom: 8 }}>
        {title}
      </Typography.Text>
      <Checkbox.Group
        value={[...selected]}
        onChange={(next) => onChange(next.map(String))}
        style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
        options={shown.map((value) => ({
          value,
          label: (
            <Flex justify="space-between" gap={8} style={{ width: '100%' }}>
              <span>{label(value)}</span>
              <Typography.Text
                type="secondary"
                aria-label={t('experts.filters.count', { count: counts[value] ?? 0 })}
              >
                {counts[value] ?? 0}
              </Typography.Text>
            </Flex>
          ),
        }))}
      />
      {values.length > COLLAPSED_SIZE && (
        <Button
          type="link"
          size="small"
          style={{ paddingInline: 0 }}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('common.showLess') : t('common.showAll', { count: values.length })}
        </Button>
      )}
    </fieldset>
  );
}

interface ExpertFiltersProps {
  facets: ExpertFacets | undefined;
  selection: FacetSelection;
  onChange: (patch: Partial<FacetSelection>) => void;
  onClear: () => void;
}

/** Facet filters with the counts of the current results. */
export function ExpertFilters({ facets, selection, onChange, onClear }: ExpertFiltersProps) {
  const { t } = useTranslation();
  const labels = useTaxonomyLabels();
  const active = Object.values(selection).some((values) => values && values.length > 0);
  return (
    <Card
      size="small"
      title={<span id="expert-filters-title">{t('experts.filters.title')}</span>}
      extra={
        active && (
          <Button type="link" size="small" onClick={onClear}>
            {t('common.clearFilters')}
          </Button>
        )
      }
    >
      <Flex vertical gap={20} role="group" aria-labelledby="expert-filters-title">
        <FacetGroup
          title={t('experts.fields.pool')}
          counts={facets?.pool ?? {}}
          known={pools}
          order={poolOrder}
          selected={selection.pool ?? []}
          label={(value) => t(`enums.pool.${value as (typeof pools)[number]}`)}
          onChange={(values) => onChange({ pool: values as FacetSelection['pool'] })}
        />
        <FacetGroup
          title={t('experts.fields.city')}
          counts={facets?.city ?? {}}
          order={cityOrder}
          selected={selection.city ?? []}
          label={(value) => value}
          onChange={(city) => onChange({ city })}
        />
        <FacetGroup
          title={t('experts.fields.availability')}
          counts={facets?.availability ?? {}}
          known={availabilities}
          order={availabilityOrder}
          selected={selection.availability ?? []}
          label={(value) => t(`enums.availability.${value as (typeof availabilities)[number]}`)}
          onChange={(values) =>
            onChange({ availability: values as FacetSelection['availability'] })
          }
        />
        <FacetGroup
          title={t('experts.fields.skills')}
          counts={facets?.skills ?? {}}
          order={skillOrder}
          selected={selection.skills ?? []}
          label={labels.skill}
          onChange={(skills) => onChange({ skills })}
        />
        <FacetGroup
          title={t('experts.fields.sectors')}
          counts={facets?.sectors ?? {}}
          order={sectorOrder}
          selected={selection.sectors ?? []}
          label={labels.sector}
          onChange={(sectors) => onChange({ sectors })}
        />
      </Flex>
    </Card>
  );
}
