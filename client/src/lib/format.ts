import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from './i18n';

export interface Formatters {
  date: (iso: string | undefined) => string;
  dateTime: (iso: string | undefined) => string;
  number: (value: number) => string;
  percent: (ratio: number) => string;
  /** An amount of yuan, without decimals. */
  money: (yuan: number) => string;
  /** "5 minutes ago", "yesterday", "in 3 days", relative to `now`. */
  relative: (iso: string | undefined, now: number) => string;
}

const MINUTE_MS = 60_000;
const relativeUnits = [
  { unit: 'day', ms: 24 * 60 * MINUTE_MS },
  { unit: 'hour', ms: 60 * MINUTE_MS },
  { unit: 'minute', ms: MINUTE_MS },
] as const;

/** Dates and numbers in the user's language. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const number = new Intl.NumberFormat(locale);
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const money = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'CNY',
      maximumFractionDigits: 0,
    });
    const tenThousands = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    // Chinese budgets are read in 万元 (50 万元, not ¥500,000).
    const formatMoney = (yuan: number) =>
      locale === 'zh-CN' && yuan >= 10_000
        ? `${tenThousands.format(yuan / 10_000)} 万元`
        : money.format(yuan);
    const safe = (format: Intl.DateTimeFormat) => (iso: string | undefined) => {
      if (!iso) return '';
      const value = new Date(iso);
      return Number.isNaN(value.getTime()) ? iso : format.format(value);
    };
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    return {
      date: safe(date),
      dateTime: safe(dateTime),
      number: (value) => number.format(value),
      percent: (ratio) => percent.format(ratio),
      money: formatMoney,
      relative: (iso, now) => {
        const at = iso ? new Date(iso).getTime() : Number.NaN;
        if (Number.isNaN(at)) return iso ?? '';
        const diff = at - now;
        const unit = relativeUnits.find(({ ms }) => Math.abs(diff) >= ms);
        return unit
          ? relative.format(Math.round(diff / unit.ms), unit.unit)
          : relative.format(0, 'minute');
      },
    };
  }, [locale]);
}
