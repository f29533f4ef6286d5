import { idSchema } from '@qs/shared';
import { useState, type ReactNode } from 'react';
import { Navigate, createBrowserRouter, useParams } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { NotFound } from '../components/errors/not-found';
import { RouteErrorFallback } from '../components/errors/route-error-fallback';
import { PageSpinner } from '../components/ui/page-spinner';
import type { SectionKey } from '../config/navigation';
import { paths } from '../config/paths';
import type { RouteHandle } from './route-handle';

const sectionHandle = (section: SectionKey): RouteHandle => ({ section });

type Page = () => ReactNode;

/** A record's page: an id that cannot be a record's (`/needs/abc`) is not found, never asked for. */
function recordPage(Page: Page): Page {
  return function RecordPage() {
    const params = Object.values(useParams());
    return params.every((value) => idSchema.safeParse(value).success) ? <Page /> : <NotFound />;
  };
}

const withRecordCheck = (path: string, lazy: () => Promise<{ Component: Page }>) =>
  path.includes('/:')
    ? () => lazy().then(({ Component }) => ({ Component: recordPage(Component) }))
    : lazy;

/** The pages built so far, each under the navigation section it belongs to. */
const sectionPages = [
  {
    path: paths.app.needs.path,
    section: 'needs',
    lazy: () => import('./routes/app/needs/list').then((m) => ({ Component: m.NeedsRoute })),
  },
  {
    path: paths.app.needNew.path,
    section: 'needs',
    lazy: () => import('./routes/app/needs/new').then((m) => ({ Component: m.NewNeedRoute })),
  },
  {
    path: paths.app.needCatalogue.path,
    section: 'catalogue',
    lazy: () =>
      import('./routes/app/needs/catalogue').then((m) => ({ Component: m.CatalogueRoute })),
  },
  {
    path: paths.app.openNeeds.path,
    section: 'openNeeds',
    lazy: () => import('./routes/app/needs/open').then((m) => ({ Component: m.OpenNeedsRoute })),
  },
  {
    path: paths.app.needDetail.path,
    section: 'needs',
    lazy: () => import('./routes/app/needs/detail').then((m) => ({ Component: m.NeedDetailRoute })),
  },
  {
    path: paths.app.experts.path,
    section: 'experts',
    lazy: () =>
      import('./routes/app/experts/directory').then((m) => ({ Component: m.ExpertsRoute })),
  },
  {
    path: paths.app.expertDetail.path,
    section: 'experts',
    lazy: () =>
      import('./routes/app/experts/detail').then((m) => ({ Component: m.ExpertDetailRoute })),
  },
  {
    path: paths.app.invitations.path,
    section: 'invitations',
    lazy: () =>
      import('./routes/app/invitations/list').then((m) => ({ Component: m.InvitationsRoute })),
  },
  {
    path: paths.app.invitationDetail.path,
    section: 'invitations',
    lazy: () =>
      import('./routes/app/invitations/detail').then((m) => ({
        Component: m.InvitationDetailRoute,
      })),
  },
  {
    path: paths.app.collaborations.path,
    section: 'collaborations',
    lazy: () =>
      import('./routes/app/collaborations/list').then((m) => ({
        Component: m.CollaborationsRoute,
      })),
  },
  {
    path: paths.app.collaborationDetail.path,
    section: 'collaborations',
    lazy: () =>
      import('./routes/app/collaborations/detail').then((m) => ({
        Component: m.CollaborationDetailRoute,
      })),
  },
  {
    path: paths.app.messages.path,
    section: 'messages',
    lazy: () => import('./routes/app/messages').then((m) => ({ Component: m.MessagesRoute })),
  },
  {
    path: paths.app.messageDetail.path,
    section: 'messages',
    lazy: () => import('./routes/app/messages').then((m) => ({ Component: m.MessagesRoute })),
  },
  {
    path: paths.app.profile.path,
    section: 'profile',
    lazy: () => import('./routes/app/profile').then((m) => ({ Component: m.ProfileRoute })),
  },
  {
    path: paths.app.expertReviews.path,
    section: 'expertReviews',
    lazy: () =>
      import('./routes/app/expert-reviews').then((m) => ({ Component: m.ExpertReviewsRoute })),
  },
  {
    path: paths.app.import.path,
    section: 'import',
    lazy: () => import('./routes/app/import').then((m) => ({ Component: m.ImportRoute })),
  },
  {
    path: paths.app.stats.path,
    section: 'stats',
    lazy: () => import('./routes/app/stats').then((m) => ({ Component: m.StatsRoute })),
  },
  {
    path: paths.app.users.path,
    section: 'users',
    lazy: () => import('./routes/app/users').then((m) => ({ Component: m.UsersRoute })),
  },
  {
    path: paths.app.outbox.path,
    section: 'outbox',
    lazy: () => import('./routes/app/outbox').then((m) => ({ Component: m.OutboxRoute })),
  },
  {
    path: paths.app.members.path,
    section: 'members',
    lazy: () => import('./routes/app/members').then((m) => ({ Component: m.MembersRoute })),
  },
  {
    path: paths.app.membershipRequests.path,
    section: 'membershipRequests',
    lazy: () =>
      import('./routes/app/membership-requests').then((m) => ({
        Component: m.MembershipRequestsRoute,
      })),
  },
  {
    path: paths.app.organizations.path,
    section: 'organizations',
    lazy: () =>
      import('./routes/app/organizations').then((m) => ({ Component: m.OrganizationsRoute })),
  },
  {
    path: paths.app.credit.path,
    section: 'credit',
    lazy: () => import('./routes/app/credit').then((m) => ({ Component: m.CreditRoute })),
  },
  {
    path: paths.app.organizationCredit.path,
    section: 'credit',
    lazy: () =>
      import('./routes/app/organization-credit').then((m) => ({
        Component: m.OrganizationCreditRoute,
      })),
  },
] as const satisfies readonly {
  path: string;
  section: SectionKey;
  lazy: () => Promise<{ Component: Page }>;
}[];

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
          path: paths.auth.resetPassword.path,
          lazy: () =>
            import('./routes/auth/reset-password').then((m) => ({
              Component: m.ResetPasswordRoute,
            })),
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
            ...sectionPages.map(({ path, section, lazy }) => ({
              path,
              handle: sectionHandle(section),
              lazy: withRecordCheck(path, lazy),
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
