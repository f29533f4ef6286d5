import { io as connect } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expertRegistration, registeredClient } from '@test/support/factories';
import { startTestPlatform, type TestPlatform } from '@test/support/platform';

/** Opens a socket with a signed-in user's cookie and the given Origin; tells how it ended. */
async function handshake(platform: TestPlatform, origin?: string): Promise<string> {
  const { client } = await registeredClient(platform.url, expertRegistration());
  const socket = connect(platform.url, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    extraHeaders: { cookie: client.sessionCookie(), ...(origin ? { origin } : {}) },
  });
  try {
    return await new Promise((resolve) => {
      socket.once('connect', () => resolve('connected'));
      socket.once('connect_error', (err) => resolve(`refused: ${err.message}`));
    });
  } finally {
    socket.close();
  }
}

describe('Socket.io Origin without PUBLIC_ORIGIN', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(async () => {
    await platform?.close();
  });

  it('when another site opens a socket with a valid session cookie, then the handshake is refused', async () => {
    expect(await handshake(platform, 'http://evil.example')).toMatch(/^refused/);
    expect(await handshake(platform, 'null')).toMatch(/^refused/);
  });

  it('when the page comes from the host the socket is opened on, then it connects', async () => {
    expect(await handshake(platform, platform.url)).toBe('connected');
    const { port } = new URL(platform.url);
    expect(await handshake(platform, `http://localhost:${port}`)).toMatch(/^refused/);
  });

  it('when a script sends no Origin, then its session cookie alone decides', async () => {
    expect(await handshake(platform)).toBe('connected');
  });
});

describe('Socket.io Origin with PUBLIC_ORIGIN', () => {
  const publicOrigin = 'http://experts.example.org';
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ PUBLIC_ORIGIN: publicOrigin });
  });
  afterAll(async () => {
    await platform?.close();
  });

  it('when PUBLIC_ORIGIN is set, then only pages of that origin connect', async () => {
    expect(await handshake(platform, publicOrigin)).toBe('connected');
    expect(await handshake(platform, platform.url)).toMatch(/^refused/);
    expect(await handshake(platform, 'https://experts.example.org')).toMatch(/^refused/);
    expect(await handshake(platform, 'http://evil.example')).toMatch(/^refused/);
    expect(await handshake(platform)).toBe('connected');
  });
});
