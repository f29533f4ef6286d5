import type { ExpertDto } from '@qs/shared';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';

const alertTypes = {
  incomplete: 'info',
  pending: 'warning',
  verified: 'success',
  rejected: 'error',
} as const;

/** Where the expert's own profile stands with the bureau, with the bureau's note. */
export function VerificationStatus({ verification }: { verification: ExpertDto['verification'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { status, note, at } = verification;
  const when = at && status !== 'incomplete' ? format.dateTime(at) : '';
  return (
    <Alert
      type={alertTypes[status]}
      showIcon
      role="status"
      title={t('profile.status.title', { status: t(`enums.verification.${status}`) })}
      description={
        <>
          {t(`profile.status.${status}`)}
          {when && <> {t('profile.status.at', { time: when })}</>}
          {note && (
            <div style={{ marginTop: 8 }}>
              <strong>{t('profile.status.note')}</strong> {note}
            </div>
          )}
        </>
      }
    />
  );
}
