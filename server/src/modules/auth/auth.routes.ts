import { csrfResponseSchema, loginSchema, registerSchema, userResponseSchema } from '@qs/shared';
import { UnauthenticatedError } from '../../lib/errors';
import type { ApiRouter } from '../../lib/http/api-router';
import { csrfToken } from '../../lib/http/csrf';
import { SESSION_COOKIE } from '../../lib/session';
import { presentUser, toActor } from './auth.presenter';
import { findUserById, registerUser } from './auth.service';
import type { LoginThrottle } from './login-throttle';
import { authenticateLocal, logIn, logOut, type PassportInstance } from './passport';

export interface AuthRoutesDeps {
  passport: PassportInstance;
  throttle: LoginThrottle;
  /** Called after an account is created, e.g. to open an expert's empty profile. */
  onRegistered?: (user: { id: string; role: string; name: string; email: string }) => Promise<void>;
}

const tags = ['Accounts'];

export function registerAuthRoutes(api: ApiRouter, deps: AuthRoutesDeps): void {
  api.route(
    {
      method: 'post',
      path: '/auth/register',
      summary: 'Create an enterprise or expert account and sign in',
      tags,
      access: 'public',
      body: registerSchema,
      status: 201,
      response: userResponseSchema,
      errors: [409],
    },
    async ({ req, body }) => {
      const created = await registerUser(body);
      await deps.onRegistered?.({
        id: created._id.toString(),
        role: created.role,
        name: created.name,
        email: created.email,
      });
      const user = (await findUserById(created._id.toString())) ?? created;
      await logIn(req, toActor(user));
      return { user: presentUser(user) };
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
      response: userResponseSchema,
      errors: [401, 429],
    },
    async ({ req, body }) => {
      const ip = req.ip ?? 'unknown';
      await deps.throttle.assertAllowed(body.email, ip);
      req.body = body;
      const actor = await authenticateLocal(deps.passport, req);
      if (!actor) {
        await deps.throttle.recordFailure(body.email, ip);
        throw new UnauthenticatedError({
          code: 'invalid_credentials',
          message: 'Email or password is incorrect',
        });
      }
      await deps.throttle.recordSuccess(body.email);
      await logIn(req, actor);
      const user = await findUserById(actor.id);
      if (!user) throw new UnauthenticatedError();
      return { user: presentUser(user) };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/auth/logout',
      summary: 'Sign out and destroy the session',
      tags,
      access: 'signed-in',
      status: 204,
    },
    async ({ req, res }) => {
      await logOut(req);
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
      response: userResponseSchema,
    },
    async ({ actor }) => {
      const user = await findUserById(actor.id);
      if (!user) throw new UnauthenticatedError();
      return { user: presentUser(user) };
    },
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
    ({ req }) => ({ csrfToken: csrfToken(req) }),
  );
}
