import type { Server as HttpServer, IncomingMessage, ServerResponse } from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import type { RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';

import { Server } from 'socket.io';
import { serverEvents, type Actor } from '@qs/shared';
import { domainEvents, type ConversationSides } from '../lib/events';
import type { Logger } from '../lib/logger';
import type { PassportInstance } from '../modules/auth';
import { conversationRoom, handleMessagingEvents } from '../modules/messaging';

type EngineMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (err?: unknown) => void,
) => void;

export interface Realtime {
  io: Server;
  /** Pushes an event to every open connection of one user. */
  emitToUser(userId: string, event: string, payload: unknown): void;
  close(): Promise<void>;
}

export const userRoom = (userId: string): string => `user:${userId}`;
const roleRoom = (role: string): string => `role:${role}`;
const sessionRoom = (sessionId: string): string => `session:${sessionId}`;
/** Joined by connections of the organization's active members and of the expert's account. */
const organizationRoom = (organizationId: string): string => `organization:${organizationId}`;
const expertRoom = (expertId: string): string => `expert:${expertId}`;
const sideRooms = (sides: ConversationSides) => [
  organizationRoom(sides.organizationId),
  expertRoom(sides.expertId),
];

/** The rooms of a connection: its user, role and session, and the side it speaks for. */
function roomsOf(actor: Actor, sessionId: string): string[] {
  return [
    userRoom(actor.id),
    roleRoom(actor.role),
    sessionRoom(sessionId),
    // A pending or removed member's actor carries no organization, so it joins none.
    ...(actor.role === 'enterprise' && actor.organizationId
      ? [organizationRoom(actor.organizationId)]
      : []),
    ...(actor.role === 'expert' && actor.expertId ? [expertRoom(actor.expertId)] : []),
  ];
}

/**
 * How often this process checks its open connections against their sessions. A logout or a
 * membership change closes connections at once, on every process through the adapter; the
 * sweep catches the rest (a session that expired, or ended where no adapter carries the news)
 * without a database read on every event: a slice of connections per tick.
 */
const SESSION_SWEEP_MS = 5_000;
const SWEEP_BATCH = 200;

/** Statistics change in bursts (an import, a busy hour); the bureau's pages refetch at most this often. */
const STATS_PUSH_MS = 2_000;

/** Express middleware runs on the handshake only: later polling requests carry the engine's sid. */
function onHandshake(middleware: RequestHandler): EngineMiddleware {
  return (req, res, next) => {
    const isHandshake =
      (req as IncomingMessage & { _query?: { sid?: string } })._query?.sid === undefined;
    if (isHandshake) (middleware as unknown as EngineMiddleware)(req, res, next);
    else next();
  };
}

/**
 * Whether a handshake's Origin may ride the session cookie: browsers name the page's site, so
 * another site's page is refused; scripts and services send none and are judged by the cookie
 * alone. The site is PUBLIC_ORIGIN, else the host the request was sent to.
 */
function originAllowed(req: IncomingMessage, publicOrigin: string | undefined): boolean {
  const { origin, host } = req.headers;
  if (origin === undefined) return true;
  try {
    const from = new URL(origin);
    if (publicOrigin) return from.origin === new URL(publicOrigin).origin;
    // Read with the origin's scheme, so that a default port written out still compares equal.
    return host !== undefined && new URL(`${from.protocol}//${host}`).host === from.host;
  } catch {
    // "null" (sandboxed frames, files) or anything else that is not a URL.
    return false;
  }
}

/** Pushes the domain events users care about to their rooms; returns the unsubscribe. */
function pushDomainEvents(io: Server): () => void {
  const toUsers = (userIds: string[]) => io.to(userIds.map(userRoom));
  let statsPush: NodeJS.Timeout | undefined;
  const statsChanged = () => {
    statsPush ??= setTimeout(() => {
      statsPush = undefined;
      io.to([roleRoom('bureau'), roleRoom('admin')]).emit(serverEvents.statsUpdated, {
        at: new Date().toISOString(),
      });
    }, STATS_PUSH_MS);
  };
  const subscriptions = [
    domainEvents.on('invitation:new', ({ invitation, userIds }) => {
      if (userIds.length) toUsers(userIds).emit(serverEvents.invitationNew, { invitation });
    }),
    domainEvents.on('invitation:updated', ({ invitation, userIds }) => {
      if (userIds.length) toUsers(userIds).emit(serverEvents.invitationUpdated, { invitation });
    }),
    domainEvents.on('collaboration:updated', ({ collaboration, userIds }) => {
      if (userIds.length)
        toUsers(userIds).emit(serverEvents.collaborationUpdated, { collaboration });
    }),
    domainEvents.on('stats.changed', statsChanged),
    domainEvents.on('extraction:updated', ({ extraction, organizationId }) => {
      io.to([organizationRoom(organizationId), roleRoom('bureau'), roleRoom('admin')]).emit(
        serverEvents.extractionUpdated,
        { extraction },
      );
    }),
    // Through the adapter, so connections held by other processes close too; clients reconnect
    // and their new handshake carries the rights the account has now.
    domainEvents.on('membership.changed', ({ userId }) => {
      io.in(userRoom(userId)).disconnectSockets(true);
    }),
    domainEvents.on('session.ended', ({ sessionId }) => {
      io.in(sessionRoom(sessionId)).disconnectSockets(true);
    }),
    domainEvents.on('notification.created', ({ userId, notification, unread }) => {
      toUsers([userId]).emit(serverEvents.notification, { notification, unread });
    }),
    // To the conversation's room and to both sides' rooms: lists update unread counts too.
    // One emit to several rooms reaches each connection once.
    domainEvents.on('message.created', ({ message, sides }) => {
      io.to([conversationRoom(message.conversationId), ...sideRooms(sides)]).emit(
        serverEvents.messageNew,
        { message },
      );
    }),
    domainEvents.on('message.read', ({ sides, ...read }) => {
      io.to([conversationRoom(read.conversationId), ...sideRooms(sides)]).emit(
        serverEvents.messageRead,
        read,
      );
    }),
  ];
  return () => {
    clearTimeout(statsPush);
    subscriptions.forEach((unsubscribe) => unsubscribe());
  };
}

