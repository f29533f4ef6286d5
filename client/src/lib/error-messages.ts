import type { TFunction } from 'i18next';
import { isApiError } from './api-client';
import zhCN from './i18n/locales/zh-CN.json';

type ErrorCode = keyof typeof zhCN.errors;

function isKnownCode(code: string): code is ErrorCode {
  return Object.hasOwn(zhCN.errors, code);
}

/** The translated, user-facing sentence for any error a request can throw. */
export function errorMessage(t: TFunction, error: unknown): string {
  const code = isApiError(error) && isKnownCode(error.code) ? error.code : 'unknown';
  return t(`errors.${code}`);
}
