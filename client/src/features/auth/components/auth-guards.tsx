import type { UserDto } from '@qs/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { ErrorFallback } from '../../../components/errors/error-fallback';
import { PageSpinner } from '../../../components/ui/page-spinner';
import { paths, safeRedirectTarget } from '../../../config/paths';
import { useMe } from '../api/me';

/** Renders its children for a signed-in user; anyone else goes to the login page and back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();

  if (me.data) return children;
  if (me.isPending) return <PageSpinner minHeight="100vh" />;
  if (me.isError) {
    return (
      <ErrorFallback
        title={t('auth.sessionError')}
        error={me.error}
        onRetry={() => void me.refetch()}
      />
    );
  }
  const here = `${location.pathname}${location.search}`;
  const back = here === paths.app.root.getHref() ? null : here;
  return <Navigate to={paths.auth.login.getHref(back)} replace />;
}

/**
 * For the login and register pages: a signed-in user goes on to where they were headed, else to
 * `landing` (the dashboard unless told otherwise).
 */
export function RedirectIfAuthenticated({
  children,
  landing = () => paths.app.root.getHref(),
}: {
  children: ReactNode;
  landing?: (user: UserDto) => string;
}) {
  const me = useMe();
  const [searchParams] = useSearchParams();

  if (me.data) {
    const target = safeRedirectTarget(searchParams.get('redirectTo')) ?? landing(me.data);
    return <Navigate to={target} replace />;
  }
  if (me.isPending) return <PageSpinner minHeight="100vh" />;
  return children;
}
