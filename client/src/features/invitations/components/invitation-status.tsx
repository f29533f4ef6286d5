import type { InvitationDto, InvitationStatus } from '@qs/shared';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';

const statusColors = {
  pending: 'gold',
  accepted: 'green',
  declined: 'red',
  expired: 'default',
  withdrawn: 'default',
} as const satisfies Record<InvitationStatus, string>;

export function InvitationStatusTag({ status }: { status: InvitationStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColors[status]} style={{ marginInlineEnd: 0 }}>
      {t(`enums.invitationStatus.${status}`)}
    </Tag>
  );
}

/** When the invitation entered its current state: the last such event of its history. */
export function reachedAt(invitation: Pick<InvitationDto, 'status' | 'history' | 'updatedAt'>) {
  const event = invitation.history.findLast((item) => item.status === invitation.status);
  return event?.at ?? invitation.updatedAt;
}

/** The state tag with its time: "待回复 · 5月3日 14:20 发出". */
export function InvitationState({ invitation }: { invitation: InvitationDto }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Flex gap={6} align="center" wrap>
      <InvitationStatusTag status={invitation.status} />
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t(`invitations.statusAt.${invitation.status}`, {
          time: format.dateTime(reachedAt(invitation)),
        })}
      </Typography.Text>
    </Flex>
  );
}
