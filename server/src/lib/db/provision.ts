import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { startJavaServer } from './java-server';
import { startMemoryServer } from './memory-server';

export type MongoSource = 'uri' | 'memory-server' | 'java-server';

export interface ProvisionedMongo {
  /** Without a database name: append one (`withDatabase`) or pass `dbName` to mongoose. */
  uri: string;
  source: MongoSource;
  stop(): Promise<void>;
}

export interface ProvisionOptions {
  /** MONGODB_URI when set: used as is, nothing started. */
  uri?: string;
  /** Persistent mode keeps its data in `${dataDir}/mongo/`. */
  dataDir: string;
  /** false: in-memory (tests). */
  persistent: boolean;
  /** Progress messages, such as the first-run Maven build. */
  log?: (msg: string) => void;
}

/**
 * A MongoDB to connect to, in this order: `uri`; a real mongod through mongodb-memory-server
 * when one is already on this machine; mongo-java-server (tools/mongo-java-server).
 */
export async function provisionMongo(opts: ProvisionOptions): Promise<ProvisionedMongo> {
  const log = opts.log ?? (() => undefined);
  if (opts.uri) return { uri: opts.uri, source: 'uri', stop: async () => undefined };
  const mongoDir = path.join(opts.dataDir, 'mongo');
  if (opts.persistent) await mkdir(mongoDir, { recursive: true });

  const mongod = await startMemoryServer(
    opts.persistent ? path.join(mongoDir, 'mongod') : undefined,
    log,
  );
  if (mongod !== undefined) {
    log(`MongoDB: mongod through mongodb-memory-server at ${mongod.uri}`);
    return { ...mongod, source: 'memory-server' };
  }
  const h2File = opts.persistent ? path.join(mongoDir, 'data.mv') : undefined;
  const java = await startJavaServer(h2File, log);
  log(`MongoDB: mongo-java-server (${h2File ?? 'in memory'}) at ${java.uri}`);
  return { ...java, source: 'java-server' };
}
