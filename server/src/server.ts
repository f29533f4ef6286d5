import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import { createApp } from './app';
import { loadConfig, type Config } from './config/env';
import { provisionMongo, type ProvisionedMongo } from './lib/db';
import { createLogger, type DestinationStream, type Logger } from './lib/logger';
import { createLimiter } from './lib/rate-limit';
import { createSearchEngine, type SearchEngine } from './lib/search';
import { createSession } from './lib/session';
import { loadSpecificity } from './lib/vocabulary';
import { ExpertIndexer } from './modules/experts';
import { createPassport, ensureAdmin, LoginThrottle, migrateMemberships } from './modules/auth';
import { refreshNameKeys } from './modules/organizations';
import { collaborationJobs } from './modules/collaborations';
import { meetingJobs } from './modules/meetings';
import { freshnessJobs } from './modules/experts';
import { invitationJobs } from './modules/invitations';
import { backfillAcceptedPairs } from './modules/invitation-store';
import { setClock } from './lib/clock';
import { startJobs } from './lib/jobs';
import { recordedEvents } from './lib/outbox';
import { eventJobs, wireSubscribers } from './subscribers';
import { changeLogJobs } from './lib/search-changes';
import { createMailer } from './modules/mail';
import { NeedIndexer } from './modules/needs';
import { ensureStatsDays, statsDaysSettled } from './modules/stats';
import { startVocabulary, vocabularyJobs } from './modules/vocabulary';
import { attachRealtime, type Realtime } from './realtime/socket';
import { isDatabaseEmpty, seedOnStart } from './seed/seed-demo';

export interface StartOptions {
  port?: number;
  mongodbUri?: string;
  dataDir?: string;
  /** A search engine to use instead of the configured one (tests wrap one to simulate outages). */
  search?: SearchEngine;
  /** Overrides of the environment, for tests and scripts. */
  env?: Record<string, string | undefined>;
  /** The clock of expiring codes and of the jobs (tests move it instead of waiting). */
  now?: () => Date;
  /** How often timed jobs run (invitation expiry, reminders); a minute by default. */
  jobIntervalMs?: number;
  /**
   * Records domain events without handling them, as a process that dies right after each write
   * would (requests that wait on their consequences fail); tests of recovery use it.
   */
  holdEvents?: boolean;
  /** How often a vocabulary stored by another process (or `npm run reindex`) is looked for; 5 s by default. */
  vocabularyRefreshMs?: number;
  /** How often the vocabulary is relearned when experts or needs changed; 10 minutes by default. */
  vocabularyRelearnMs?: number;
  /** Where logs go instead of stdout (tests read them). */
  logDestination?: DestinationStream;
}

/**
 * The search engine and its indexers, one per indexed collection. The embedded engine lives in
 * memory, so its indexes are rebuilt from MongoDB at start; Meilisearch keeps its indexes and only
 * receives what the outboxes hold, unless it is found empty: then every document is queued and
 * the indexers fill it in the background. An engine that is down does not stop the platform:
 * /readyz reports it and the indexers retry.
 */
async function startSearch(config: Config, logger: Logger, given?: SearchEngine) {
  const engine =
    given ??
    createSearchEngine({
      meiliUrl: config.meiliUrl,
      meiliKey: config.meiliMasterKey,
      meiliIndexPrefix: config.meiliIndexPrefix,
    });
  const indexers = [new ExpertIndexer(engine, logger), new NeedIndexer(engine, logger)] as const;
  try {
    await engine.init();
    for (const indexer of indexers) {
      if (!engine.persistent) await buildAtStart(indexer, logger);
      else if ((await engine.count(indexer.index)) === 0) {
        const queued = await indexer.queueAll();
        if (queued > 0)
          logger.info({ index: indexer.index, queued }, 'search index empty; refilling');
      }
    }
  } catch (err) {
    logger.error({ err, engine: engine.name }, 'search engine not ready; the indexers will retry');
  }
  for (const indexer of indexers) indexer.start();
  const [indexer, needIndexer] = indexers;
  return {
    engine,
    indexer,
    needIndexer,
    stop: async () => {
      await Promise.all(indexers.map((each) => each.stop()));
      await engine.close();
    },
  };
}

