import { invitationStatuses, type InvitationStatus } from '@qs/shared';
import { useTranslation } from 'react-i18next';
import { StatusFilter } from '../../../components/ui/status-filter';

/** All, or one state of the invitations. */
export function InvitationStatusFilter({
  value,
  onChange,
}: {
  value: InvitationStatus | undefined;
  onChange: (status: InvitationStatus | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <StatusFilter
      label={t('invitations.filterLabel')}
      statuses={invitationStatuses}
      allLabel={t('invitations.allStatuses')}
      statusLabel={(status) => t(`enums.invitationStatus.${status}`)}
      value={value}
      onChange={onChange}
    />
  );
}
