import type { InvitationDto } from '@qs/shared';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';

/** Whether the invitation's need has closed: nothing is left to answer then. */
export const needClosed = (invitation: InvitationDto) => invitation.needState?.status === 'closed';

/** The final state of the need an expert was invited to: closed, when, and the enterprise's word. */
export function NeedClosedNotice({ invitation }: { invitation: InvitationDto }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const closing = invitation.needState?.closing;
  if (!needClosed(invitation)) return null;
  return (
    <Alert
      type="info"
      showIcon
      message={
        closing
          ? `${t('closing.needClosed')} · ${t('closing.closedAt', { time: format.dateTime(closing.closedAt) })}`
          : t('closing.needClosed')
      }
      description={
        closing?.message ? t('closing.enterpriseMessage', { message: closing.message }) : undefined
      }
    />
  );
}
