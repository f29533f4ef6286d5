import { StopOutlined } from '@ant-design/icons';
import type { CollaborationDto } from '@qs/shared';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-messages';
import { applyFieldErrors, maxOf, optionalZodRule } from '../../../lib/form';
import { cancelCollaborationSchema, useCancelCollaboration } from '../api/cancel-collaboration';

const REASON_MAX = maxOf(cancelCollaborationSchema.shape.reason);

/** Cancels the collaboration, with an optional reason recorded in its history. */
export function CancelDialog({ collaboration }: { collaboration: CollaborationDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason?: string }>();
  const cancel = useCancelCollaboration();

  // Awaited rather than per-call callbacks: the cancelled collaboration unmounts this button.
  // It catches its own failures, so the form need not wait for it.
  const onFinish = async ({ reason }: { reason?: string }) => {
    try {
      await cancel.mutateAsync({ id: collaboration.id, reason: reason?.trim() || undefined });
      setOpen(false);
      void message.success(t('collaborations.cancel.done'));
    } catch (error) {
      if (!applyFieldErrors(form, error, ['reason'])) void message.error(errorMessage(t, error));
    }
  };

  return (
    <>
      <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('collaborations.cancel.open')}
      </Button>
      <Modal
        open={open}
        title={t('collaborations.cancel.title')}
        okText={t('collaborations.cancel.submit')}
        okButtonProps={{ danger: true }}
        cancelText={t('collaborations.cancel.keep')}
        confirmLoading={cancel.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          {t('collaborations.cancel.intro')}
        </Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={(values) => void onFinish(values)}
        >
          <Form.Item
            name="reason"
            label={t('collaborations.cancel.reason')}
            rules={[optionalZodRule(cancelCollaborationSchema.shape.reason, t)]}
          >
            <Input.TextArea rows={3} showCount maxLength={REASON_MAX} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
