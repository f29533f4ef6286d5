import type { InvitationDto } from '@qs/shared';
import { Card, Col, Descriptions, Flex, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NeedClosedNotice } from './need-closed-notice';
import { useFormatters } from '../../../lib/format';
import { ExpiryCountdown } from './expiry-countdown';
import { InvitationHistory } from './invitation-history';
import { InvitationStatusTag } from './invitation-status';

interface InvitationDetailsProps {
  invitation: InvitationDto;
  /** The need, as the route shows it (a brief for the expert). */
  need?: ReactNode;
  /** The expert's name, possibly a link. */
  expert: ReactNode;
  /** Withdraw, accept or decline, or the link to the collaboration. */
  actions?: ReactNode;
}

/** One invitation: both parties, its state and times, the message and the history. */
export function InvitationDetails({ invitation, need, expert, actions }: InvitationDetailsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={16}>
        <Flex vertical gap={16}>
          <Card
            title={
              <Flex gap={8} align="center" wrap>
                <InvitationStatusTag status={invitation.status} />
                {invitation.status === 'pending' && (
                  <ExpiryCountdown expiresAt={invitation.expiresAt} />
                )}
              </Flex>
            }
            extra={actions}
          >
            <Flex vertical gap={16}>
              <NeedClosedNotice invitation={invitation} />
              <Descriptions
                size="small"
                column={{ xs: 1, sm: 2 }}
                items={[
                  {
                    key: 'organization',
                    label: t('invitations.fields.organization'),
                    children: invitation.organizationName ?? '—',
                  },
                  { key: 'expert', label: t('invitations.fields.expert'), children: expert },
                  {
                    key: 'sent',
                    label: t('invitations.fields.sentAt'),
                    children: format.dateTime(invitation.createdAt),
                  },
                  {
                    key: 'expires',
                    label: t('invitations.fields.expiresAt'),
                    children: format.dateTime(invitation.expiresAt),
                  },
                  ...(invitation.respondedAt
                    ? [
                        {
                          key: 'responded',
                          label: t('invitations.fields.respondedAt'),
                          children: format.dateTime(invitation.respondedAt),
                        },
                      ]
                    : []),
                ]}
              />
              <div>
                <Typography.Title level={2} style={{ fontSize: 16 }}>
                  {t('invitations.message')}
                </Typography.Title>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                  {invitation.message}
                </Typography.Paragraph>
              </div>
            </Flex>
          </Card>
          {need}
        </Flex>
      </Col>
      <Col xs={24} lg={8}>
        <Card size="small" title={t('invitations.history.title')}>
          <InvitationHistory invitation={invitation} />
        </Card>
      </Col>
    </Row>
  );
}
