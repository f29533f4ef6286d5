import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expertRegistration, registeredClient } from '@test/support/factories';
import { startTestPlatform, type TestPlatform } from '@test/support/platform';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await platform?.close();
});

function open(cookie?: string): Socket {
  return connect(platform.url, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    ...(cookie ? { extraHeaders: { cookie } } : {}),
  });
}

function outcome(socket: Socket): Promise<'connected' | string> {
  return new Promise((resolve) => {
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (err) => resolve(err.message));
  });
}

describe('Socket.io authentication', () => {
  it('when a client has no session cookie, then the connection is refused', async () => {
    const socket = open();
    try {
      expect(await outcome(socket)).not.toBe('connected');
    } finally {
      socket.close();
    }
  });

  it('when a signed-in user connects, then events for that user reach the socket', async () => {
    const { client, user } = await registeredClient(platform.url, expertRegistration());
    const socket = open(client.sessionCookie());
    try {
      expect(await outcome(socket)).toBe('connected');
      const received = new Promise((resolve) => socket.once('notification', resolve));
      platform.realtime.emitToUser(user.id, 'notification', { hello: 'world' });
      expect(await received).toEqual({ hello: 'world' });
    } finally {
      socket.close();
    }
  });
});
