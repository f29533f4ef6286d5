import { CheckCircleFilled, MinusCircleOutlined, TeamOutlined } from '@ant-design/icons';
import type { MatchItem } from '@qs/shared';
import { Card, Col, Flex, Progress, Row, Tag, Typography } from 'antd';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CapacityTag } from '../../../components/pool-rule-tags';
import { SkillTags } from '../../../components/taxonomy-tags';
import { RatingText } from '../../../components/ui/rating';
import { paths } from '../../../config/paths';
import { useFormatters } from '../../../lib/format';

interface MatchCardProps {
  match: MatchItem;
  rank: number;
  /** Buttons for this expert (the invitation). */
  actions?: ReactNode;
}

/** One ranked expert with the explanation of the score. */
export function MatchCard({ match, rank, actions }: MatchCardProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const { expert, score, explanation } = match;
  const percent = Math.round(score * 100);

  return (
    <Card size="small">
      <article aria-labelledby={headingId}>
        <Row gutter={[16, 12]} align="top">
          <Col xs={24} md={16}>
            <Flex vertical gap={8}>
              <Flex gap={8} align="baseline" wrap>
                <Typography.Text type="secondary">#{rank}</Typography.Text>
                <Typography.Title level={3} id={headingId} style={{ margin: 0, fontSize: 17 }}>
                  <Link to={paths.app.expertDetail.getHref(expert.id)}>{expert.name}</Link>
                </Typography.Title>
                <Typography.Text type="secondary">
                  {[expert.title, expert.organization].filter(Boolean).join(' · ')}
                </Typography.Text>
              </Flex>
              <Flex gap={6} wrap align="center">
                {explanation.atCapacity && <CapacityTag limit={explanation.atCapacity} />}
                {explanation.pool && (
                  <Tag color="geekblue" style={{ marginInlineEnd: 0 }}>
                    {t(`enums.pool.${explanation.pool}`)}
                  </Tag>
                )}
                <Tag style={{ marginInlineEnd: 0 }}>{explanation.city}</Tag>
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
                  {explanation.sectorMatch
                    ? t('matching.sectorMatch')
                    : t('matching.sectorMismatch')}
                </Tag>
                <RatingText {...explanation.rating} />
                <Typography.Text type="secondary">
                  <TeamOutlined aria-hidden />{' '}
                  {t('matching.workload', { count: explanation.activeCollaborations })}
                </Typography.Text>
              </Flex>
              {(explanation.matchedSkills.length > 0 || explanation.missingSkills.length > 0) && (
                <Flex gap={12} wrap>
                  {explanation.matchedSkills.length > 0 && (
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
          </Col>
          <Col xs={24} md={8}>
            <Flex vertical gap={12} align="stretch">
              <div>
                <Flex justify="space-between">
                  <Typography.Text type="secondary">{t('matching.score')}</Typography.Text>
                  <Typography.Text strong>{format.percent(score)}</Typography.Text>
                </Flex>
                <Progress
                  percent={percent}
                  showInfo={false}
                  strokeColor={percent >= 70 ? '#16a34a' : percent >= 40 ? '#1d4ed8' : '#94a3b8'}
                  aria-label={t('matching.scoreLabel', { score: format.percent(score) })}
                />
              </div>
              {actions && <Flex justify="flex-end">{actions}</Flex>}
            </Flex>
          </Col>
        </Row>
      </article>
    </Card>
  );
}
