import { ClockCircleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../../hooks/use-now';
import { useFormatters } from '../../../lib/format';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** "2 天 5 小时", "5 小时 12 分钟", "12 分钟": the two largest units of a duration. */
function useRemainingText() {
  const { t } = useTranslation();
  return (ms: number) => {
    const days = Math.floor(ms / DAY_MS);
    const hours = Math.floor((ms % DAY_MS) / HOUR_MS);
    const minutes = Math.max(1, Math.ceil((ms % HOUR_MS) / MINUTE_MS));
    if (days > 0) return t('countdown.daysHours', { days, hours });
    if (hours > 0) return t('countdown.hoursMinutes', { hours, minutes: minutes % 60 });
    return t('countdown.minutes', { minutes });
  };
}

/** How long a pending invitation stays open; warns during its last day. */
export function ExpiryCountdown({ expiresAt }: { expiresAt: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const now = useNow(30_000);
  const remaining = useRemainingText();
  const left = new Date(expiresAt).getTime() - now;
  const due = format.dateTime(expiresAt);
  return (
    <Typography.Text type={left < DAY_MS ? 'warning' : 'secondary'} style={{ fontSize: 13 }}>
      <ClockCircleOutlined aria-hidden />{' '}
      {left > 0
        ? t('invitations.expiresIn', { time: remaining(left), due })
        : t('invitations.expiredAt', { due })}
    </Typography.Text>
  );
}
