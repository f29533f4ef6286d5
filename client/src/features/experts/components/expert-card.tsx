import type { ExpertDto } from '@qs/shared';
import { Card, Flex, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SkillTags } from '../../../components/taxonomy-tags';
import { RatingText } from '../../../components/ui/rating';
import { paths } from '../../../config/paths';
import { CapacityTag, FreshnessTag } from '../../../components/pool-rule-tags';
import { AvailabilityBadge, PlaceTags, VerificationTag } from './expert-badges';

interface ExpertCardProps {
  expert: ExpertDto;
  /** Skills a search asked for, shown emphasised. */
  highlightSkills?: readonly string[];
  /** Staff see the verification status. */
  showVerification?: boolean;
}

/** One expert of a result list: who, where, what they know, how they are rated. */
export function ExpertCard({ expert, highlightSkills, showVerification }: ExpertCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const affiliation = [expert.title, expert.organization].filter(Boolean).join(' · ');
  return (
    <Card size="small" style={{ height: '100%' }}>
      <article aria-labelledby={headingId}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <Typography.Title level={2} id={headingId} style={{ margin: 0, fontSize: 17 }}>
            <Link to={paths.app.expertDetail.getHref(expert.id)}>{expert.name}</Link>
          </Typography.Title>
          <Flex gap={8} align="center" wrap>
            {showVerification && <VerificationTag status={expert.verification.status} />}
            <AvailabilityBadge value={expert.availability} />
            {expert.atCapacity && <CapacityTag limit={expert.atCapacity} />}
            <FreshnessTag freshness={expert.freshness} />
          </Flex>
        </Flex>
        <Typography.Paragraph type="secondary" ellipsis style={{ margin: '4px 0 8px' }}>
          {affiliation || t('experts.noAffiliation')}
        </Typography.Paragraph>
        <Flex vertical gap={8}>
          <Flex gap={8} wrap align="center">
            <PlaceTags expert={expert} />
            {expert.yearsOfExperience > 0 && (
              <Typography.Text type="secondary">
                {t('experts.years', { count: expert.yearsOfExperience })}
              </Typography.Text>
            )}
          </Flex>
          <SkillTags ids={expert.skills} max={6} highlight={highlightSkills} />
          <RatingText average={expert.rating.average} count={expert.rating.count} />
        </Flex>
      </article>
    </Card>
  );
}
