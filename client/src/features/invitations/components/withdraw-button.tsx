import { RollbackOutlined } from '@ant-design/icons';
import type { InvitationDto } from '@qs/shared';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-messages';
import { useWithdrawInvitation } from '../api/withdraw-invitation';

/** Takes back a pending invitation, after a confirmation. */
export function WithdrawButton({
  invitation,
  size,
}: {
  invitation: InvitationDto;
  size?: 'small' | 'middle';
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const withdraw = useWithdrawInvitation();
  const name = invitation.expertName ?? t('invitations.theExpert');
  return (
    <Popconfirm
      title={t('invitations.withdrawConfirm', { name })}
      description={t('invitations.withdrawHint')}
      okText={t('invitations.withdraw')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      // Awaited rather than per-call callbacks: the withdrawn invitation unmounts this button.
      // antd holds the confirmation open, loading, until the promise settles (typed as void).
      // eslint-disable-next-line @typescript-eslint/no-misused-promises
      onConfirm={async () => {
        try {
          await withdraw.mutateAsync({ id: invitation.id });
          void message.success(t('invitations.withdrawnToast', { name }));
        } catch (error) {
          void message.error(errorMessage(t, error));
        }
      }}
    >
      <Button
        size={size}
        icon={<RollbackOutlined aria-hidden />}
        loading={withdraw.isPending}
        aria-label={t('invitations.withdrawLabel', { name })}
      >
        {t('invitations.withdraw')}
      </Button>
    </Popconfirm>
  );
}
