import { authRoutes } from '@qs/shared';
import { UnauthenticatedError } from '../../lib/errors';
import { domainEvents } from '../../lib/events';
import type { ApiRouter } from '../../lib/http/api-router';
import { csrfToken } from '../../lib/http/csrf';
import { SESSION_COOKIE } from '../../lib/session';
import { presentOneUser, toActor } from './auth.presenter';
import {
  findUserById,
  finishPasswordReset,
  registerUser,
  requestOrganization,
} from './auth.service';
import type { LoginThrottle } from './login-throttle';
import { authenticateLocal, logIn, logOut, type PassportInstance } from './passport';

export interface AuthRoutesDeps {
  passport: PassportInstance;
  throttle: LoginThrottle;
  now: () => Date;
  /** Called after an account is created, e.g. to open an expert's empty profile. */
  onRegistered?: (user: { id: string; role: string; name: string; email: string }) => Promise<void>;
}

const ANONYMOUS_SESSION_MS = 60 * 60 * 1000;

export function registerAuthRoutes(api: ApiRouter, deps: AuthRoutesDeps): void {
  api.handle(authRoutes.register, async ({ req, body }) => {
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
  });

  api.handle(authRoutes.login, async ({ req, body }) => {
    const attempt = await deps.throttle.begin(body.email, req.ip ?? 'unknown');
    req.body = body;
    const actor = await authenticateLocal(deps.passport, req);
    if (!actor) {
      throw new UnauthenticatedError({
        code: 'invalid_credentials',
        key: 'invalid_credentials',
      });
    }
    await attempt.succeeded();
    await logIn(req, actor);
    const user = await findUserById(actor.id);
    if (!user) throw new UnauthenticatedError();
    return { user: await presentOneUser(user) };
  });

  api.handle(authRoutes.resetPassword, async ({ body }) => {
    await finishPasswordReset(body, deps.now());
  });

  api.handle(authRoutes.logout, async ({ req, res }) => {
    const sessionId = req.sessionID;
    await logOut(req);
    domainEvents.emit('session.ended', { sessionId });
    res.clearCookie(SESSION_COOKIE);
  });

  api.handle(authRoutes.me, async ({ actor }) => {
    const user = await findUserById(actor.id);
    if (!user) throw new UnauthenticatedError();
    return { user: await presentOneUser(user) };
  });

  api.handle(authRoutes.requestOrganization, async ({ actor, body }) => ({
    user: await presentOneUser(await requestOrganization(actor, body.organization)),
  }));

  api.handle(authRoutes.csrf, ({ req }) => {
    // Visitors who never sign in leave no week-long sessions behind.
    if (!req.user) req.session.cookie.maxAge = ANONYMOUS_SESSION_MS;
    return { csrfToken: csrfToken(req) };
  });
}
