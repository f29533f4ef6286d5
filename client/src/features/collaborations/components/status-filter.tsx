import { collaborationStatuses, type CollaborationStatus } from '@qs/shared';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';

const ALL = 'all' as const;

/** All, or one state of the collaborations. */
export function CollaborationStatusFilter({
  value,
  onChange,
}: {
  value: CollaborationStatus | undefined;
  onChange: (status: CollaborationStatus | undefined) => void;
}) {
  const { t } = useTranslation();
  // Labels stay whole: on a narrow screen the filter scrolls sideways, not the page.
  return (
    <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <Segmented
        style={{ maxWidth: 'none' }}
        aria-label={t('collaborations.filterLabel')}
        value={value ?? ALL}
        onChange={(status) => onChange(status === ALL ? undefined : status)}
        options={([ALL, ...collaborationStatuses] as const).map((status) => ({
          value: status,
          label:
            status === ALL
              ? t('collaborations.allStatuses')
              : t(`enums.collaborationStatus.${status}`),
        }))}
      />
    </div>
  );
}
