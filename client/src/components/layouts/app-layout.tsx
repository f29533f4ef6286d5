import { Badge, Flex, Grid, Layout, Menu, Typography, theme } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Brand } from '../brand';

export interface NavItem {
  key: string;
  href: string;
  label: string;
  icon: ReactNode;
  /** Something waiting there (unread messages), shown as a badge beside the link. */
  count?: { value: number; label: string };
}

interface AppLayoutProps {
  navItems: NavItem[];
  selectedKey: string | undefined;
  /** Right side of the header: language switch, user menu. */
  headerActions: ReactNode;
  children: ReactNode;
}

/** The signed-in shell: side navigation, header and the page. */
export function AppLayout({ navItems, selectedKey, headerActions, children }: AppLayoutProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [collapsed, setCollapsed] = useState(false);
  // On a phone the collapsed navigation, the header's buttons and the page share 390 px.
  const phone = !Grid.useBreakpoint().sm;
  const gutter = phone ? 12 : 24;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        theme="light"
        breakpoint="lg"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={220}
        style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
      >
        <Flex
          align="center"
          style={{ height: 64, paddingInline: collapsed ? 26 : 20, overflow: 'hidden' }}
        >
          {/* Named by the brand's text; collapsed, only the logo shows and the label names it. */}
          <Link to={navItems[0]?.href ?? '/'} aria-label={collapsed ? t('app.name') : undefined}>
            {collapsed ? <img src="/favicon.svg" alt="" width={28} height={28} /> : <Brand />}
          </Link>
        </Flex>
        <nav aria-label={t('nav.label')}>
          <Menu
            mode="inline"
            selectedKeys={selectedKey ? [selectedKey] : []}
            items={navItems.map((item) => ({
              key: item.key,
              icon: item.icon,
              label: (
                <Flex justify="space-between" align="center" gap={8}>
                  <Link to={item.href}>{item.label}</Link>
                  {item.count && item.count.value > 0 && (
                    <Badge count={item.count.value} aria-label={item.count.label} />
                  )}
                </Flex>
              ),
            }))}
            style={{ borderInlineEnd: 'none' }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            paddingInline: gutter,
            display: 'flex',
            alignItems: 'center',
            justifyContent: phone ? 'flex-end' : 'space-between',
            gap: 16,
          }}
        >
          {!phone && (
            <Typography.Text strong ellipsis style={{ fontSize: 16, minWidth: 0 }}>
              {t('app.name')}
            </Typography.Text>
          )}
          <Flex align="center" gap={8} style={{ flexShrink: 0 }}>
            {headerActions}
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: gutter, minWidth: 0 }}>
          <main>{children}</main>
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center' }}>
          <Typography.Text type="secondary">{t('app.footer')}</Typography.Text>
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
