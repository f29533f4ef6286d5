import { CheckCircleOutlined } from '@ant-design/icons';
import type { CollaborationDto } from '@qs/shared';
import { App, Button, Flex, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-messages';
import { useCompleteCollaboration } from '../api/complete-collaboration';
import { AgreementDialog } from './agreement-dialog';
import { CancelDialog } from './cancel-dialog';

function CompleteButton({ collaboration }: { collaboration: CollaborationDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const complete = useCompleteCollaboration();
  return (
    <Popconfirm
      title={t('collaborations.complete.confirm')}
      description={t('collaborations.complete.hint')}
      okText={t('collaborations.complete.open')}
      cancelText={t('common.cancel')}
      // Awaited rather than per-call callbacks: the completed collaboration unmounts this button.
      // antd holds the confirmation open, loading, until the promise settles (typed as void).
      // eslint-disable-next-line @typescript-eslint/no-misused-promises
      onConfirm={async () => {
        try {
          await complete.mutateAsync(collaboration.id);
          void message.success(t('collaborations.complete.done'));
        } catch (error) {
          void message.error(errorMessage(t, error));
        }
      }}
    >
      <Button
        type="primary"
        icon={<CheckCircleOutlined aria-hidden />}
        loading={complete.isPending}
      >
        {t('collaborations.complete.open')}
      </Button>
    </Popconfirm>
  );
}

/** The next steps either side may take: sign, complete, cancel; what each one means. */
export function CollaborationActions({ collaboration }: { collaboration: CollaborationDto }) {
  const { t } = useTranslation();
  const { status } = collaboration;
  if (status === 'completed' || status === 'cancelled') return null;
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t(`collaborations.next.${status}`)}</Typography.Text>
      <Flex gap={8} wrap>
        {status === 'active' && <AgreementDialog collaboration={collaboration} />}
        {status === 'agreed' && <CompleteButton collaboration={collaboration} />}
        <CancelDialog collaboration={collaboration} />
      </Flex>
    </Flex>
  );
}
