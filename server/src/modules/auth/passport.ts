import type { Request } from 'express';
import { Passport } from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import type { Actor } from '@qs/shared';
import { toActor } from './auth.presenter';
import { findActiveUserById, verifyCredentials } from './auth.service';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    // Passport puts the deserialized Actor on req.user.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface User extends Actor {}
  }
}

export type PassportInstance = InstanceType<typeof Passport>;

/** A Passport instance of our own, so each platform instance is configured independently. */
export function createPassport(): PassportInstance {
  const passport = new Passport();
  passport.use(
    new LocalStrategy(
      { usernameField: 'email', passwordField: 'password' },
      (email, password, done) => {
        verifyCredentials(email, password).then(
          (user) => done(null, user ? toActor(user) : false),
          (err: unknown) => done(err),
        );
      },
    ),
  );
  passport.serializeUser<string>((user, done) => done(null, user.id));
  passport.deserializeUser<string>((id, done) => {
    findActiveUserById(id).then(
      // A deleted or disabled account ends its sessions.
      (user) => done(null, user ? toActor(user) : false),
      (err: unknown) => done(err),
    );
  });
  return passport;
}

/** Runs the local strategy for an already validated body. */
export function authenticateLocal(
  passport: PassportInstance,
  req: Request,
): Promise<Actor | undefined> {
  return new Promise((resolve, reject) => {
    const middleware = passport.authenticate(
      'local',
      { session: false },
      (err: unknown, user: Actor | false) => {
        if (err) reject(err);
        else resolve(user || undefined);
      },
    ) as (req: Request, res: unknown, next: (err?: unknown) => void) => void;
    middleware(req, undefined, reject);
  });
}

/**
 * Signs in on a new, empty session: a new id (no fixation) and no CSRF token carried over from
 * the anonymous session, so the client fetches a new one.
 */
export function logIn(req: Request, actor: Actor): Promise<void> {
  return new Promise((resolve, reject) => {
    req.login(actor, { session: true, keepSessionInfo: false }, (err: unknown) =>
      err ? reject(err) : resolve(),
    );
  });
}

export function logOut(req: Request): Promise<void> {
  return new Promise((resolve, reject) => {
    req.logout((err: unknown) => {
      if (err) return reject(err);
      req.session.destroy((destroyErr: unknown) => (destroyErr ? reject(destroyErr) : resolve()));
    });
  });
}
