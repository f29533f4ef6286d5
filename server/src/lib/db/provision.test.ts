import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { provisionMongo, type ProvisionedMongo } from './index';

interface Note {
  key: string;
  text?: string;
}

const noteSchema = new mongoose.Schema<Note>({ key: { type: String, unique: true }, text: String });

describe('provisionMongo', () => {
  let dataDir: string;
  const started: ProvisionedMongo[] = [];

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'qs-provision-'));
  });

  afterEach(async () => {
    await Promise.all(started.splice(0).map((mongo) => mongo.stop()));
    await rm(dataDir, { recursive: true, force: true });
  });

  async function provision(persistent: boolean): Promise<ProvisionedMongo> {
    const mongo = await provisionMongo({ dataDir, persistent });
    started.push(mongo);
    return mongo;
  }

  async function withNotes<T>(
    uri: string,
    use: (notes: mongoose.Model<Note>) => Promise<T>,
  ): Promise<T> {
    const connection = await mongoose
      .createConnection(uri, { dbName: 'provision_test' })
      .asPromise();
    try {
      const notes = connection.model<Note>('Note', noteSchema);
      await notes.init();
      return await use(notes);
    } finally {
      await connection.close();
    }
  }

  it('when a uri is given, then it is used as is and nothing is started', async () => {
    const mongo = await provisionMongo({
      uri: 'mongodb://db.example:27017',
      dataDir,
      persistent: true,
    });

    expect(mongo).toMatchObject({ uri: 'mongodb://db.example:27017', source: 'uri' });
    await mongo.stop();
  });

  it('when persistent, then a document survives stop() and a new provisionMongo on the same dataDir', async () => {
    const first = await provision(true);
    expect(first.source).not.toBe('uri');
    expect(first.uri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+$/);
    await withNotes(first.uri, (notes) => notes.create({ key: 'kept', text: 'across restarts' }));
    await first.stop();

    const second = await provision(true);
    const found = await withNotes(second.uri, (notes) => notes.findOne({ key: 'kept' }).lean());

    expect(found?.text).toBe('across restarts');
  });

  it('when a unique index exists, then a duplicate insert fails with E11000', async () => {
    const mongo = await provision(false);

    const error = await withNotes(mongo.uri, async (notes) => {
      await notes.create({ key: 'same' });
      return notes.create({ key: 'same' }).catch((e: unknown) => e);
    });

    expect(error).toMatchObject({ code: 11000 });
    expect(String(error)).toContain('E11000');
  });

  it('when java is not on PATH, then the error tells how to use MONGODB_URI instead', async () => {
    const restore = setEnv({ PATH: dataDir, JAVA_HOME: undefined });
    try {
      await expect(provision(false)).rejects.toThrow(/needs java.*MONGODB_URI=mongodb:/s);
    } finally {
      restore();
    }
  });

  it('when MONGOMS_SYSTEM_BINARY is a mongod that never answers, then it falls back instead of waiting for it', async () => {
    const hanging = path.join(dataDir, 'mongod');
    // It never answers for longer than this test may take: only the fallback can pass it.
    await writeFile(hanging, '#!/bin/sh\nexec sleep 600\n');
    await chmod(hanging, 0o755);
    const restore = setEnv({ MONGOMS_SYSTEM_BINARY: hanging });
    try {
      const mongo = await provision(false);

      expect(mongo.source).toBe('java-server');
    } finally {
      restore();
    }
  });
});

/** Sets (or, with undefined, deletes) environment variables; returns a function that undoes it. */
function setEnv(values: Record<string, string | undefined>): () => void {
  const previous = Object.keys(values).map((name) => [name, process.env[name]] as const);
  const apply = (entries: (readonly [string, string | undefined])[]) => {
    for (const [name, value] of entries) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(Object.entries(values));
  return () => apply(previous);
}
