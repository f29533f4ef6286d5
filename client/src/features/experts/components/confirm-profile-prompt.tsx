import type { ExpertDto } from '@qs/shared';
import { Alert, App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-messages';
import { useConfirmProfile } from '../api/confirm-profile';

/** Asks the expert, once a year, to confirm the profile; a frozen one is hidden until then. */
export function ConfirmProfilePrompt({ expert }: { expert: ExpertDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const confirm = useConfirmProfile();
  if (expert.verification.status !== 'verified') return null;
  if (!expert.freshness || expert.freshness === 'current') return null;
  return (
    <Alert
      type={expert.freshness === 'frozen' ? 'error' : 'warning'}
      showIcon
      message={t(`poolRules.confirm.${expert.freshness}.title`)}
      description={t(`poolRules.confirm.${expert.freshness}.body`)}
      action={
        <Button
          type="primary"
          loading={confirm.isPending}
          onClick={() =>
            confirm.mutate(undefined, {
              onSuccess: () => void message.success(t('poolRules.confirm.done')),
              onError: (error) => void message.error(errorMessage(t, error)),
            })
          }
        >
          {t('poolRules.confirm.action')}
        </Button>
      }
    />
  );
}
