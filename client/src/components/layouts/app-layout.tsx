import { EllipsisOutlined } from '@ant-design/icons';
import { Badge, Drawer, Flex, Layout, Menu, Typography, theme } from 'antd';
import { useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePhone } from '../../hooks/use-phone';
import { Brand } from '../brand';

export interface NavItem {
  key: string;
  href: string;
  label: string;
  /** A shorter label for a phone's tab (我的 for 我的档案). */
  tabLabel?: string;
  icon: ReactNode;
  /** Something waiting there (unread messages), shown as a badge beside the link. */
  count?: { value: number; label: string };
}

interface AppLayoutProps {
  navItems: NavItem[];
  /** On a phone: the keys of the tab bar's places; the other items are behind "more". */
  phoneTabs: string[];
  selectedKey: string | undefined;
  /** Right side of the header: language switch, user menu. */
  headerActions: ReactNode;
  children: ReactNode;
}

const TAB_BAR_HEIGHT = 56;

function CountBadge({ count, style }: { count: NavItem['count']; style?: CSSProperties }) {
  if (!count || count.value <= 0) return null;
  return <Badge count={count.value} size="small" aria-label={count.label} style={style} />;
}

/** Menu entries: the link, and a badge for what waits there. */
const menuItems = (items: NavItem[]) =>
  items.map((item) => ({
    key: item.key,
    icon: item.icon,
    label: (
      <Flex justify="space-between" align="center" gap={8}>
        <Link to={item.href}>{item.label}</Link>
        <CountBadge count={item.count} />
      </Flex>
    ),
  }));

/** The side navigation of wider screens. */
function SideNavigation({
  navItems,
  selectedKey,
}: Pick<AppLayoutProps, 'navItems' | 'selectedKey'>) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [collapsed, setCollapsed] = useState(false);
  return (
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
          items={menuItems(navItems)}
          style={{ borderInlineEnd: 'none' }}
        />
      </nav>
    </Layout.Sider>
  );
}

/** A phone's tab bar at the bottom of the screen; a last tab opens what does not fit. */
function TabBar({
  navItems,
  phoneTabs,
  selectedKey,
}: Pick<AppLayoutProps, 'navItems' | 'phoneTabs' | 'selectedKey'>) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [moreOpen, setMoreOpen] = useState(false);
  const tabs = phoneTabs.flatMap((key) => navItems.filter((item) => item.key === key));
  const more = navItems.filter((item) => !phoneTabs.includes(item.key));
  const moreSelected = more.some((item) => item.key === selectedKey);

  const tabStyle = (selected: boolean): CSSProperties => ({
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: 2,
    width: '100%',
    height: TAB_BAR_HEIGHT,
    fontSize: 12,
    lineHeight: 1.2,
    color: selected ? token.colorPrimary : token.colorTextSecondary,
    fontWeight: selected ? 600 : undefined,
    background: 'none',
    border: 'none',
    padding: 0,
    cursor: 'pointer',
  });
  // One line, cut with an ellipsis rather than running into the next tab.
  const tabLabelStyle: CSSProperties = {
    maxWidth: '100%',
    paddingInline: 2,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  };
  const badgeStyle: CSSProperties = { position: 'absolute', top: 4, insetInlineStart: '55%' };

  return (
    <>
      <nav
        aria-label={t('nav.label')}
        style={{
          position: 'fixed',
          insetInline: 0,
          bottom: 0,
          zIndex: 100,
          background: token.colorBgContainer,
          borderTop: `1px solid ${token.colorBorderSecondary}`,
          paddingBottom: 'env(safe-area-inset-bottom)',
        }}
      >
        <ul style={{ display: 'flex', listStyle: 'none', margin: 0, padding: 0 }}>
          {tabs.map((item) => {
            const selected = item.key === selectedKey;
            return (
              <li key={item.key} style={{ flex: 1, minWidth: 0, position: 'relative' }}>
                <Link
                  to={item.href}
                  aria-current={selected ? 'page' : undefined}
                  style={tabStyle(selected)}
                >
                  <span aria-hidden style={{ fontSize: 20, lineHeight: 1 }}>
                    {item.icon}
                  </span>
                  <span style={tabLabelStyle}>{item.tabLabel ?? item.label}</span>
                </Link>
                <span style={badgeStyle}>
                  <CountBadge count={item.count} />
                </span>
              </li>
            );
          })}
          {more.length > 0 && (
            <li style={{ flex: 1, minWidth: 0, position: 'relative' }}>
              <button
                type="button"
                aria-expanded={moreOpen}
                aria-haspopup="dialog"
                onClick={() => setMoreOpen(true)}
                style={tabStyle(moreSelected)}
              >
                <EllipsisOutlined aria-hidden style={{ fontSize: 20, lineHeight: 1 }} />
                <span style={tabLabelStyle}>{t('nav.more')}</span>
              </button>
              <span style={badgeStyle}>
                <CountBadge count={more.find((item) => item.count?.value)?.count} />
              </span>
            </li>
          )}
        </ul>
      </nav>
      <Drawer
        placement="bottom"
        size="auto"
        open={moreOpen}
        onClose={() => setMoreOpen(false)}
        title={t('nav.more')}
        closable={{ 'aria-label': t('common.close') }}
        styles={{ body: { padding: 8 } }}
      >
        <nav aria-label={t('nav.moreLabel')}>
          <Menu
            mode="inline"
            selectedKeys={selectedKey ? [selectedKey] : []}
            // Following a link closes the drawer.
            onClick={() => setMoreOpen(false)}
            items={menuItems(more)}
            style={{ borderInlineEnd: 'none' }}
          />
        </nav>
      </Drawer>
    </>
  );
}

/** The signed-in shell: side navigation (a tab bar on a phone), header and the page. */
export function AppLayout({
  navItems,
  phoneTabs,
  selectedKey,
  headerActions,
  children,
}: AppLayoutProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const phone = usePhone();
  const gutter = phone ? 12 : 24;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!phone && <SideNavigation navItems={navItems} selectedKey={selectedKey} />}
      <Layout
        style={{
          minWidth: 0,
          paddingBottom: phone ? `calc(${TAB_BAR_HEIGHT}px + env(safe-area-inset-bottom))` : 0,
        }}
      >
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            paddingInline: gutter,
            height: phone ? 52 : 64,
            lineHeight: phone ? '52px' : '64px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: phone ? 8 : 16,
            position: phone ? 'sticky' : undefined,
            top: 0,
            zIndex: 99,
          }}
        >
          {phone ? (
            <Link
              to={navItems[0]?.href ?? '/'}
              style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}
            >
              <img src="/favicon.svg" alt="" width={24} height={24} />
              <Typography.Text strong ellipsis style={{ fontSize: 15 }}>
                {t('app.shortName')}
              </Typography.Text>
            </Link>
          ) : (
            <Typography.Text strong ellipsis style={{ fontSize: 16, minWidth: 0 }}>
              {t('app.name')}
            </Typography.Text>
          )}
          <Flex align="center" gap={phone ? 0 : 8} style={{ flexShrink: 0 }}>
            {headerActions}
          </Flex>
        </Layout.Header>
        {/* Layout.Content is the page's <main>. */}
        <Layout.Content style={{ padding: gutter, minWidth: 0 }}>{children}</Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', padding: phone ? '16px 12px' : undefined }}>
          <Typography.Text type="secondary">{t('app.footer')}</Typography.Text>
        </Layout.Footer>
      </Layout>
      {phone && <TabBar navItems={navItems} phoneTabs={phoneTabs} selectedKey={selectedKey} />}
    </Layout>
  );
}
