import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { errorMessage } from '../lib/error-messages';
import { applyFieldErrors, maxOf, optionalZodRule } from '../lib/form';

interface ReasonDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  /** The button that takes the (irreversible) step. */
  okText: string;
  cancelText?: string;
  intro?: string;
  /** The one optional text sent with the step, checked by its shared schema. */
  field: { name: string; schema: z.ZodType; label: string; extra?: string; placeholder?: string };
  pending: boolean;
  /** Takes the step with the trimmed text, or none when it was left empty. */
  onSubmit: (text: string | undefined) => Promise<unknown>;
  /** The toast once the step is taken. */
  done: string;
}

/** Confirms a step such as cancelling or declining, with an optional reason or message. */
export function ReasonDialog({
  open,
  onClose,
  title,
  okText,
  cancelText,
  intro,
  field,
  pending,
  onSubmit,
  done,
}: ReasonDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, string | undefined>>();

  // Awaited rather than per-call callbacks: the step usually unmounts whatever opened this dialog.
  // It catches its own failures, so the form need not wait for it.
  const onFinish = async (values: Record<string, string | undefined>) => {
    try {
      await onSubmit(values[field.name]?.trim() || undefined);
      onClose();
      void message.success(done);
    } catch (error) {
      if (!applyFieldErrors(form, error, [field.name])) void message.error(errorMessage(t, error));
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger: true }}
      cancelText={cancelText ?? t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {intro && <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item
          name={field.name}
          label={field.label}
          extra={field.extra}
          rules={[optionalZodRule(field.schema, t)]}
        >
          <Input.TextArea
            rows={3}
            showCount
            maxLength={maxOf(field.schema)}
            placeholder={field.placeholder}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
