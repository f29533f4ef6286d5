import { collaborationStatuses, type CollaborationStatus } from '@qs/shared';
import { useTranslation } from 'react-i18next';
import { StatusFilter } from '../../../components/ui/status-filter';

/** All, or one state of the collaborations. */
export function CollaborationStatusFilter({
  value,
  onChange,
}: {
  value: CollaborationStatus | undefined;
  onChange: (status: CollaborationStatus | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <StatusFilter
      label={t('collaborations.filterLabel')}
      statuses={collaborationStatuses}
      allLabel={t('collaborations.allStatuses')}
      statusLabel={(status) => t(`enums.collaborationStatus.${status}`)}
      value={value}
      onChange={onChange}
    />
  );
}
