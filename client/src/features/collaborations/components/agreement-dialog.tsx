import { FileDoneOutlined } from '@ant-design/icons';
import type { CollaborationDto } from '@qs/shared';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-messages';
import { applyFieldErrors, maxOf, optionalZodRule } from '../../../lib/form';
import { agreementInputSchema, useSignAgreement } from '../api/sign-agreement';
import { DateInput } from '../../../components/ui/date-input';

const DOCUMENT_MAX = maxOf(agreementInputSchema.shape.documentRef);

interface AgreementValues {
  signedOn: string;
  documentRef?: string;
}

/** Today as `yyyy-mm-dd` in the user's time zone, for a date input. */
function today(): string {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** The start of a `yyyy-mm-dd` day in the user's time zone, as the API's ISO date-time. */
function startOfDay(date: string): string {
  return new Date(`${date}T00:00:00`).toISOString();
}

/** Records the signed agreement: its date and, optionally, a reference to the document. */
export function AgreementDialog({ collaboration }: { collaboration: CollaborationDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<AgreementValues>();
  const sign = useSignAgreement();

  // Awaited rather than per-call callbacks: the signed collaboration unmounts this button.
  // It catches its own failures, so the form need not wait for it.
  const onFinish = async ({ signedOn, documentRef }: AgreementValues) => {
    try {
      await sign.mutateAsync({
        id: collaboration.id,
        signedAt: startOfDay(signedOn),
        documentRef: documentRef?.trim() || undefined,
      });
      setOpen(false);
      void message.success(t('collaborations.agreement.done'));
    } catch (error) {
      if (!applyFieldErrors(form, error, ['documentRef']))
        void message.error(errorMessage(t, error));
    }
  };

  return (
    <>
      <Button type="primary" icon={<FileDoneOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('collaborations.agreement.open')}
      </Button>
      <Modal
        open={open}
        title={t('collaborations.agreement.title')}
        okText={t('collaborations.agreement.submit')}
        cancelText={t('common.cancel')}
        confirmLoading={sign.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          {t('collaborations.agreement.intro')}
        </Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ signedOn: today() }}
          onFinish={(values) => void onFinish(values)}
        >
          <Form.Item
            name="signedOn"
            label={t('collaborations.agreement.signedOn')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <DateInput max={today()} />
          </Form.Item>
          <Form.Item
            name="documentRef"
            label={t('collaborations.agreement.documentRef')}
            extra={t('collaborations.agreement.documentRefHint')}
            rules={[optionalZodRule(agreementInputSchema.shape.documentRef, t)]}
          >
            <Input maxLength={DOCUMENT_MAX} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
