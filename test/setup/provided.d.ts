import 'vitest';

/** Values that test/setup/global-setup.ts provides to every test file (`inject('mongoUri')`). */
declare module 'vitest' {
  export interface ProvidedContext {
    /** A MongoDB without database name: use testMongoUri() for a database of the test file's own. */
    mongoUri: string;
    /** A Redis for the whole run, or '' when neither REDIS_URL nor redis-server is available. */
    redisUrl: string;
    /** A Meilisearch every test platform uses (with indexes of its own), or '' for the embedded engine. */
    meiliUrl: string;
    meiliKey: string;
  }
}
