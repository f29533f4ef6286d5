import type { NeedDto } from '@qs/shared';
import { Card, Flex, Typography } from 'antd';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SkillTags } from '../../../components/taxonomy-tags';
import { paths } from '../../../config/paths';
import { useFormatters } from '../../../lib/format';
import { useTaxonomyLabels } from '../../../lib/taxonomy-labels';
import { BudgetText, NeedKindTag, NeedStatusTag } from './need-badges';

/** One need in a list: title, kind, status, sector, skills, dates. */
export function NeedCard({
  need,
  showOrganization = false,
  footer,
}: {
  need: NeedDto;
  showOrganization?: boolean;
  /** Below the card's content, e.g. the invited experts of the need. */
  footer?: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useTaxonomyLabels();
  const headingId = useId();
  const skills = need.requiredSkills.length ? need.requiredSkills : need.suggestedSkills;
  const facts = [
    labels.sector(need.sector),
    labels.city(need.city),
    showOrganization ? need.organizationName : undefined,
    t('needs.postedAt', { date: format.date(need.createdAt) }),
    need.deadline ? t('needs.deadlineAt', { date: format.date(need.deadline) }) : undefined,
  ].filter(Boolean);
  return (
    <Card size="small">
      <article aria-labelledby={headingId}>
        <Flex vertical gap={8}>
          <Flex justify="space-between" gap={8} align="flex-start">
            <Typography.Title level={2} id={headingId} style={{ margin: 0, fontSize: 17 }}>
              <Link to={paths.app.needDetail.getHref(need.id)}>{need.title}</Link>
            </Typography.Title>
            <Flex gap={4} style={{ flexShrink: 0 }}>
              <NeedKindTag kind={need.kind} />
              <NeedStatusTag status={need.status} />
            </Flex>
          </Flex>
          <Typography.Text type="secondary">{facts.join(' · ')}</Typography.Text>
          <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
            {need.description}
          </Typography.Paragraph>
          <Flex justify="space-between" gap={8} wrap align="center">
            {skills.length > 0 ? (
              <SkillTags
                ids={skills}
                max={6}
                label={
                  need.requiredSkills.length
                    ? t('needs.fields.requiredSkills')
                    : t('needs.suggestedSkills')
                }
              />
            ) : (
              <span />
            )}
            {need.budget && (
              <Typography.Text strong>
                <BudgetText budget={need.budget} />
              </Typography.Text>
            )}
          </Flex>
          {footer}
        </Flex>
      </article>
    </Card>
  );
}
