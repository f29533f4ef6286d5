import { StopOutlined } from '@ant-design/icons';
import { closeNeedSchema, type NeedDto } from '@qs/shared';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonDialog } from '../../../components/reason-dialog';
import { useCloseNeed } from '../api/close-need';

/** Closes the need, with an optional message for the invited experts who did not work on it. */
export function CloseNeedDialog({ need }: { need: NeedDto }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const close = useCloseNeed();

  return (
    <>
      <Button icon={<StopOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('needs.detail.close')}
      </Button>
      <ReasonDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('closing.title')}
        okText={t('closing.submit')}
        intro={t('closing.intro')}
        field={{
          name: 'message',
          schema: closeNeedSchema.shape.message,
          label: t('closing.message'),
          placeholder: t('closing.messagePlaceholder'),
        }}
        pending={close.isPending}
        onSubmit={(message) => close.mutateAsync({ id: need.id, message })}
        done={t('needs.detail.closed')}
      />
    </>
  );
}
