import type { NeedDto } from '@qs/shared';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SkillTags } from '../../../components/taxonomy-tags';
import { useFormatters } from '../../../lib/format';
import { useTaxonomyLabels } from '../../../lib/taxonomy-labels';
import { BudgetText, NeedKindTag, NeedStatusTag } from './need-badges';

/** What an invited expert reads about a need: kind, sector, place, terms, description, skills. */
export function NeedBrief({ need }: { need: NeedDto }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useTaxonomyLabels();
  const skills = need.requiredSkills.length ? need.requiredSkills : need.suggestedSkills;
  const facts = [
    labels.sector(need.sector),
    labels.city(need.city),
    need.deadline ? t('needs.deadlineAt', { date: format.date(need.deadline) }) : undefined,
    need.collaborationMode ? t(`enums.collaborationMode.${need.collaborationMode}`) : undefined,
  ].filter(Boolean);
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap align="center">
        <NeedKindTag kind={need.kind} />
        {need.status !== 'open' && <NeedStatusTag status={need.status} />}
        <Typography.Text type="secondary">{facts.join(' · ')}</Typography.Text>
        {need.budget && (
          <Typography.Text strong>
            <BudgetText budget={need.budget} />
          </Typography.Text>
        )}
      </Flex>
      <Typography.Paragraph
        style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
        ellipsis={{ rows: 3, expandable: 'collapsible' }}
      >
        {need.description}
      </Typography.Paragraph>
      {skills.length > 0 && (
        <SkillTags
          ids={skills}
          max={8}
          label={
            need.requiredSkills.length
              ? t('needs.fields.requiredSkills')
              : t('needs.suggestedSkills')
          }
        />
      )}
    </Flex>
  );
}
