import { App, Form, Input, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-messages';
import { applyFieldErrors } from '../../../lib/form';

interface ActionDialogProps<V> {
  open: boolean;
  title: string;
  okText: string;
  danger?: boolean;
  onClose: () => void;
  /** Sends the values; the dialog closes when it resolves and shows the failure otherwise. */
  onSubmit: (values: V) => Promise<unknown>;
  /** the fields the server may name in a 400 */
  fields: readonly string[];
  initialValues?: Partial<V>;
  children: ReactNode;
}

/** A small form in a dialog: the credit record's every action (record, suspend, lift, appeal, answer). */
export function ActionDialog<V extends object>({
  open,
  title,
  okText,
  danger,
  onClose,
  onSubmit,
  fields,
  initialValues,
  children,
}: ActionDialogProps<V>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const onFinish = (values: V) =>
    onSubmit(values).then(
      () => {
        void message.success(t('credit.saved'));
        onClose();
      },
      (failure: unknown) => {
        if (!applyFieldErrors(form, failure, fields)) void message.error(errorMessage(t, failure));
      },
    );
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger: danger ?? false }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={initialValues}
        onFinish={(values) => void onFinish(values)}
      >
        {children}
      </Form>
    </Modal>
  );
}

/** A required free-text field of an action dialog: a reason, a note, an appeal. */
export function RequiredText({
  name,
  label,
  rows = 3,
  max = 1000,
}: {
  name: string;
  label: string;
  rows?: number;
  max?: number;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      rules={[{ required: true, whitespace: true, message: t('credit.required') }]}
    >
      <Input.TextArea rows={rows} maxLength={max} showCount />
    </Form.Item>
  );
}
