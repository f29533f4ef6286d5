import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Meetings are scheduled and shown in Beijing time, wherever the browser is. */
export const MEETING_ZONE = 'Asia/Shanghai';

/** The instant a picker's wall time (year to minute) names in Beijing. */
export function beijingInstant(value: Dayjs): string {
  return dayjs.tz(value.format('YYYY-MM-DDTHH:mm'), MEETING_ZONE).toISOString();
}

/** Now in Beijing, as a picker's wall time: the earliest a slot may start. */
export const beijingNow = (): Dayjs => dayjs(dayjs().tz(MEETING_ZONE).format('YYYY-MM-DDTHH:mm'));

export function beijingFormat(locale: string) {
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: MEETING_ZONE,
  });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: MEETING_ZONE });
  return {
    slot: (start: string, end: string) =>
      `${dateTime.format(new Date(start))}–${time.format(new Date(end))}`,
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
  };
}
