import type { Availability, ExpertDto, VerificationStatus } from '@qs/shared';
import { Badge, Flex, Tag } from 'antd';
import { EnvironmentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useTaxonomyLabels } from '../../../lib/taxonomy-labels';

const availabilityStatus = {
  available: 'success',
  limited: 'warning',
  unavailable: 'default',
} as const satisfies Record<Availability, string>;

export function AvailabilityBadge({ value }: { value: Availability }) {
  const { t } = useTranslation();
  return <Badge status={availabilityStatus[value]} text={t(`enums.availability.${value}`)} />;
}

const verificationColors = {
  incomplete: 'default',
  pending: 'processing',
  verified: 'success',
  rejected: 'error',
} as const satisfies Record<VerificationStatus, string>;

export function VerificationTag({ status }: { status: VerificationStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={verificationColors[status]} style={{ marginInlineEnd: 0 }}>
      {t(`enums.verification.${status}`)}
    </Tag>
  );
}

/** Pool and city of an expert. */
export function PlaceTags({ expert }: { expert: Pick<ExpertDto, 'pool' | 'city'> }) {
  const { t } = useTranslation();
  const labels = useTaxonomyLabels();
  return (
    <Flex gap={4} wrap>
      {expert.pool && (
        <Tag color="geekblue" style={{ marginInlineEnd: 0 }}>
          {t(`enums.pool.${expert.pool}`)}
        </Tag>
      )}
      {expert.city && (
        <Tag icon={<EnvironmentOutlined aria-hidden />} style={{ marginInlineEnd: 0 }}>
          {labels.city(expert.city)}
        </Tag>
      )}
    </Flex>
  );
}
