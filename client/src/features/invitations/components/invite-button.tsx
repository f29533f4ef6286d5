import { CheckOutlined } from '@ant-design/icons';
import { createInvitationSchema, type InvitationDto } from '@qs/shared';
import { App, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-messages';
import { applyFieldErrors, maxOf, zodRule } from '../../../lib/form';
import { useCreateInvitation } from '../api/create-invitation';
import { useNeedInvitations } from '../api/get-need-invitations';
import { InvitationState } from './invitation-status';
import { SendTrigger } from './send-trigger';

const MESSAGE_MAX = maxOf(createInvitationSchema.shape.message);

interface InviteButtonProps {
  needId: string;
  needTitle: string;
  expert: { id: string; name: string };
  /** Why the expert cannot be invited (e.g. the need is closed); disables the button. */
  disabledReason?: string;
}

/** What became of the invitation: "已邀请" with its state and time; no second invitation. */
function SentState({ invitation }: { invitation: InvitationDto }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={6} align="flex-end">
      <Button icon={<CheckOutlined aria-hidden />} disabled>
        {t('invitations.invited')}
      </Button>
      <InvitationState invitation={invitation} />
    </Flex>
  );
}

/** Invites one expert to one need with a message; shows the invitation once sent. */
export function InviteButton({ needId, needTitle, expert, disabledReason }: InviteButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ message: string }>();
  const [open, setOpen] = useState(false);
  const invitations = useNeedInvitations(needId);
  const create = useCreateInvitation();
  const existing =
    invitations.data?.find((item) => item.expertId === expert.id) ??
    (create.data?.expertId === expert.id ? create.data : undefined);

  if (existing) return <SentState invitation={existing} />;

  const onFinish = ({ message: text }: { message: string }) =>
    create.mutate(
      { needId, expertId: expert.id, message: text.trim() },
      {
        onSuccess: () => {
          setOpen(false);
          void message.success(t('invitations.sentToast', { name: expert.name }));
        },
        onError: (failure) => {
          if (!applyFieldErrors(form, failure, ['message']))
            void message.error(errorMessage(t, failure));
        },
      },
    );

  return (
    <>
      <SendTrigger
        label={t('invitations.invite')}
        ariaLabel={t('invitations.inviteLabel', { name: expert.name })}
        disabledReason={disabledReason}
        disabled={invitations.isPending}
        loading={invitations.isPending}
        onClick={() => setOpen(true)}
      />
      <Modal
        open={open}
        title={t('invitations.dialogTitle', { name: expert.name })}
        okText={t('invitations.send')}
        cancelText={t('common.cancel')}
        confirmLoading={create.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('invitations.messageHint')}</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{
            message: t('invitations.defaultMessage', { name: expert.name, title: needTitle }),
          }}
          onFinish={onFinish}
        >
          <Form.Item
            name="message"
            label={t('invitations.message')}
            rules={[zodRule(createInvitationSchema.shape.message, t)]}
          >
            <Input.TextArea rows={5} showCount maxLength={MESSAGE_MAX} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
