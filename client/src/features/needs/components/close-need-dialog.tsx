import { StopOutlined } from '@ant-design/icons';
import { closeNeedSchema, type NeedDto } from '@qs/shared';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-messages';
import { applyFieldErrors } from '../../../lib/form';
import { useCloseNeed } from '../api/close-need';

const MESSAGE_MAX = closeNeedSchema.shape.message.unwrap().maxLength ?? 1000;

/** Closes the need, with an optional message for the invited experts who did not work on it. */
export function CloseNeedDialog({ need }: { need: NeedDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ message?: string }>();
  const close = useCloseNeed();

  const onFinish = async (values: { message?: string }) => {
    try {
      await close.mutateAsync({ id: need.id, message: values.message?.trim() || undefined });
      setOpen(false);
      void message.success(t('needs.detail.closed'));
    } catch (error) {
      if (!applyFieldErrors(form, error, ['message'])) void message.error(errorMessage(t, error));
    }
  };

  return (
    <>
      <Button icon={<StopOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('needs.detail.close')}
      </Button>
      <Modal
        open={open}
        title={t('closing.title')}
        okText={t('closing.submit')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={close.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('closing.intro')}</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={(values) => void onFinish(values)}
        >
          <Form.Item
            name="message"
            label={t('closing.message')}
            rules={[{ max: MESSAGE_MAX, message: t('validation.tooLong', { max: MESSAGE_MAX }) }]}
          >
            <Input.TextArea
              rows={3}
              showCount
              maxLength={MESSAGE_MAX}
              placeholder={t('closing.messagePlaceholder')}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
