import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import type { AcceptInvitationResult, InvitationDto } from '@qs/shared';
import { App, Button, Flex, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReasonDialogButton } from '../../../components/reason-dialog';
import { errorMessage } from '../../../lib/error-messages';
import { useAcceptInvitation } from '../api/accept-invitation';
import { declineInvitationSchema, useDeclineInvitation } from '../api/decline-invitation';

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
  const accept = useAcceptInvitation();
  const decline = useDeclineInvitation();
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
      <ReasonDialogButton
        button={{
          block,
          style: block ? { flex: 1 } : undefined,
          icon: <CloseOutlined aria-hidden />,
          disabled: accept.isPending,
          'aria-label': t('invitations.respond.declineLabel', { title }),
          children: t('invitations.respond.decline'),
        }}
        title={t('invitations.respond.declineTitle', { title })}
        okText={t('invitations.respond.decline')}
        field={{
          name: 'reason',
          schema: declineInvitationSchema.shape.reason,
          label: t('invitations.respond.reason'),
          extra: t('invitations.respond.reasonHint'),
        }}
        mutation={decline}
        variables={(reason) => ({ id: invitation.id, reason })}
        done={t('invitations.respond.declinedToast')}
      />
    </Flex>
  );
}
