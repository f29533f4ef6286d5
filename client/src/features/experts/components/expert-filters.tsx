import { availabilities, pools } from '@qs/shared';
import { Button, Card, Checkbox, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTaxonomyLabels } from '../../../lib/taxonomy-labels';
import type { ExpertFacets, FacetKey, ListExpertsQuery } from '../api/get-experts';

const COLLAPSED_SIZE = 8;

export type FacetSelection = Pick<ListExpertsQuery, FacetKey>;

interface FacetGroupProps {
  title: string;
  /** Values with their counts in the current results. */
  counts: Record<string, number>;
  /** Values always listed, even with no result (e.g. the three pools). */
  known?: readonly string[];
  selected: readonly string[];
  label: (value: string) => string;
  onChange: (values: string[]) => void;
}

function FacetGroup({ title, counts, known = [], selected, label, onChange }: FacetGroupProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const values = [...new Set([...known, ...Object.keys(counts), ...selected])].sort(
    (a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || label(a).localeCompare(label(b)),
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
          selected={selection.pool ?? []}
          label={(value) => t(`enums.pool.${value as (typeof pools)[number]}`)}
          onChange={(values) => onChange({ pool: values as FacetSelection['pool'] })}
        />
        <FacetGroup
          title={t('experts.fields.city')}
          counts={facets?.city ?? {}}
          selected={selection.city ?? []}
          label={(value) => value}
          onChange={(city) => onChange({ city })}
        />
        <FacetGroup
          title={t('experts.fields.availability')}
          counts={facets?.availability ?? {}}
          known={availabilities}
          selected={selection.availability ?? []}
          label={(value) => t(`enums.availability.${value as (typeof availabilities)[number]}`)}
          onChange={(values) =>
            onChange({ availability: values as FacetSelection['availability'] })
          }
        />
        <FacetGroup
          title={t('experts.fields.skills')}
          counts={facets?.skills ?? {}}
          selected={selection.skills ?? []}
          label={labels.skill}
          onChange={(skills) => onChange({ skills })}
        />
        <FacetGroup
          title={t('experts.fields.sectors')}
          counts={facets?.sectors ?? {}}
          selected={selection.sectors ?? []}
          label={labels.sector}
          onChange={(sectors) => onChange({ sectors })}
        />
      </Flex>
    </Card>
  );
}
