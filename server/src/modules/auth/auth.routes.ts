import {
  csrfResponseSchema,
  loginSchema,
  registerSchema,
  requestOrganizationSchema,
  userResponseSchema,
} from '@qs/shared';
import { UnauthenticatedError } from '../../lib/errors';
import { domainEvents } from '../../lib/events';
import type { ApiRouter } from '../../lib/http/api-router';
import { csrfToken } from '../../lib/http/csrf';
import { SESSION_COOKIE } from '../../lib/session';
import { presentOneUser, toActor } from './auth.presenter';
import { findUserById, registerUser, requestOrganization } from './auth.service';
import type { LoginThrottle } from './login-throttle';
import { authenticateLocal, logIn, logOut, type PassportInstance } from './passport';

export interface AuthRoutesDeps {
  passport: PassportInstance;
  throttle: LoginThrottle;
  /** Called after an account is created, e.g. to open an expert's empty profile. */
  onRegistered?: (user: { id: string; role: string; name: string; email: string }) => Promise<void>;
}

const tags = ['Accounts'];
const ANONYMOUS_SESSION_MS = 60 * 60 * 1000;

export function registerAuthRoutes(api: ApiRouter, deps: AuthRoutesDeps): void {
  api.route(
    {
      method: 'post',
      path: '/auth/register',
      summary: 'Create an enterprise or expert account and sign in',
      tags,
      access: 'public',
      body: registerSchema,
      example: {
        role: 'enterprise',
        email: 'wang@example.cn',
        password: 'a-long-passphrase',
        name: '王经理',
        organization: { name: '青岛海纳重工', type: 'enterprise', city: '青岛' },
      },
      status: 201,
      response: userResponseSchema,
      errors: [409],
    },
    async ({ req, body }) => {
      const created = await registerUser(body, async (user) => {
        await deps.onRegistered?.({
          id: user._id.toString(),
          role: user.role,
          name: user.name,
          email: user.email,
        });
      });
      const user = (await findUserById(created._id.toString())) ?? created;
      await logIn(req, toActor(user));
      return { user: await presentOneUser(user) };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/auth/login',
      summary: 'Sign in with email and password',
      tags,
      access: 'public',
      body: loginSchema,
      example: { email: 'wang@example.cn', password: 'a-long-passphrase' },
      response: userResponseSchema,
      errors: [401, 429],
    },
    async ({ req, body }) => {
      const attempt = await deps.throttle.begin(body.email, req.ip ?? 'unknown');
      req.body = body;
      const actor = await authenticateLocal(deps.passport, req);
      if (!actor) {
        throw new UnauthenticatedError({
          code: 'invalid_credentials',
          message: 'Email or password is incorrect',
        });
      }
      await attempt.succeeded();
      await logIn(req, actor);
      const user = await findUserById(actor.id);
      if (!user) throw new UnauthenticatedError();
      return { user: await presentOneUser(user) };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/auth/logout',
      summary: 'Sign out and destroy the session',
      tags,
      access: 'signed-in',
      membership: 'optional',
      status: 204,
    },
    async ({ req, res }) => {
      const sessionId = req.sessionID;
      await logOut(req);
      domainEvents.emit('session.ended', { sessionId });
      res.clearCookie(SESSION_COOKIE);
    },
  );

  api.route(
    {
      method: 'get',
      path: '/auth/me',
      summary: 'The signed-in user',
      tags,
      access: 'signed-in',
      membership: 'optional',
      response: userResponseSchema,
    },
    async ({ actor }) => {
      const user = await findUserById(actor.id);
      if (!user) throw new UnauthenticatedError();
      return { user: await presentOneUser(user) };
    },
  );

  api.route(
    {
      method: 'put',
      path: '/auth/me/organization',
      summary:
        'An enterprise account without an organization (rejected or removed) joins or creates one',
      tags,
      access: 'signed-in',
      membership: 'optional',
      body: requestOrganizationSchema,
      example: { organization: { name: '青岛海纳重工', type: 'enterprise', city: '青岛' } },
      response: userResponseSchema,
      errors: [403, 409],
    },
    async ({ actor, body }) => ({
      user: await presentOneUser(await requestOrganization(actor, body.organization)),
    }),
  );

  api.route(
    {
      method: 'get',
      path: '/auth/csrf',
      summary: 'A CSRF token for the x-csrf-token header',
      tags,
      access: 'public',
      response: csrfResponseSchema,
    },
    ({ req }) => {
      // Visitors who never sign in leave no week-long sessions behind.
      if (!req.user) req.session.cookie.maxAge = ANONYMOUS_SESSION_MS;
      return { csrfToken: csrfToken(req) };
    },
  );
}
