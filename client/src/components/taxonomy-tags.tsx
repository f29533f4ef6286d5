import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTaxonomyLabels } from '../lib/taxonomy-labels';

interface SkillTagsProps {
  ids: readonly string[];
  color?: string;
  /** Show this many and a "+N" for the rest. */
  max?: number;
  /** Skills to emphasise (e.g. those a search asked for). */
  highlight?: readonly string[];
  label?: string;
}

/** Skill chips with names in the user's language. */
export function SkillTags({ ids, color, max, highlight = [], label }: SkillTagsProps) {
  const { t } = useTranslation();
  const labels = useTaxonomyLabels();
  const shown = max === undefined ? ids : ids.slice(0, max);
  const hidden = ids.length - shown.length;
  return (
    <Flex gap={4} wrap role="list" aria-label={label ?? t('common.skills')}>
      {shown.map((id) => (
        <Tag
          key={id}
          role="listitem"
          color={highlight.includes(id) ? 'blue' : color}
          style={{ marginInlineEnd: 0 }}
        >
          {labels.skill(id)}
        </Tag>
      ))}
      {hidden > 0 && (
        <Tag role="listitem" style={{ marginInlineEnd: 0 }}>
          {t('common.more', { count: hidden })}
        </Tag>
      )}
    </Flex>
  );
}

/** Sector names, joined. */
export function SectorNames({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  const labels = useTaxonomyLabels();
  return <>{ids.map(labels.sector).join(t('common.listSeparator'))}</>;
}
