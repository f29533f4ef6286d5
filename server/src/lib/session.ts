import { MongoStore } from 'connect-mongo';
import session from 'express-session';
import type { RequestHandler } from 'express';
import type { MongoClient } from 'mongodb';

export const SESSION_COOKIE = 'qs.sid';
const SESSION_DAYS = 7;

/**
 * A session replaced by a concurrent request (login regenerates it) is gone by the time the older
 * request ends and touches it: nothing to extend, so not an error for that older request.
 */
export class ReplaceTolerantMongoStore extends MongoStore {
  override touch(
    sid: string,
    data: session.SessionData,
    callback: (err?: unknown) => void = () => undefined,
  ) {
    super.touch(sid, data, (err?: unknown) =>
      callback(
        err instanceof Error && err.message === 'Unable to find the session to touch'
          ? undefined
          : err,
      ),
    );
  }
}

export interface SessionSetup {
  middleware: RequestHandler;
  /** The user signed in on a session, or undefined once it has ended. */
  userOf(sessionId: string): Promise<string | undefined>;
  close(): Promise<void>;
}

interface PassportSessionData {
  passport?: { user?: string };
}

/**
 * Sessions in MongoDB. Expired sessions are deleted on a timer rather than by a TTL index,
 * because not every wire-protocol server honours TTL indexes.
 */
export function createSession(options: {
  client: MongoClient;
  secret: string;
  secure: boolean;
}): SessionSetup {
  const store = new ReplaceTolerantMongoStore({
    client: options.client,
    collectionName: 'sessions',
    ttl: SESSION_DAYS * 24 * 60 * 60,
    autoRemove: 'interval',
    autoRemoveInterval: 10,
  });
  const middleware = session({
    name: SESSION_COOKIE,
    secret: options.secret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: options.secure,
      maxAge: SESSION_DAYS * 24 * 60 * 60 * 1000,
    },
  });
  return {
    middleware,
    userOf: (sessionId) =>
      new Promise((resolve, reject) => {
        store.get(sessionId, (err: unknown, data?: session.SessionData | null) => {
          if (err) reject(err instanceof Error ? err : new Error(String(err)));
          else resolve((data as PassportSessionData | null | undefined)?.passport?.user);
        });
      }),
    // Stops the clean-up timer; it also closes the shared client, which shutdown does anyway.
    close: () => store.close(),
  };
}