async function buildAtStart(indexer: ExpertIndexer | NeedIndexer, logger: Logger) {
  const { index } = indexer;
  const started = Date.now();
  let reported = 0;
  const count = await indexer.rebuild((done, total) => {
    // A line per tenth: large databases take seconds to index, small ones say nothing extra.
    if (total >= 10_000 && done - reported >= total / 10) {
      reported = done;
      logger.info({ index, done, total }, 'building the search index');
    }
  });
  logger.info({ index, count, ms: Date.now() - started }, 'search index built');
}

/** Idempotent data upgrades, run before the platform serves anyone. */
async function migrateData(logger: Logger): Promise<void> {
  const names = await refreshNameKeys();
  if (names.updated) logger.info({ updated: names.updated }, 'organization name keys refreshed');
  if (names.clashes.length)
    logger.warn({ organizations: names.clashes }, 'organizations now share a name; merge them');
  const members = await migrateMemberships();
  if (members) logger.info({ members }, 'memberships recorded for existing accounts');
  const pairs = await backfillAcceptedPairs();
  if (pairs) logger.info({ pairs }, 'accepted invitations recorded for contact checks');
}

export interface RunningPlatform {
  url: string;
  config: Config;
  logger: Logger;
  httpServer: HttpServer;
  realtime: Realtime;
  /** `indexer` drains the experts' outbox, `needIndexer` the needs' */
  search: { engine: SearchEngine; indexer: ExpertIndexer; needIndexer: NeedIndexer };
  close(): Promise<void>;
}

const DEFAULT_DB = 'qs';
/** How long a shutdown waits for requests in flight (a proxy's timeout is usually longer). */
const SHUTDOWN_GRACE_MS = 10_000;

/** A URI without a database path gets the platform's default database. */
function databaseName(uri: string): string | undefined {
  const match = /^mongodb(?:\+srv)?:\/\/[^/]+\/([^?]+)/.exec(uri);
  return match?.[1] ? undefined : DEFAULT_DB;
}

export async function connectDatabase(
  config: Config,
  log: (msg: string) => void,
): Promise<ProvisionedMongo> {
  const mongo = await provisionMongo({
    uri: config.mongodbUri,
    dataDir: config.dataDir,
    persistent: true,
    log,
  });
  const dbName = databaseName(mongo.uri);
  await mongoose.connect(mongo.uri, {
    ...(dbName ? { dbName } : {}),
    serverSelectionTimeoutMS: 10_000,
    // Collections appear with their first index or write; explicit creation of existing ones
    // only makes the embedded server log an error at every restart.
    autoCreate: false,
    // Built below, once connected: mongoose's own build starts before a reconnect completes.
    autoIndex: false,
  });
  // Unique indexes must exist before the first write relies on them.
  await Promise.all(Object.values(mongoose.models).map((model) => model.createIndexes()));
  return mongo;
}

