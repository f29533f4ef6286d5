import { App, Button, type ButtonProps, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { errorMessage } from '../lib/error-messages';
import { applyFieldErrors, maxOf, optionalZodRule } from '../lib/form';

interface ReasonDialogButtonProps<TVariables> {
  /** The button opening the dialog: its label, icon, look and accessible name. */
  button: Omit<ButtonProps, 'onClick'>;
  title: string;
  /** The dialog's button that takes the (irreversible) step. */
  okText: string;
  cancelText?: string;
  intro?: string;
  /** The one optional text sent with the step, checked by its shared schema. */
  field: { name: string; schema: z.ZodType; label: string; extra?: string; placeholder?: string };
  /** Takes the step; `variables` makes its input from the trimmed text, or none when left empty. */
  mutation: {
    isPending: boolean;
    mutateAsync: (variables: TVariables) => Promise<unknown>;
  };
  variables: (text: string | undefined) => TVariables;
  /** The toast once the step is taken. */
  done: string;
}

/** A button confirming a step such as cancelling or declining, with an optional reason or message. */
export function ReasonDialogButton<TVariables>({
  button,
  title,
  okText,
  cancelText,
  intro,
  field,
  mutation,
  variables,
  done,
}: ReasonDialogButtonProps<TVariables>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Record<string, string | undefined>>();

  // Awaited rather than per-call callbacks: the step usually unmounts this button.
  // It catches its own failures, so the form need not wait for it.
  const onFinish = async (values: Record<string, string | undefined>) => {
    try {
      await mutation.mutateAsync(variables(values[field.name]?.trim() || undefined));
      setOpen(false);
      void message.success(done);
    } catch (error) {
      if (!applyFieldErrors(form, error, [field.name])) void message.error(errorMessage(t, error));
    }
  };

  return (
    <>
      <Button {...button} onClick={() => setOpen(true)} />
      <Modal
        open={open}
        title={title}
        okText={okText}
        okButtonProps={{ danger: true }}
        cancelText={cancelText ?? t('common.cancel')}
        confirmLoading={mutation.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
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
              // antd hangs the count below the box, where the field's extra line would sit under it.
              style={field.extra ? { marginBottom: 24 } : undefined}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
