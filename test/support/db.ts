import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { inject } from 'vitest';
import { withDatabase } from '../../server/src/lib/db';
// Brings the inject() keys into every project that compiles this file (tsc -p server too).
import type {} from '../setup/provided';

let fileUri: string | undefined;

/**
 * The run's MongoDB with a database of this test file's own. Vitest evaluates modules anew for
 * each test file, so every call within one file returns the same uri.
 */
export function testMongoUri(): string {
  fileUri ??= withDatabase(inject('mongoUri'), uniqueDatabaseName());
  return fileUri;
}

function uniqueDatabaseName(): string {
  return `qs_test_${process.env.VITEST_POOL_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
}

export async function dropTestDatabase(uri: string): Promise<void> {
  const connection = await mongoose
    .createConnection(uri, { serverSelectionTimeoutMS: 5_000 })
    .asPromise();
  try {
    await connection.dropDatabase();
  } finally {
    await connection.close();
  }
}
