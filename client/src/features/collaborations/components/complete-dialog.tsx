import { CheckCircleOutlined, PaperClipOutlined } from '@ant-design/icons';
import {
  completeCollaborationSchema,
  OUTCOME_FILE_MAX_BYTES,
  outcomeFileTypes,
  outcomeKinds,
  type CollaborationDto,
  type OutcomeKind,
} from '@qs/shared';
import { App, Button, Form, Input, InputNumber, Modal, Select, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-messages';
import { applyFieldErrors } from '../../../lib/form';
import { useCompleteCollaboration } from '../api/complete-collaboration';

const SUMMARY_MAX = completeCollaborationSchema.shape.summary.unwrap().maxLength ?? 4000;
const ACCEPT = outcomeFileTypes.map((type) => `.${type.ext}`).join(',');
const EXTENSIONS: readonly string[] = outcomeFileTypes.map((type) => type.ext);

interface OutcomeForm {
  kind?: OutcomeKind;
  summary?: string;
  hoursSpent?: number;
  file?: UploadFile[];
}

/**
 * The first check of a chosen file, before anything is sent: its size and its extension (a
 * picker can be told anything). The server decides by the file's content.
 */
function fileProblem(file: File): 'tooLarge' | 'wrongType' | undefined {
  if (file.size > OUTCOME_FILE_MAX_BYTES) return 'tooLarge';
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  return EXTENSIONS.includes(ext === 'jpeg' ? 'jpg' : ext) ? undefined : 'wrongType';
}

/** Completes the collaboration with its outcome: kind, summary, hours and at most one file. */
export function CompleteDialog({ collaboration }: { collaboration: CollaborationDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<OutcomeForm>();
  const complete = useCompleteCollaboration();

  // Awaited rather than per-call callbacks: the completed collaboration unmounts this button.
  const onFinish = async ({ kind, summary, hoursSpent, file }: OutcomeForm) => {
    try {
      await complete.mutateAsync({
        id: collaboration.id,
        outcome: { kind, summary: summary?.trim(), hoursSpent },
        file: file?.[0]?.originFileObj,
      });
      setOpen(false);
      void message.success(t('collaborations.complete.done'));
    } catch (error) {
      // The file's problems in the user's words: too large (413) or not a type its content allows.
      if (isApiError(error) && error.details.some((detail) => detail.path === 'file')) {
        const problem = error.status === 413 ? 'tooLarge' : 'wrongType';
        form.setFields([{ name: 'file', errors: [t(`outcomes.${problem}`)] }]);
        return;
      }
      const fields = ['kind', 'summary', 'hoursSpent'];
      if (!applyFieldErrors(form, error, fields)) void message.error(errorMessage(t, error));
    }
  };

  return (
    <>
      <Button
        type="primary"
        icon={<CheckCircleOutlined aria-hidden />}
        onClick={() => setOpen(true)}
      >
        {t('collaborations.complete.open')}
      </Button>
      <Modal
        open={open}
        title={t('collaborations.complete.confirm')}
        okText={t('outcomes.submit')}
        cancelText={t('common.cancel')}
        confirmLoading={complete.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('outcomes.intro')}</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          requiredMark
          onFinish={(values) => void onFinish(values)}
        >
          <Form.Item
            name="kind"
            label={t('outcomes.kind')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Select
              options={outcomeKinds.map((kind) => ({
                value: kind,
                label: t(`outcomes.kinds.${kind}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="summary"
            label={t('outcomes.summary')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: SUMMARY_MAX, message: t('validation.tooLong', { max: SUMMARY_MAX }) },
            ]}
          >
            <Input.TextArea
              rows={4}
              showCount
              maxLength={SUMMARY_MAX}
              placeholder={t('outcomes.summaryPlaceholder')}
            />
          </Form.Item>
          <Form.Item
            name="hoursSpent"
            label={t('outcomes.hoursSpent')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <InputNumber min={0.5} max={100_000} step={0.5} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="file"
            label={t('outcomes.file')}
            extra={t('outcomes.fileHint')}
            valuePropName="fileList"
            getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList.slice(-1)}
            rules={[
              {
                validator: async (_rule, files: UploadFile[] | undefined) => {
                  const chosen = files?.[0]?.originFileObj;
                  const problem = chosen && fileProblem(chosen);
                  if (problem) throw new Error(t(`outcomes.${problem}`));
                },
              },
            ]}
          >
            <Upload
              accept={ACCEPT}
              maxCount={1}
              beforeUpload={() => false}
              showUploadList={{ showRemoveIcon: true }}
            >
              <Button icon={<PaperClipOutlined aria-hidden />}>{t('outcomes.choose')}</Button>
            </Upload>
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
