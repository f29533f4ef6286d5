import { EventEmitter } from 'node:events';
import type { Socket } from 'socket.io-client';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { onServerEvent, watchConnection, type RealtimeStatus } from './socket';

/** Enough of a Socket.io client socket for the wiring: events, and whether it will retry. */
function fakeSocket() {
  const emitter = new EventEmitter();
  const socket = Object.assign(emitter, { active: true, connect: vi.fn() });
  return { socket, asSocket: socket as unknown as Socket };
}

function watch() {
  const { socket, asSocket } = fakeSocket();
  const statuses: RealtimeStatus[] = [];
  const handlers = {
    onStatus: (status: RealtimeStatus) => statuses.push(status),
    onReconnect: vi.fn(),
    onUnauthenticated: vi.fn(),
  };
  const stop = watchConnection(asSocket, handlers);
  return { socket, statuses, handlers, stop };
}

describe('the live connection', () => {
  it('when it connects the first time, then nothing is refetched', () => {
    const { socket, statuses, handlers } = watch();
    socket.emit('connect');
    expect(statuses).toEqual(['online']);
    expect(handlers.onReconnect).not.toHaveBeenCalled();
  });

  it('when it comes back after a loss, then what was missed is refetched', () => {
    const { socket, statuses, handlers } = watch();
    socket.emit('connect');
    socket.emit('disconnect', 'transport close');
    socket.emit('connect');
    expect(statuses).toEqual(['online', 'connecting', 'online']);
    expect(handlers.onReconnect).toHaveBeenCalledTimes(1);
  });

  it('when the handshake is refused with 401, then the session is checked', () => {
    const { socket, handlers } = watch();
    socket.emit('connect_error', Object.assign(new Error('xhr poll error'), { description: 503 }));
    expect(handlers.onUnauthenticated).not.toHaveBeenCalled();
    socket.emit('connect_error', Object.assign(new Error('xhr poll error'), { description: 401 }));
    expect(handlers.onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('when the server closes it (the rights changed), then it connects again and refetches', () => {
    const { socket, handlers } = watch();
    socket.emit('connect');
    socket.emit('disconnect', 'io server disconnect');
    expect(socket.connect).toHaveBeenCalledTimes(1);
    socket.emit('connect');
    expect(handlers.onReconnect).toHaveBeenCalledTimes(1);
  });

  it('when it is closed on purpose, then it reads offline and the listeners are gone', () => {
    const { socket, statuses, stop } = watch();
    socket.active = false;
    socket.emit('disconnect', 'io client disconnect');
    expect(statuses).toEqual(['offline']);
    expect(socket.connect).not.toHaveBeenCalled();
    stop();
    expect(socket.listenerCount('connect')).toBe(0);
  });

  it('when a pushed payload does not match its schema, then it is ignored', () => {
    const { socket, asSocket } = fakeSocket();
    const handler = vi.fn();
    const stop = onServerEvent(asSocket, 'notification', z.object({ unread: z.number() }), handler);
    socket.emit('notification', { unread: 'many' });
    socket.emit('notification', { unread: 2 });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler).toHaveBeenCalledWith({ unread: 2 });
    stop();
    expect(socket.listenerCount('notification')).toBe(0);
  });
});
