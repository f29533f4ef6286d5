import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { verificationDecisionSchema, type ExpertDto } from '@qs/shared';
import { App, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-messages';
import { maxOf, optionalZodRule } from '../../../lib/form';
import { useDecideVerification } from '../api/decide-verification';

const NOTE_MAX = maxOf(verificationDecisionSchema.shape.note);

interface RejectDialogProps {
  expertName: string;
  open: boolean;
  onCancel: () => void;
  onConfirm: (note: string) => void;
}

/** Asks for the reason of a rejection, which the expert reads on their profile. */
function RejectDialog({ expertName, open, onCancel, onConfirm }: RejectDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  return (
    <Modal
      open={open}
      title={t('experts.review.rejectTitle', { name: expertName })}
      okText={t('experts.review.reject')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('experts.review.noteHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={({ note }) => onConfirm(note.trim())}
      >
        <Form.Item
          name="note"
          label={t('experts.review.note')}
          rules={[
            { required: true, whitespace: true, message: t('experts.review.noteRequired') },
            optionalZodRule(verificationDecisionSchema.shape.note, t),
          ]}
        >
          <Input.TextArea rows={4} showCount maxLength={NOTE_MAX} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Asks before a profile is verified: it then shows in search and matching. */
function VerifyDialog({
  expertName,
  open,
  onCancel,
  onConfirm,
}: {
  expertName: string;
  open: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={t('experts.review.verifyTitle', { name: expertName })}
      okText={t('experts.review.verify')}
      cancelText={t('common.cancel')}
      onCancel={onCancel}
      onOk={onConfirm}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('experts.review.verifyBody')}</Typography.Paragraph>
    </Modal>
  );
}

/** The bureau's verify / reject buttons for one expert (verifying asks first, rejecting needs a note). */
export function VerificationActions({
  expert,
}: {
  expert: Pick<ExpertDto, 'id' | 'name' | 'verification'>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const decide = useDecideVerification();
  const [rejecting, setRejecting] = useState(false);
  const [verifying, setVerifying] = useState(false);
  const status = expert.verification.status;
  if (status === 'incomplete') return null;

  const onError = (error: unknown) =>
    void message.error(
      `${t('experts.review.failed', { name: expert.name })} ${errorMessage(t, error)}`,
    );

  // The decided expert leaves the queue at once, unmounting these buttons: the promise, unlike
  // the callbacks of mutate(), still reports the outcome.
  const decideAndTell = (decision: 'verified' | 'rejected', note: string) =>
    decide.mutateAsync({ expertId: expert.id, decision, note }).then(
      () =>
        void message.success(
          t(
            decision === 'verified'
              ? 'experts.review.verifiedToast'
              : 'experts.review.rejectedToast',
            {
              name: expert.name,
            },
          ),
        ),
      onError,
    );

  const verify = () => {
    setVerifying(false);
    void decideAndTell('verified', '');
  };

  const reject = (note: string) => {
    setRejecting(false);
    void decideAndTell('rejected', note);
  };

  return (
    <Flex gap={8}>
      {status !== 'verified' && (
        <Button
          type="primary"
          icon={<CheckOutlined aria-hidden />}
          loading={decide.isPending && decide.variables.decision === 'verified'}
          aria-label={t('experts.review.verifyLabel', { name: expert.name })}
          onClick={() => setVerifying(true)}
        >
          {t('experts.review.verify')}
        </Button>
      )}
      {status !== 'rejected' && (
        <Button
          danger
          icon={<CloseOutlined aria-hidden />}
          loading={decide.isPending && decide.variables.decision === 'rejected'}
          aria-label={t('experts.review.rejectLabel', { name: expert.name })}
          onClick={() => setRejecting(true)}
        >
          {t('experts.review.reject')}
        </Button>
      )}
      <VerifyDialog
        expertName={expert.name}
        open={verifying}
        onCancel={() => setVerifying(false)}
        onConfirm={verify}
      />
      <RejectDialog
        expertName={expert.name}
        open={rejecting}
        onCancel={() => setRejecting(false)}
        onConfirm={reject}
      />
    </Flex>
  );
}
