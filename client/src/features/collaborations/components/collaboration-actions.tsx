import { StopOutlined } from '@ant-design/icons';
import type { CollaborationDto } from '@qs/shared';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReasonDialogButton } from '../../../components/reason-dialog';
import { cancelCollaborationSchema, useCancelCollaboration } from '../api/cancel-collaboration';
import { AgreementDialog } from './agreement-dialog';
import { CompleteDialog } from './complete-dialog';

/** The next steps either side may take: sign, complete, cancel; what each one means. */
export function CollaborationActions({ collaboration }: { collaboration: CollaborationDto }) {
  const { t } = useTranslation();
  const cancel = useCancelCollaboration();
  const { status } = collaboration;
  if (status === 'completed' || status === 'cancelled') return null;
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t(`collaborations.next.${status}`)}</Typography.Text>
      <Flex gap={8} wrap>
        {status === 'active' && <AgreementDialog collaboration={collaboration} />}
        {status === 'agreed' && <CompleteDialog collaboration={collaboration} />}
        <ReasonDialogButton
          button={{
            danger: true,
            icon: <StopOutlined aria-hidden />,
            children: t('collaborations.cancel.open'),
          }}
          title={t('collaborations.cancel.title')}
          okText={t('collaborations.cancel.submit')}
          cancelText={t('collaborations.cancel.keep')}
          intro={t('collaborations.cancel.intro')}
          field={{
            name: 'reason',
            schema: cancelCollaborationSchema.shape.reason,
            label: t('collaborations.cancel.reason'),
          }}
          mutation={cancel}
          variables={(reason) => ({ id: collaboration.id, reason })}
          done={t('collaborations.cancel.done')}
        />
      </Flex>
    </Flex>
  );
}
