import { StopOutlined } from '@ant-design/icons';
import type { CollaborationDto } from '@qs/shared';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonDialog } from '../../../components/reason-dialog';
import { cancelCollaborationSchema, useCancelCollaboration } from '../api/cancel-collaboration';

/** Cancels the collaboration, with an optional reason recorded in its history. */
export function CancelDialog({ collaboration }: { collaboration: CollaborationDto }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const cancel = useCancelCollaboration();

  return (
    <>
      <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('collaborations.cancel.open')}
      </Button>
      <ReasonDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('collaborations.cancel.title')}
        okText={t('collaborations.cancel.submit')}
        cancelText={t('collaborations.cancel.keep')}
        intro={t('collaborations.cancel.intro')}
        field={{
          name: 'reason',
          schema: cancelCollaborationSchema.shape.reason,
          label: t('collaborations.cancel.reason'),
        }}
        pending={cancel.isPending}
        onSubmit={(reason) => cancel.mutateAsync({ id: collaboration.id, reason })}
        done={t('collaborations.cancel.done')}
      />
    </>
  );
}
