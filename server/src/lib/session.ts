import { MongoStore } from 'connect-mongo';
import session from 'express-session';
import type { RequestHandler } from 'express';
import type { MongoClient } from 'mongodb';

export const SESSION_COOKIE = 'qs.sid';
const SESSION_DAYS = 7;
const COLLECTION = 'sessions';

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
  /** Who is signed in on each of these sessions; ended ones are missing from the answer. */
  usersOf(sessionIds: string[]): Promise<Map<string, string>>;
  /** Ends every session of the user (disabled, role changed, password reset); answers their ids. */
  endSessionsOf(userId: string): Promise<string[]>;
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
    collectionName: COLLECTION,
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
    // One query for many sessions, read as the store reads one (its collection, its expiry).
    usersOf: async (sessionIds) => {
      const found = await options.client
        .db()
        .collection<{ _id: string; session: string }>(COLLECTION)
        .find(
          {
            _id: { $in: sessionIds },
            $or: [{ expires: { $exists: false } }, { expires: { $gt: new Date() } }],
          },
          { projection: { session: 1 } },
        )
        .toArray();
      const users = new Map<string, string>();
      for (const doc of found) {
        const userId = (JSON.parse(doc.session) as PassportSessionData).passport?.user;
        if (userId) users.set(doc._id, userId);
      }
      return users;
    },
    endSessionsOf: async (userId) => {
      if (!/^[0-9a-f]{24}$/.test(userId)) return [];
      const sessions = options.client.db().collection<{ _id: string }>(COLLECTION);
      // The store keeps each session as a JSON string: Passport's user id is inside it.
      const filter = { session: { $regex: `"user":"${userId}"` } };
      const ids = (await sessions.find(filter, { projection: { _id: 1 } }).toArray()).map(
        (doc) => doc._id,
      );
      if (ids.length) await sessions.deleteMany({ _id: { $in: ids } });
      return ids;
    },
    // Stops the clean-up timer; it also closes the shared client, which shutdown does anyway.
    close: () => store.close(),
  };
}
