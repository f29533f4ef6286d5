import { QueryClientProvider, QueryErrorResetBoundary } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider, theme, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/errors/error-boundary';
import { ErrorFallback } from '../components/errors/error-fallback';
import { usePhone } from '../hooks/use-phone';
import { setRequestLanguage } from '../lib/api-client';
import { i18n, toLanguage } from '../lib/i18n';
import { createQueryClient } from '../lib/query-client';

const antdLocales = { 'zh-CN': zhCN, en: enUS } as const;

// Texts the server writes (match reasons…) come in the language the user reads.
setRequestLanguage(() => toLanguage(i18n.resolvedLanguage ?? i18n.language));

const palette = theme.getDesignToken();

const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4ed8',
    // antd's links (#1677ff), tertiary grey (45 % black: description labels), secondary grey,
    // placeholders (25 %), red, and success and warning texts fall below WCAG AA contrast (4.5:1)
    // on white.
    colorLink: '#1d4ed8',
    colorInfo: '#1d4ed8',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    colorError: '#cf1322',
    colorSuccessText: palette.green8,
    colorWarningText: palette.orange8,
    borderRadius: 8,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    // A tag's text on its light background: antd's 7th shade is 2.5–3.4:1 for these colours and
    // the status colours lower still; one or two shades darker reach AA.
    Tag: {
      green7: palette.green8,
      cyan7: palette.cyan8,
      orange7: palette.orange8,
      volcano7: palette.volcano8,
      gold7: palette.gold9,
      yellow7: palette.yellow9,
      lime7: palette.lime9,
      colorSuccess: palette.green8,
      colorWarning: palette.orange8,
    },
  },
};

// On a phone, buttons and the fields beside them are 44 px high: a finger's target (Apple's and
// Android's guidance; antd's 32 px is a mouse's). Small buttons stay small.
const fingerHeight = { controlHeight: 44 };
const phoneTheme: ThemeConfig = {
  ...appTheme,
  components: {
    ...appTheme.components,
    Button: fingerHeight,
    Input: fingerHeight,
    InputNumber: fingerHeight,
    Select: fingerHeight,
    DatePicker: fingerHeight,
  },
};

/** antd follows the i18next language, so its built-in texts (pagination, pickers…) switch too. */
function AntdProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = antdLocales[toLanguage(i18n.resolvedLanguage)];
  const phone = usePhone();
  return (
    // No space inserted between two CJK characters: it would change the buttons' accessible names.
    <ConfigProvider
      locale={locale}
      theme={phone ? phoneTheme : appTheme}
      button={{ autoInsertSpace: false }}
      // A long title wraps before the close button instead of running under it.
      modal={{ styles: { title: { paddingInlineEnd: 28 } } }}
    >
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <AntdProvider>
      <QueryClientProvider client={queryClient}>
        <QueryErrorResetBoundary>
          {({ reset }) => (
            <ErrorBoundary
              onReset={reset}
              fallback={({ error, reset: retry }) => (
                <ErrorFallback error={error} onRetry={retry} />
              )}
            >
              {children}
            </ErrorBoundary>
          )}
        </QueryErrorResetBoundary>
      </QueryClientProvider>
    </AntdProvider>
  );
}