/** Starts database, HTTP and Socket.io; `close()` stops them in reverse order. */
export async function startPlatform(options: StartOptions = {}): Promise<RunningPlatform> {
  const config = loadConfig({
    ...process.env,
    ...options.env,
    ...(options.port !== undefined ? { PORT: String(options.port) } : {}),
    ...(options.mongodbUri ? { MONGODB_URI: options.mongodbUri } : {}),
    ...(options.dataDir ? { DATA_DIR: options.dataDir } : {}),
  });
  const logger = createLogger(config.logLevel, options.logDestination);
  // The word table of skill inference, read while the database connects; awaited before listening.
  const wordTable = loadSpecificity();
  wordTable.catch(() => undefined);
  const mongo = await connectDatabase(config, (msg) => logger.info(msg));
  logger.info({ source: mongo.source }, 'database connected');
  await migrateData(logger);

  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2 })
    : undefined;
  const session = createSession({
    client: mongoose.connection.getClient(),
    secret: config.sessionSecret,
    secure: config.secureCookies,
  });
  const passport = createPassport();
  // A person types a few messages a minute; this only stops floods and runaway clients.
  const messageLimiter = createLimiter(
    { keyPrefix: 'messages', points: 30, durationSeconds: 10 },
    redis,
  );
  // Spent before the code is mailed: each claim mails someone, so floods must not.
  const claimLimiter = createLimiter(
    { keyPrefix: 'expert-claims', points: 5, durationSeconds: 3600 },
    redis,
  );
  // Each interest notifies an organization: enough for a keen expert, not for a spammer.
  const interestLimiter = createLimiter(
    { keyPrefix: 'interests', points: 20, durationSeconds: 3600 },
    redis,
  );
  // Reading a text costs the embedding model a few ms of CPU: typing a need (debounced) asks a
  // few times a second at most, and a script checking a few hundred needs passes; a client
  // asking ten times a second for a minute is flooding.
  const suggestLimiter = createLimiter(
    { keyPrefix: 'suggest', points: 600, durationSeconds: 60 },
    redis,
  );
  // Each invitation notifies an expert: a batch of a hundred passes, a flood does not.
  const invitationLimiter = createLimiter(
    { keyPrefix: 'invitations', points: 100, durationSeconds: 600 },
    redis,
  );
  const mail = createMailer({ ...config.mail, logger });
  const now = options.now ?? (() => new Date());
  setClock(now);
  recordedEvents.onError = (err, event, subscriber) =>
    logger.error({ err, event, subscriber }, 'event subscriber failed; it will be retried');
  recordedEvents.hold(options.holdEvents ?? false);
  const unwire = wireSubscribers({ mail, logger });
  const search = await startSearch(config, logger, options.search);
  const app = createApp({
    search: search.engine,
    config,
    logger,
    session: session.middleware,
    endSessionsOf: session.endSessionsOf,
    passport,
    throttle: new LoginThrottle(redis),
    messageLimiter,
    claimLimiter,
    interestLimiter,
    invitationLimiter,
    suggestLimiter,
    mail,
    now,
    readiness: [
      {
        name: 'database',
        check: async () => {
          await mongoose.connection.db?.admin().ping();
          return { ok: mongoose.connection.readyState === mongoose.ConnectionStates.connected };
        },
      },
      { name: 'search', check: () => search.engine.health() },
      ...(redis
        ? [{ name: 'redis', check: async () => ({ ok: (await redis.ping()) === 'PONG' }) }]
        : []),
    ],
  });

  if (config.admin) {
    const outcome = await ensureAdmin(config.admin.email, config.admin.password);
    if (outcome === 'email-taken')
      logger.warn('ADMIN_EMAIL belongs to a non-admin account; no admin created');
    else if (outcome === 'created')
      logger.info({ email: config.admin.email }, 'admin account created');
  }
  // After the env admin, so that the demo admin never stands in its way.
  if (config.seedDemo && (await isDatabaseEmpty())) await seedOnStart(logger);
  // After seeding: the demo's experts and catalogue are what a fresh platform learns from.
  const vocabulary = await startVocabulary(logger, options.vocabularyRefreshMs);
  await wordTable;
  // After seeding too; and before the first request, which would otherwise wait for it.
  await ensureStatsDays({ counts: true });

  const httpServer = createServer(app);
  const realtime = attachRealtime(httpServer, {
    session: session.middleware,
    sessionUsers: session.usersOf,
    passport,
    redis,
    logger,
    messageLimiter,
    publicOrigin: config.publicOrigin,
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  logger.info({ port, url, env: config.nodeEnv }, 'listening');
  const jobEveryMs = options.jobIntervalMs ?? 60_000;
  // Recorded events are handled as they are written; the sweep only mends, so it runs often.
  const jobs = startJobs(
    [
      ...invitationJobs(jobEveryMs),
      ...collaborationJobs(jobEveryMs),
      ...meetingJobs(jobEveryMs),
      ...freshnessJobs(jobEveryMs, { mail, logger }),
      ...eventJobs(Math.min(jobEveryMs, 5_000)),
      ...changeLogJobs(60 * 60_000),
      ...vocabularyJobs(options.vocabularyRelearnMs ?? 10 * 60_000, logger),
    ],
    {
      now,
      onError: (err, job) => logger.error({ err, job }, 'job failed'),
    },
  );

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      // No new connections; requests in flight are answered (idle keep-alive connections close
      // at once), and only one still going after the grace period is cut.
      const drained = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      const cut = setTimeout(() => httpServer.closeAllConnections(), SHUTDOWN_GRACE_MS);
      await jobs.stop();
      vocabulary.stop();
      await realtime.close();
      await drained;
      clearTimeout(cut);
      await search.stop();
      // After the last request: one still dispatching needs every subscriber.
      unwire();
      await statsDaysSettled();
      await session.close();
      mail.close();
      await mongoose.disconnect();
      await redis?.quit();
      await mongo.stop();
    })());

  return { url, config, logger, httpServer, realtime, search, close };
}
