import type { UserDto } from '@qs/shared';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '../app/provider';
import { RequireAuth } from '../features/auth';
import { API, server } from './server';

interface PageOptions {
  /** The signed-in user, answered by `GET /auth/me`. */
  signedIn: UserDto;
  /** The route's path pattern, e.g. `/app/collaborations/:collaborationId`. */
  path: string;
  /** The address opened; the path itself by default. */
  url?: string;
}

/** Renders a page as the app does: its providers, a router, and a signed-in user. */
export function renderPage(page: ReactElement, { signedIn, path, url = path }: PageOptions) {
  server.use(http.get(`${API}/auth/me`, () => HttpResponse.json({ user: signedIn })));
  const router = createMemoryRouter([{ path, element: <RequireAuth>{page}</RequireAuth> }], {
    initialEntries: [url],
  });
  const user = userEvent.setup();
  return {
    user,
    ...render(
      <AppProvider>
        <RouterProvider router={router} />
      </AppProvider>,
    ),
  };
}
