import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testMongoUri } from '@test/support/db';
import { ReplaceTolerantMongoStore } from './session';

let store: ReplaceTolerantMongoStore;
beforeAll(async () => {
  await mongoose.connect(testMongoUri());
  store = new ReplaceTolerantMongoStore({ client: mongoose.connection.getClient(), ttl: 60 });
});
afterAll(async () => {
  await mongoose.disconnect();
});

const touch = (sid: string) =>
  new Promise<unknown>((resolve) => {
    store.touch(sid, { cookie: { originalMaxAge: 60_000 } } as never, (err) => resolve(err));
  });

describe('session store', () => {
  it('when a request touches a session that a concurrent login replaced, then it is not an error', async () => {
    expect(await touch('a-session-that-was-replaced')).toBeFalsy();
  });

  it('when a stored session is touched, then its expiry moves on', async () => {
    await new Promise<void>((resolve, reject) =>
      store.set('live', { cookie: { originalMaxAge: 60_000 } } as never, (err) =>
        err ? reject(err) : resolve(),
      ),
    );
    const before = await mongoose.connection
      .collection('sessions')
      .findOne({ _id: 'live' as never });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await touch('live')).toBeFalsy();
    const after = await mongoose.connection
      .collection('sessions')
      .findOne({ _id: 'live' as never });
    expect((after?.expires as Date).getTime()).toBeGreaterThan((before?.expires as Date).getTime());
  });
});
