import { ArrowRightOutlined, MessageOutlined } from '@ant-design/icons';
import type { AcceptInvitationResult, InvitationDto } from '@qs/shared';
import { Button, Card, Flex, Typography } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { usePhone } from '../../../hooks/use-phone';
import { ExpiryCountdown } from './expiry-countdown';
import { InvitationState } from './invitation-status';
import { NeedClosedNotice, needClosed } from './need-closed-notice';
import { RespondActions } from './respond-actions';

export interface ReceivedInvitationSlots {
  /** The need the expert is invited to (title, kind, sector, description…). */
  renderNeed?: (invitation: InvitationDto) => ReactNode;
  /** Beside an accepted invitation: the link to its collaboration. */
  renderCollaborationLink?: (invitation: InvitationDto) => ReactNode;
}

/** A direct link to the collaboration a just-accepted invitation opened. */
export function CollaborationButton({ collaborationId }: { collaborationId: string }) {
  const { t } = useTranslation();
  return (
    <Link to={paths.app.collaborationDetail.getHref(collaborationId)}>
      <Button type="primary" icon={<ArrowRightOutlined aria-hidden />}>
        {t('invitations.toCollaboration')}
      </Button>
    </Link>
  );
}

/** Straight from an accepted invitation to its conversation with the other side. */
export function MessageButton({ invitationId }: { invitationId: string }) {
  const { t } = useTranslation();
  return (
    <Link to={paths.app.messagesOfInvitation.getHref(invitationId)}>
      <Button icon={<MessageOutlined aria-hidden />}>{t('chat.openChat')}</Button>
    </Link>
  );
}

/** One invitation an expert received: the need, the enterprise, its message and the answer. */
export function ReceivedInvitationCard({
  invitation,
  renderNeed,
  renderCollaborationLink,
  onAccepted,
}: ReceivedInvitationSlots & {
  invitation: InvitationDto;
  onAccepted?: (result: AcceptInvitationResult) => void;
}) {
  const { t } = useTranslation();
  const phone = usePhone();
  const headingId = useId();
  // The accept answers with the collaboration: link to it at once.
  const [collaborationId, setCollaborationId] = useState<string>();
  const title = invitation.needTitle ?? t('invitations.theNeed');

  return (
    <Card size="small">
      <article aria-labelledby={headingId}>
        <Flex vertical gap={12}>
          {/* On a phone the state goes under the title, the actions under the countdown. */}
          <Flex justify="space-between" gap={8} align="flex-start" vertical={phone} wrap={!phone}>
            <div style={{ minWidth: 0 }}>
              <Typography.Title level={2} id={headingId} style={{ margin: 0, fontSize: 17 }}>
                <Link to={paths.app.invitationDetail.getHref(invitation.id)}>{title}</Link>
              </Typography.Title>
              <Typography.Text type="secondary">
                {t('invitations.from', {
                  organization: invitation.organizationName ?? t('invitations.theEnterprise'),
                })}
              </Typography.Text>
            </div>
            <InvitationState invitation={invitation} />
          </Flex>
          {invitation.parallel && (
            <Typography.Text type="secondary">
              {t('invitations.parallel', {
                count: invitation.parallel.invited,
                accepted: invitation.parallel.accepted,
              })}
            </Typography.Text>
          )}
          <NeedClosedNotice invitation={invitation} />
          {renderNeed?.(invitation)}
          <div>
            <Typography.Text strong>{t('invitations.message')}</Typography.Text>
            <Typography.Paragraph
              style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}
              ellipsis={{ rows: 4, expandable: 'collapsible' }}
            >
              {invitation.message}
            </Typography.Paragraph>
          </div>
          {invitation.status === 'pending' && !needClosed(invitation) && (
            <Flex
              justify="space-between"
              align={phone ? 'stretch' : 'center'}
              gap={8}
              vertical={phone}
              wrap={!phone}
            >
              <ExpiryCountdown expiresAt={invitation.expiresAt} />
              <RespondActions
                block={phone}
                invitation={invitation}
                onAccepted={(result) => {
                  setCollaborationId(result.collaborationId);
                  onAccepted?.(result);
                }}
              />
            </Flex>
          )}
          {invitation.status === 'accepted' && (
            <Flex justify="flex-end" gap={8} wrap>
              <MessageButton invitationId={invitation.id} />
              {collaborationId ? (
                <CollaborationButton collaborationId={collaborationId} />
              ) : (
                renderCollaborationLink?.(invitation)
              )}
            </Flex>
          )}
        </Flex>
      </article>
    </Card>
  );
}