/**
 * Closes this process's connections whose session has ended, a slice of them per tick (one
 * query each), so that the cost stays flat however many are open; returns the stop.
 */
function sweepEndedSessions(
  io: Server,
  sessionUsers: (sessionIds: string[]) => Promise<Map<string, string>>,
  logger: Logger,
): () => void {
  let next = 0;
  const sweep = async () => {
    const local = [...io.of('/').sockets.values()];
    if (next >= local.length) next = 0;
    const slice = local.slice(next, next + SWEEP_BATCH);
    next += SWEEP_BATCH;
    if (!slice.length) return;
    const users = await sessionUsers([
      ...new Set(slice.map((socket) => socket.data.sessionId as string)),
    ]);
    for (const socket of slice) {
      const actor = socket.data.actor as Actor | undefined;
      if (users.get(socket.data.sessionId as string) !== actor?.id) socket.disconnect(true);
    }
  };
  let sweeping: Promise<void> | undefined;
  const timer = setInterval(() => {
    sweeping ??= sweep()
      .catch((err: unknown) => logger.warn({ err }, 'could not check the sockets’ sessions'))
      .finally(() => {
        sweeping = undefined;
      });
  }, SESSION_SWEEP_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** Socket.io on the HTTP server, sharing the login session: no session, no connection. */
export function attachRealtime(
  server: HttpServer,
  deps: {
    session: RequestHandler;
    /** who is signed in on sessions now: a socket lives only as long as its session */
    sessionUsers: (sessionIds: string[]) => Promise<Map<string, string>>;
    passport: PassportInstance;
    redis?: Redis;
    logger: Logger;
    /** shared with the HTTP API: one budget of messages per user */
    messageLimiter: RateLimiterAbstract;
    publicOrigin: string | undefined;
  },
): Realtime {
  const io = new Server(server, {
    path: '/socket.io',
    serveClient: false,
    // Before the session is read: a handshake from another site never gets that far.
    allowRequest: (req, callback) => {
      const allowed = originAllowed(req, deps.publicOrigin);
      if (!allowed) deps.logger.debug({ origin: req.headers.origin }, 'socket origin refused');
      callback(allowed ? null : 'origin not allowed', allowed);
    },
  });
  io.engine.use(onHandshake(deps.session));
  io.engine.use(onHandshake(deps.passport.initialize()));
  io.engine.use(onHandshake(deps.passport.session()));
  io.engine.use(
    onHandshake((req, res, next) => {
      if (req.user) return next();
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'unauthenticated', message: 'Sign in first' } }));
    }),
  );

  let subscriber: Redis | undefined;
  if (deps.redis) {
    subscriber = deps.redis.duplicate();
    io.adapter(createAdapter(deps.redis, subscriber));
  }

  io.on('connection', (socket) => {
    const actor = (socket.request as IncomingMessage & { user?: Actor }).user;
    if (!actor) {
      socket.disconnect(true);
      return;
    }
    socket.data.actor = actor;
    const { sessionID } = socket.request as IncomingMessage & { sessionID: string };
    void socket.join(roomsOf(actor, sessionID));
    socket.data.sessionId = sessionID;
    handleMessagingEvents(socket, actor, { limiter: deps.messageLimiter, logger: deps.logger });
    deps.logger.debug({ userId: actor.id }, 'socket connected');
  });

  const unsubscribe = pushDomainEvents(io);
  const stopSweep = sweepEndedSessions(io, deps.sessionUsers, deps.logger);

  return {
    io,
    emitToUser: (userId, event, payload) => {
      io.to(userRoom(userId)).emit(event, payload);
    },
    close: async () => {
      unsubscribe();
      stopSweep();
      await io.close();
      await subscriber?.quit();
    },
  };
}
