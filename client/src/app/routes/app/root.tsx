import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Spin } from 'antd';
import { createElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useMatches, useNavigation } from 'react-router';
import { ErrorBoundary } from '../../../components/errors/error-boundary';
import { ErrorFallback } from '../../../components/errors/error-fallback';
import { Forbidden } from '../../../components/errors/forbidden';
import { LanguageSwitch } from '../../../components/language-switch';
import { AppLayout, type NavItem } from '../../../components/layouts/app-layout';
import {
  awaitsMembership,
  canOpenSection,
  navigationOf,
  phoneNavigationOf,
  sections,
  type SectionKey,
} from '../../../config/navigation';
import { useUser, RequireAuth, UserMenu } from '../../../features/auth';
import { useUnreadTotal } from '../../../features/messaging';
import { NotificationBell } from '../../../features/notifications';
import { RealtimeProvider } from '../../realtime';
import { currentSection } from '../../route-handle';
import { MembershipGate } from './membership-gate';

/** Sections that may be a phone's tab, each with a label short enough for a fifth of 390 px. */
const tabKeys = [
  'dashboard',
  'needs',
  'invitations',
  'collaborations',
  'messages',
  'profile',
  'expertReviews',
  'experts',
  'stats',
  'users',
] as const satisfies readonly SectionKey[];
const isTabKey = (key: SectionKey): key is (typeof tabKeys)[number] =>
  (tabKeys as readonly SectionKey[]).includes(key);

function Shell() {
  const { t } = useTranslation();
  const user = useUser();
  const location = useLocation();
  const navigation = useNavigation();
  const section = currentSection(useMatches());

  const sectionKeys = navigationOf(user);
  const unread = useUnreadTotal(sectionKeys.includes('messages'));
  const navItems: NavItem[] = sectionKeys.map((key) => ({
    key,
    href: sections[key].href,
    label: t(`nav.${key}`),
    icon: createElement(sections[key].icon),
    ...(isTabKey(key) ? { tabLabel: t(`nav.tab.${key}`) } : {}),
    ...(key === 'messages' && unread.data
      ? { count: { value: unread.data, label: t('chat.unread', { count: unread.data }) } }
      : {}),
  }));

  return (
    <AppLayout
      navItems={navItems}
      phoneTabs={phoneNavigationOf(user).tabs}
      selectedKey={section}
      headerActions={
        <>
          <NotificationBell viewer={user} />
          <LanguageSwitch />
          <UserMenu />
        </>
      }
    >
      <Spin spinning={navigation.state === 'loading'} delay={200}>
        {section && !canOpenSection(user, section) ? (
          <Forbidden />
        ) : (
          <QueryErrorResetBoundary>
            {({ reset }) => (
              <ErrorBoundary
                key={location.pathname}
                onReset={reset}
                fallback={({ error, reset: retry }) => (
                  <ErrorFallback error={error} onRetry={retry} />
                )}
              >
                <Outlet />
              </ErrorBoundary>
            )}
          </QueryErrorResetBoundary>
        )}
      </Spin>
    </AppLayout>
  );
}

function LiveShell() {
  const user = useUser();
  return (
    <RealtimeProvider key={user.id}>
      {awaitsMembership(user) ? <MembershipGate user={user} /> : <Shell />}
    </RealtimeProvider>
  );
}

export function AppRootRoute() {
  return (
    <RequireAuth>
      <LiveShell />
    </RequireAuth>
  );
}
