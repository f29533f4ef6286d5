import type { CollaborationStatus } from '@qs/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const statusColors = {
  active: 'processing',
  agreed: 'blue',
  completed: 'success',
  cancelled: 'default',
} as const satisfies Record<CollaborationStatus, string>;

export function CollaborationStatusTag({ status }: { status: CollaborationStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColors[status]} style={{ marginInlineEnd: 0 }}>
      {t(`enums.collaborationStatus.${status}`)}
    </Tag>
  );
}
