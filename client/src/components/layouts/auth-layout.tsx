import { Card, Flex, Layout, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Brand } from '../brand';
import { LanguageSwitch } from '../language-switch';

interface AuthLayoutProps {
  title: string;
  subtitle: string;
  children: ReactNode;
  footer?: ReactNode;
  /** Right side of the header; the language switch by default. */
  headerActions?: ReactNode;
}

/**
 * The signed-out pages, and those of an account that may not use the app yet: product header,
 * a centred card, the alliance in the footer.
 */
export function AuthLayout({ title, subtitle, children, footer, headerActions }: AuthLayoutProps) {
  const { t } = useTranslation();
  return (
    <Layout
      style={{ minHeight: '100vh', background: 'linear-gradient(160deg, #eff6ff 0%, #f8fafc 60%)' }}
    >
      <Layout.Header
        style={{
          background: 'transparent',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 8,
          paddingInline: 24,
        }}
      >
        <Brand />
        <Flex align="center" gap={8} style={{ flexShrink: 0 }}>
          {headerActions ?? <LanguageSwitch />}
        </Flex>
      </Layout.Header>
      <Layout.Content>
        <Flex vertical align="center" style={{ padding: '24px 16px 48px' }}>
          <Typography.Text strong style={{ textAlign: 'center', fontSize: 26, marginBottom: 4 }}>
            {t('app.name')}
          </Typography.Text>
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', maxWidth: 560 }}>
            {t('app.tagline')}
          </Typography.Paragraph>
          <Card style={{ width: '100%', maxWidth: 460, marginTop: 8 }}>
            <div>
              <Typography.Title level={1} style={{ marginTop: 0, marginBottom: 4, fontSize: 24 }}>
                {title}
              </Typography.Title>
              <Typography.Paragraph type="secondary">{subtitle}</Typography.Paragraph>
              {children}
            </div>
            {footer}
          </Card>
        </Flex>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', background: 'transparent' }}>
        <Typography.Text type="secondary">{t('app.footer')}</Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
