import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { promisify } from 'node:util';
import { DryMongoBinary, MongoMemoryServer } from 'mongodb-memory-server-core';
import { findOnPath } from './executables';

/** A working mongod answers and starts within a second or two; past these, fall back. */
const PROBE_TIMEOUT_MS = 3_000;
const START_TIMEOUT_MS = 5_000;
const MONGOD_VERSION = /db version v?(\d+\.\d+\.\d+)/;

export interface StartedMongo {
  uri: string;
  stop(): Promise<void>;
}

/**
 * A real mongod through mongodb-memory-server, or undefined when there is none on this machine.
 * Never lets the library download one: machines without internet would hang on it.
 */
export async function startMemoryServer(
  dbPath: string | undefined,
  log: (msg: string) => void,
): Promise<StartedMongo | undefined> {
  const binary = await findMongod(log);
  if (binary === undefined) return undefined;
  // The library checks the version with a blocking spawnSync that no timer can interrupt.
  const version = await probeVersion(binary, log);
  if (version === undefined) return undefined;
  if (dbPath !== undefined) await mkdir(dbPath, { recursive: true });
  const server = new MongoMemoryServer({
    binary: { systemBinary: binary, version },
    instance: {
      ip: '127.0.0.1',
      launchTimeout: START_TIMEOUT_MS,
      ...(dbPath === undefined ? {} : { dbPath, storageEngine: 'wiredTiger' as const }),
    },
  });
  try {
    await withTimeout(
      server.start(),
      START_TIMEOUT_MS,
      `mongod did not start within ${START_TIMEOUT_MS} ms`,
    );
  } catch (error) {
    log(`mongodb-memory-server could not start ${binary} (${errorMessage(error)}); falling back`);
    await server.stop().catch(() => undefined);
    return undefined;
  }
  return {
    uri: server.getUri().replace(/\/$/, ''),
    stop: async () => {
      await server.stop();
    },
  };
}

/** MONGOMS_SYSTEM_BINARY, else a binary already in the library's cache, else `mongod` on PATH. */
async function findMongod(log: (msg: string) => void): Promise<string | undefined> {
  try {
    const located = await DryMongoBinary.locateBinary(DryMongoBinary.getEnsuredOptions());
    if (located !== undefined) return located;
  } catch (error) {
    log(`mongodb-memory-server: ${errorMessage(error)}`);
  }
  return findOnPath('mongod');
}

async function probeVersion(
  binary: string,
  log: (msg: string) => void,
): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)(binary, ['--version'], {
      timeout: PROBE_TIMEOUT_MS,
    });
    const version = MONGOD_VERSION.exec(stdout)?.[1];
    if (version === undefined)
      log(`mongodb-memory-server: ${binary} --version gave no version; falling back`);
    return version;
  } catch (error) {
    const timedOut = (error as { killed?: boolean }).killed === true;
    log(
      `mongodb-memory-server: ${binary} --version ${timedOut ? 'did not answer' : 'failed'}; falling back`,
    );
    return undefined;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
