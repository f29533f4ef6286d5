import { createContext, useContext } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { z } from 'zod';

/** Where the API's Socket.io server listens, on the page's own origin. */
export const SOCKET_PATH = '/socket.io';

/** `connecting` also covers the waits between reconnection attempts. */
export type RealtimeStatus = 'connecting' | 'online' | 'offline';

/**
 * One Socket.io connection to the API, authenticated by the session cookie. It is created
 * disconnected: the caller subscribes first, then calls `connect()`.
 */
export function createSocket(): Socket {
  return io({
    path: SOCKET_PATH,
    autoConnect: false,
    withCredentials: true,
    reconnectionDelay: 1_000,
    reconnectionDelayMax: 15_000,
  });
}

/**
 * Listens to one server event, handing on only payloads that `schema` accepts (a payload of
 * another version of the server is ignored, never half-applied). Returns the unsubscribe.
 */
export function onServerEvent<S extends z.ZodType>(
  socket: Socket,
  event: string,
  schema: S,
  handler: (payload: z.infer<S>) => void,
): () => void {
  const listener = (payload: unknown) => {
    const parsed = schema.safeParse(payload);
    if (parsed.success) handler(parsed.data);
  };
  socket.on(event, listener);
  return () => {
    socket.off(event, listener);
  };
}

export interface ConnectionHandlers {
  onStatus: (status: RealtimeStatus) => void;
  /** Connected again after a loss: whatever was pushed meanwhile is lost and must be refetched. */
  onReconnect: () => void;
  /** The server refused the handshake as unauthenticated: the session may have ended. */
  onUnauthenticated: () => void;
}

const HTTP_UNAUTHORIZED = 401;

/** The HTTP status of a refused polling handshake, where engine.io reports it. */
function handshakeStatus(error: Error): unknown {
  return (error as Error & { description?: unknown }).description;
}

/** Follows the connection's state; returns the unsubscribe. */
export function watchConnection(socket: Socket, handlers: ConnectionHandlers): () => void {
  let connectedBefore = false;
  const onConnect = () => {
    handlers.onStatus('online');
    if (connectedBefore) handlers.onReconnect();
    connectedBefore = true;
  };
  const onDisconnect = (reason: Socket.DisconnectReason) => {
    // Closed by the server when the account's rights change (a membership decided): the new
    // handshake carries the rights it has now, or is refused when the session ended.
    if (reason === 'io server disconnect') socket.connect();
    // `active`: the client will try again by itself (any loss but a deliberate disconnect).
    handlers.onStatus(socket.active ? 'connecting' : 'offline');
  };
  const onConnectError = (error: Error) => {
    handlers.onStatus(socket.active ? 'connecting' : 'offline');
    if (handshakeStatus(error) === HTTP_UNAUTHORIZED) handlers.onUnauthenticated();
  };
  socket.on('connect', onConnect);
  socket.on('disconnect', onDisconnect);
  socket.on('connect_error', onConnectError);
  return () => {
    socket.off('connect', onConnect);
    socket.off('disconnect', onDisconnect);
    socket.off('connect_error', onConnectError);
  };
}

/** The live connection itself, for pages that send events (the chat); null while signed out. */
export const RealtimeSocketContext = createContext<Socket | null>(null);

export const useRealtimeSocket = (): Socket | null => useContext(RealtimeSocketContext);

/** The live connection's state, for whoever shows it (the notification bell). */
export const RealtimeStatusContext = createContext<RealtimeStatus>('offline');

export const useRealtimeStatus = (): RealtimeStatus => useContext(RealtimeStatusContext);
