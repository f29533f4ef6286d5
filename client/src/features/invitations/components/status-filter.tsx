import { invitationStatuses, type InvitationStatus } from '@qs/shared';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';

const ALL = 'all' as const;

/** All, or one state of the invitations. */
export function InvitationStatusFilter({
  value,
  onChange,
}: {
  value: InvitationStatus | undefined;
  onChange: (status: InvitationStatus | undefined) => void;
}) {
  const { t } = useTranslation();
  // Labels stay whole: on a narrow screen the filter scrolls sideways, not the page.
  return (
    <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <Segmented
        style={{ maxWidth: 'none' }}
        aria-label={t('invitations.filterLabel')}
        value={value ?? ALL}
        onChange={(status) => onChange(status === ALL ? undefined : status)}
        options={([ALL, ...invitationStatuses] as const).map((status) => ({
          value: status,
          label:
            status === ALL ? t('invitations.allStatuses') : t(`enums.invitationStatus.${status}`),
        }))}
      />
    </div>
  );
}
