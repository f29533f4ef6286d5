import { TZDate } from '@date-fns/tz';
import { addDays, format, startOfMonth, subMonths } from 'date-fns';

/** The alliance works in Beijing time: days, weeks and months are cut there, not in UTC. */
export const PLATFORM_ZONE = 'Asia/Shanghai';

const zoned = (at: Date) => new TZDate(at.getTime(), PLATFORM_ZONE);

/** `2026-03-14 18:30`: a moment as the clock in Beijing shows it. */
export function beijingDateTime(at: Date): string {
  return format(zoned(at), 'yyyy-MM-dd HH:mm');
}

/** The instant a calendar day (`YYYY-MM-DD`) starts; `days` later with an offset. */
export function startOfDay(day: string, days = 0): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(addDays(TZDate.tz(PLATFORM_ZONE, year, month - 1, date), days).getTime());
}

/** The first instant of the month `months` before the one `at` falls in. */
export function startOfMonthsAgo(at: Date, months: number): Date {
  return new Date(startOfMonth(subMonths(zoned(at), months)).getTime());
}
