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
}

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
    const safe = (format: Intl.DateTimeFormat) => (iso: string | undefined) => {
      if (!iso) return '';
      const value = new Date(iso);
      return Number.isNaN(value.getTime()) ? iso : format.format(value);
    };
    return {
      date: safe(date),
      dateTime: safe(dateTime),
      number: (value) => number.format(value),
      percent: (ratio) => percent.format(ratio),
      money: (yuan) => money.format(yuan),
    };
  }, [locale]);
}
