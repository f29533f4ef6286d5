import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import type { AcceptInvitationResult, InvitationDto } from '@qs/shared';
import { App, Button, Flex, Form, Input, Modal, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-messages';
import { applyFieldErrors, maxOf, optionalZodRule } from '../../../lib/form';
import { useAcceptInvitation } from '../api/accept-invitation';
import { declineInvitationSchema, useDeclineInvitation } from '../api/decline-invitation';

const REASON_MAX = maxOf(declineInvitationSchema.shape.reason);

function DeclineDialog({
  invitation,
  open,
  onClose,
}: {
  invitation: InvitationDto;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const decline = useDeclineInvitation();
  // Awaited rather than per-call callbacks: the declined invitation unmounts this dialog.
  // It catches its own failures, so the form need not wait for it.
  const onFinish = async ({ reason }: { reason?: string }) => {
    try {
      await decline.mutateAsync({ id: invitation.id, reason: reason?.trim() || undefined });
      onClose();
      void message.success(t('invitations.respond.declinedToast'));
    } catch (error) {
      if (!applyFieldErrors(form, error, ['reason'])) void message.error(errorMessage(t, error));
    }
  };
  return (
    <Modal
      open={open}
      title={t('invitations.respond.declineTitle', {
        title: invitation.needTitle ?? t('invitations.theNeed'),
      })}
      okText={t('invitations.respond.decline')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={decline.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item
          name="reason"
          label={t('invitations.respond.reason')}
          extra={t('invitations.respond.reasonHint')}
          rules={[optionalZodRule(declineInvitationSchema.shape.reason, t)]}
        >
          <Input.TextArea rows={3} showCount maxLength={REASON_MAX} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface RespondActionsProps {
  invitation: InvitationDto;
  /** The buttons share the whole width (under a card's text on a phone). */
  block?: boolean;
  onAccepted?: (result: AcceptInvitationResult) => void;
}

/** The invited expert's answer to a pending invitation: accept (confirmed) or decline. */
export function RespondActions({ invitation, onAccepted, block }: RespondActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [declining, setDeclining] = useState(false);
  const accept = useAcceptInvitation();
  const title = invitation.needTitle ?? t('invitations.theNeed');

  return (
    <Flex gap={8} wrap={!block}>
      <Popconfirm
        title={t('invitations.respond.acceptConfirm', { title })}
        description={
          <Typography.Text type="secondary">{t('invitations.respond.acceptHint')}</Typography.Text>
        }
        okText={t('invitations.respond.acceptOk')}
        cancelText={t('common.cancel')}
        // Awaited rather than per-call callbacks: the accepted invitation unmounts this button.
        // antd holds the confirmation open, loading, until the promise settles (typed as void).
        // eslint-disable-next-line @typescript-eslint/no-misused-promises
        onConfirm={async () => {
          try {
            const result = await accept.mutateAsync(invitation.id);
            void message.success(t('invitations.respond.acceptedToast'));
            onAccepted?.(result);
          } catch (error) {
            void message.error(errorMessage(t, error));
          }
        }}
      >
        <Button
          type="primary"
          block={block}
          style={block ? { flex: 1 } : undefined}
          icon={<CheckOutlined aria-hidden />}
          loading={accept.isPending}
          aria-label={t('invitations.respond.acceptLabel', { title })}
        >
          {t('invitations.respond.accept')}
        </Button>
      </Popconfirm>
      <Button
        block={block}
        style={block ? { flex: 1 } : undefined}
        icon={<CloseOutlined aria-hidden />}
        onClick={() => setDeclining(true)}
        disabled={accept.isPending}
        aria-label={t('invitations.respond.declineLabel', { title })}
      >
        {t('invitations.respond.decline')}
      </Button>
      <DeclineDialog invitation={invitation} open={declining} onClose={() => setDeclining(false)} />
    </Flex>
  );
}
