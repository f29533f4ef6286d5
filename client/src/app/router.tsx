import { useState } from 'react';
import { Navigate, createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { RouteErrorFallback } from '../components/errors/route-error-fallback';
import { PageSpinner } from '../components/ui/page-spinner';
import type { SectionKey } from '../config/navigation';
import { paths } from '../config/paths';
import type { RouteHandle } from './route-handle';

/** Sections in the navigation whose pages are not built yet; each gets the placeholder page. */
const comingSoonSections = [
  'needs',
  'experts',
  'invitations',
  'collaborations',
  'messages',
  'profile',
  'expertReviews',
  'import',
  'stats',
  'organizations',
  'users',
] as const satisfies readonly Exclude<SectionKey, 'dashboard'>[];

const sectionHandle = (section: SectionKey): RouteHandle => ({ section });

export function createAppRouter() {
  return createBrowserRouter([
    {
      path: paths.home.path,
      HydrateFallback: PageSpinner,
      errorElement: <RouteErrorFallback />,
      children: [
        { index: true, element: <Navigate to={paths.app.root.getHref()} replace /> },
        {
          path: paths.auth.login.path,
          lazy: () => import('./routes/auth/login').then((m) => ({ Component: m.LoginRoute })),
        },
        {
          path: paths.auth.register.path,
          lazy: () =>
            import('./routes/auth/register').then((m) => ({ Component: m.RegisterRoute })),
        },
        {
          path: paths.app.root.path,
          lazy: () => import('./routes/app/root').then((m) => ({ Component: m.AppRootRoute })),
          children: [
            {
              index: true,
              handle: sectionHandle('dashboard'),
              lazy: () =>
                import('./routes/app/dashboard').then((m) => ({ Component: m.DashboardRoute })),
            },
            ...comingSoonSections.map((section) => ({
              path: paths.app[section].path,
              handle: sectionHandle(section),
              lazy: () =>
                import('./routes/app/coming-soon').then((m) => ({ Component: m.ComingSoonRoute })),
            })),
          ],
        },
        {
          path: '*',
          lazy: () => import('./routes/not-found').then((m) => ({ Component: m.NotFoundRoute })),
        },
      ],
    },
  ]);
}

export function AppRouter() {
  const [router] = useState(createAppRouter);
  return <RouterProvider router={router} />;
}
