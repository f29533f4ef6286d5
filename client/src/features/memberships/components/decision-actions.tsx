import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { memberDecisionSchema, type MemberDto } from '@qs/shared';
import { App, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-messages';
import { maxOf, optionalZodRule } from '../../../lib/form';
import { useDecideMember, type MemberDecision } from '../api/decide-member';

const NOTE_MAX = maxOf(memberDecisionSchema.shape.note);
const doneToasts = {
  approve: 'membershipDecisions.approvedToast',
  reject: 'membershipDecisions.rejectedToast',
} as const;

interface DecisionDialogProps {
  decision: MemberDecision | null;
  name: string;
  onCancel: () => void;
  onConfirm: (decision: MemberDecision, note: string) => void;
}

/** Confirms a decision on a request to join, with an optional note for the audit trail. */
function DecisionDialog({ decision, name, onCancel, onConfirm }: DecisionDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note?: string }>();
  const shown = decision ?? 'approve';
  return (
    <Modal
      open={decision !== null}
      title={t(`membershipDecisions.${shown}Title`, { name })}
      okText={t(`membershipDecisions.${shown}`)}
      okButtonProps={{ danger: shown === 'reject' }}
      cancelText={t('common.cancel')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph>{t(`membershipDecisions.${shown}Hint`)}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={({ note }) => onConfirm(shown, note?.trim() ?? '')}
      >
        <Form.Item
          name="note"
          label={t('membershipDecisions.note')}
          extra={t('membershipDecisions.noteHint')}
          rules={[optionalZodRule(memberDecisionSchema.shape.note, t)]}
        >
          <Input.TextArea rows={3} showCount maxLength={NOTE_MAX} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Approve and reject buttons for one request to join, each confirmed in a dialog. */
export function DecisionActions({ member }: { member: MemberDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const decide = useDecideMember();
  const [asking, setAsking] = useState<MemberDecision | null>(null);
  const { name } = member;

  // The decided request leaves its list, unmounting these buttons: the promise, unlike the
  // callbacks of mutate(), still reports the outcome.
  const confirm = (decision: MemberDecision, note: string) => {
    setAsking(null);
    decide
      .mutateAsync({ organizationId: member.organizationId, userId: member.userId, decision, note })
      .then(
        () => void message.success(t(doneToasts[decision], { name })),
        (error: unknown) =>
          void message.error(
            `${t('membershipDecisions.failed', { name })} ${errorMessage(t, error)}`,
          ),
      );
  };

  const busy = (decision: MemberDecision) =>
    decide.isPending && decide.variables.decision === decision;

  return (
    <Flex gap={8} wrap>
      <Button
        type="primary"
        icon={<CheckOutlined aria-hidden />}
        loading={busy('approve')}
        disabled={decide.isPending}
        aria-label={t('membershipDecisions.approveLabel', { name })}
        onClick={() => setAsking('approve')}
      >
        {t('membershipDecisions.approve')}
      </Button>
      <Button
        danger
        icon={<CloseOutlined aria-hidden />}
        loading={busy('reject')}
        disabled={decide.isPending}
        aria-label={t('membershipDecisions.rejectLabel', { name })}
        onClick={() => setAsking('reject')}
      >
        {t('membershipDecisions.reject')}
      </Button>
      <DecisionDialog
        decision={asking}
        name={name}
        onCancel={() => setAsking(null)}
        onConfirm={confirm}
      />
    </Flex>
  );
}
