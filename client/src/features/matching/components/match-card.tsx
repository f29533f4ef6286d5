import {
  CheckCircleFilled,
  DownOutlined,
  MinusCircleOutlined,
  TeamOutlined,
  UpOutlined,
} from '@ant-design/icons';
import type { Availability, MatchItem } from '@qs/shared';
import { Badge, Button, Card, Flex, Tag, Typography } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CapacityTag } from '../../../components/pool-rule-tags';
import { SkillTags } from '../../../components/taxonomy-tags';
import { RatingText } from '../../../components/ui/rating';
import { paths } from '../../../config/paths';
import { useFormatters } from '../../../lib/format';
import { useTaxonomyLabels } from '../../../lib/taxonomy-labels';

/** How many matched skills the one-line summary shows; the rest are in the folded part. */
const KEY_SKILLS = 3;

const availabilityStatus = {
  available: 'success',
  limited: 'warning',
  unavailable: 'default',
} as const satisfies Record<Availability, string>;

interface MatchCardProps {
  match: MatchItem;
  rank: number;
  /** Buttons for this expert (the invitation). */
  actions?: ReactNode;
  /** The checkbox that selects this expert for a batch action. */
  select?: ReactNode;
}

/** The score, with the colour of its band. */
function Score({ score }: { score: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const percent = Math.round(score * 100);
  const color = percent >= 70 ? '#15803d' : percent >= 40 ? '#1d4ed8' : '#475569';
  return (
    <Typography.Text
      strong
      style={{ color, whiteSpace: 'nowrap' }}
      aria-label={t('matching.scoreLabel', { score: format.percent(score) })}
    >
      {format.percent(score)}
    </Typography.Text>
  );
}

/**
 * One ranked expert on one line (name, title, pool, score, availability, key matched skills,
 * actions); the explanation of the score is folded under it.
 */
export function MatchCard({ match, rank, actions, select }: MatchCardProps) {
  const { t } = useTranslation();
  const labels = useTaxonomyLabels();
  const headingId = useId();
  const detailsId = useId();
  const [open, setOpen] = useState(false);
  const { expert, score, explanation } = match;

  return (
    <Card size="small" styles={{ body: { paddingBlock: 8 } }}>
      <article aria-labelledby={headingId}>
        <Flex gap={8} align="center" wrap style={{ minWidth: 0 }}>
          {select}
          <Typography.Text type="secondary">#{rank}</Typography.Text>
          <Typography.Title level={3} id={headingId} style={{ margin: 0, fontSize: 16 }}>
            <Link to={paths.app.expertDetail.getHref(expert.id)}>{expert.name}</Link>
          </Typography.Title>
          {expert.title && (
            <Typography.Text type="secondary" ellipsis style={{ maxWidth: 200 }}>
              {expert.title}
            </Typography.Text>
          )}
          {explanation.pool && (
            <Tag color="geekblue" style={{ marginInlineEnd: 0 }}>
              {t(`enums.pool.${explanation.pool}`)}
            </Tag>
          )}
          <Score score={score} />
          {explanation.atCapacity ? (
            <CapacityTag limit={explanation.atCapacity} />
          ) : (
            <Badge
              status={availabilityStatus[expert.availability]}
              text={t(`enums.availability.${expert.availability}`)}
            />
          )}
          {explanation.matchedSkills.length > 0 && (
            <SkillTags
              ids={explanation.matchedSkills}
              max={KEY_SKILLS}
              color="green"
              label={t('matching.matchedSkills')}
            />
          )}
          <Flex gap={8} align="center" wrap style={{ marginInlineStart: 'auto' }}>
            <Button
              type="link"
              size="small"
              aria-expanded={open}
              aria-controls={detailsId}
              icon={open ? <UpOutlined aria-hidden /> : <DownOutlined aria-hidden />}
              iconPlacement="end"
              onClick={() => setOpen(!open)}
            >
              {open ? t('matching.compact.hideReasons') : t('matching.compact.showReasons')}
            </Button>
            {actions}
          </Flex>
        </Flex>
        <div id={detailsId} hidden={!open} style={{ paddingTop: 8 }}>
          <Flex vertical gap={8}>
            <Flex gap={6} wrap align="center">
              <Tag style={{ marginInlineEnd: 0 }}>{labels.city(explanation.city)}</Tag>
              <Tag
                color={explanation.sectorMatch ? 'success' : 'default'}
                icon={
                  explanation.sectorMatch ? (
                    <CheckCircleFilled aria-hidden />
                  ) : (
                    <MinusCircleOutlined aria-hidden />
                  )
                }
                style={{ marginInlineEnd: 0 }}
              >
                {explanation.sectorMatch ? t('matching.sectorMatch') : t('matching.sectorMismatch')}
              </Tag>
              <RatingText {...explanation.rating} />
              <Typography.Text type="secondary">
                <TeamOutlined aria-hidden />{' '}
                {t('matching.workload', { count: explanation.activeCollaborations })}
              </Typography.Text>
              {expert.organization && (
                <Typography.Text type="secondary">{expert.organization}</Typography.Text>
              )}
            </Flex>
            {(explanation.matchedSkills.length > KEY_SKILLS ||
              explanation.missingSkills.length > 0) && (
              <Flex gap={12} wrap>
                {explanation.matchedSkills.length > KEY_SKILLS && (
                  <SkillTags
                    ids={explanation.matchedSkills}
                    color="green"
                    label={t('matching.matchedSkills')}
                  />
                )}
                {explanation.missingSkills.length > 0 && (
                  <SkillTags
                    ids={explanation.missingSkills}
                    color="default"
                    label={t('matching.missingSkills')}
                  />
                )}
              </Flex>
            )}
            {explanation.reasons.length > 0 && (
              <div>
                <Typography.Text strong>{t('matching.reasons')}</Typography.Text>
                <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                  {explanation.reasons.map((reason) => (
                    <li key={reason}>
                      <Typography.Text>{reason}</Typography.Text>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </Flex>
        </div>
      </article>
    </Card>
  );
}
