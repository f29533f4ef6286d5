import type { ExpertDto } from '@qs/shared';
import { Card, Col, Descriptions, Flex, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SectorNames, SkillTags } from '../../../components/taxonomy-tags';
import { RatingText } from '../../../components/ui/rating';
import { useFormatters } from '../../../lib/format';
import { CapacityTag, FreshnessTag } from '../../../components/pool-rule-tags';
import { AvailabilityBadge, PlaceTags, VerificationTag } from './expert-badges';
import { ContactCard } from './expert-contact';
import { VerificationHistory } from './verification-history';

interface ExpertDetailsProps {
  expert: ExpertDto;
  /** Shown beside the verification status (the bureau's decision buttons). */
  verificationActions?: ReactNode;
}

/** The whole profile of one expert. */
export function ExpertDetails({ expert, verificationActions }: ExpertDetailsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { verification } = expert;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={16}>
        <Flex vertical gap={16}>
          <Card>
            <Flex vertical gap={12}>
              <Flex gap={8} wrap align="center">
                <PlaceTags expert={expert} />
                <AvailabilityBadge value={expert.availability} />
                {expert.atCapacity && <CapacityTag limit={expert.atCapacity} />}
                <FreshnessTag freshness={expert.freshness} />
              </Flex>
              <Descriptions
                column={{ xs: 1, sm: 2 }}
                size="small"
                items={[
                  { key: 'title', label: t('experts.fields.title'), children: expert.title || '—' },
                  {
                    key: 'organization',
                    label: t('experts.fields.organization'),
                    children: expert.organization || '—',
                  },
                  {
                    key: 'years',
                    label: t('experts.fields.yearsOfExperience'),
                    children: t('experts.years', { count: expert.yearsOfExperience }),
                  },
                  {
                    key: 'modes',
                    label: t('experts.fields.collaborationModes'),
                    children:
                      expert.collaborationModes
                        .map((mode) => t(`enums.collaborationMode.${mode}`))
                        .join(t('common.listSeparator')) || '—',
                  },
                  {
                    key: 'rating',
                    label: t('experts.fields.rating'),
                    children: <RatingText {...expert.rating} />,
                  },
                  {
                    key: 'response',
                    label: t('experts.fields.responseRate'),
                    children: format.percent(expert.responseRate),
                  },
                  {
                    key: 'active',
                    label: t('experts.fields.activeCollaborations'),
                    children: expert.activeCollaborations,
                  },
                  {
                    key: 'sectors',
                    label: t('experts.fields.sectors'),
                    children: expert.sectors.length ? <SectorNames ids={expert.sectors} /> : '—',
                  },
                ]}
              />
              <div>
                <Typography.Title level={2} style={{ fontSize: 16 }}>
                  {t('experts.fields.skills')}
                </Typography.Title>
                <SkillTags ids={expert.skills} color="blue" />
              </div>
              <div>
                <Typography.Title level={2} style={{ fontSize: 16 }}>
                  {t('experts.fields.bio')}
                </Typography.Title>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                  {expert.bio || t('experts.detail.noBio')}
                </Typography.Paragraph>
              </div>
            </Flex>
          </Card>
        </Flex>
      </Col>
      <Col xs={24} lg={8}>
        <Flex vertical gap={16}>
          <ContactCard contact={expert.contact} />
          {verification.history && (
            <Card
              size="small"
              title={
                <Flex gap={8} align="center">
                  {t('experts.fields.verification')}
                  <VerificationTag status={verification.status} />
                </Flex>
              }
            >
              <Flex vertical gap={16}>
                {verificationActions}
                <VerificationHistory history={verification.history} />
              </Flex>
            </Card>
          )}
        </Flex>
      </Col>
    </Row>
  );
}
