import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';

import { pinoHttp } from 'pino-http';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from './config/env';
import { ApiRouter } from './lib/http/api-router';
import { requireJsonOrMultipart } from './lib/http/content-type';
import { csrfProtection } from './lib/http/csrf';
import { errorHandler, notFoundHandler } from './lib/http/error-handler';
import { createOpenApiRegistry, openApiRouter } from './lib/http/openapi';
import type { Logger } from './lib/logger';
import type { SearchEngine } from './lib/search';
import { registerAdminRoutes } from './modules/admin';
import { registerCollaborationRoutes } from './modules/collaborations';
import { registerMeetingRoutes } from './modules/meetings';
import {
  findUserById,
  linkExpertProfile,
  registerAuthRoutes,
  registerMembershipRoutes,
  type LoginThrottle,
  type PassportInstance,
} from './modules/auth';
import {
  openProfileForUser,
  registerExpertClaimRoutes,
  registerExpertImportRoutes,
  registerExpertReviewRoutes,
  registerExpertRoutes,
  registerFreshnessRoutes,
} from './modules/experts';
import { registerInvitationQuestionRoutes, registerInvitationRoutes } from './modules/invitations';
import { registerMailRoutes, type Mailer } from './modules/mail';
import { registerConflictRoutes, registerMatchingRoutes } from './modules/matching';
import { registerCreditRoutes } from './modules/credit';
import { registerNeedRoutes } from './modules/needs';
import { admitsCallingExpert, registerInterestRoutes } from './modules/interests';
import { registerMessagingRoutes } from './modules/messaging';
import { registerNotificationRoutes } from './modules/notifications';
import { registerOrganizationRoutes } from './modules/organizations';
import { registerPoolRuleRoutes } from './modules/pool-rules';
import { registerStatsRoutes } from './modules/stats';
import { registerTaxonomyRoutes } from './modules/taxonomy';
import { relearnVocabularyIfStale } from './modules/vocabulary';
import { CLIENT_DIST_DIR } from './paths';

export const API_BASE = '/api/v1';

export interface ReadinessCheck {
  name: string;
  check(): Promise<{ ok: boolean; detail?: string }>;
}

export interface AppDeps {
  config: Config;
  logger: Logger;
  session: RequestHandler;
  /** Ends every session of an account (disabled, role changed, password reset). */
  endSessionsOf(userId: string): Promise<string[]>;
  passport: PassportInstance;
  throttle: LoginThrottle;
  /** messages per user, shared with the Socket.io layer */
  messageLimiter: RateLimiterAbstract;
  /** profile claims per user: each one may mail a code */
  claimLimiter: RateLimiterAbstract;
  /** interests an expert expresses in needs: each one notifies an organization */
  interestLimiter: RateLimiterAbstract;
  /** spent by each invitation an enterprise or the bureau sends */
  invitationLimiter: RateLimiterAbstract;
  /** live skill suggestions per user: each reads a text with the embedding model */
  suggestLimiter: RateLimiterAbstract;
  mail: Mailer;
  /** the clock of expiring codes */
  now: () => Date;
  readiness: ReadinessCheck[];
  search: SearchEngine;
  /** The built client; defaults to client/dist beside the server. */
  clientDist?: string;
}

/** The whole HTTP application, without listening. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  if (deps.config.publicOrigin) app.set('trust proxy', 1);

  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const id =
          (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' },
    }),
  );
  app.use(helmet());
  app.use(API_BASE, requireJsonOrMultipart);
  app.use(express.json({ limit: '1mb' }));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const results = await Promise.all(
      deps.readiness.map(async (r) => {
        const result = await r.check().catch((err: Error) => ({ ok: false, detail: err.message }));
        return [r.name, result] as const;
      }),
    );
    const failing = results.filter(([, r]) => !r.ok).map(([name]) => name);
    res.status(failing.length ? 503 : 200).json({
      status: failing.length ? 'unavailable' : 'ready',
      ...(failing.length ? { failing } : {}),
      checks: Object.fromEntries(results),
    });
  });

  const registry = createOpenApiRegistry();
  app.use(openApiRouter(registry));

  const api = new ApiRouter(registry, API_BASE);
  registerAuthRoutes(api, {
    passport: deps.passport,
    throttle: deps.throttle,
    now: deps.now,
    onRegistered: async (user) => {
      if (user.role === 'expert') await linkExpertProfile(user.id, await openProfileForUser(user));
    },
  });
  registerMembershipRoutes(api);
  registerAdminRoutes(api, {
    mail: deps.mail,
    now: deps.now,
    endSessionsOf: deps.endSessionsOf,
    publicOrigin: deps.config.publicOrigin,
  });
  registerTaxonomyRoutes(api, { limiter: deps.suggestLimiter });
  registerOrganizationRoutes(api);
  registerExpertRoutes(api, { search: deps.search });
  registerExpertClaimRoutes(api, {
    mail: deps.mail,
    limiter: deps.claimLimiter,
    secret: deps.config.sessionSecret,
    now: deps.now,
    search: deps.search,
    logger: deps.logger,
  });
  registerExpertImportRoutes(api, {
    afterImport: async () => {
      // The import is written: a failed learning is left to the relearn job, not the importer.
      await relearnVocabularyIfStale().catch((err: unknown) =>
        deps.logger.warn({ err }, 'skill vocabulary relearning after an import failed'),
      );
    },
  });
  registerExpertReviewRoutes(api, {
    userNames: async (ids) => {
      const users = await Promise.all(ids.map((id) => findUserById(id)));
      return new Map(users.flatMap((user) => (user ? [[user._id.toString(), user.name]] : [])));
    },
  });
  registerMailRoutes(api, { mail: deps.mail });
  registerInterestRoutes(api, { limiter: deps.interestLimiter });
  registerNeedRoutes(api, { search: deps.search, admitsExpert: admitsCallingExpert });
  registerInvitationRoutes(api, { limiter: deps.invitationLimiter });
  registerInvitationQuestionRoutes(api);
  registerCollaborationRoutes(api);
  registerMeetingRoutes(api);
  registerNotificationRoutes(api);
  registerMessagingRoutes(api, { limiter: deps.messageLimiter });
  registerStatsRoutes(api);
  registerMatchingRoutes(api, { search: deps.search });
  registerPoolRuleRoutes(api);
  registerFreshnessRoutes(api, { mail: deps.mail, logger: deps.logger });
  registerCreditRoutes(api);
  registerConflictRoutes(api);

  app.use(
    API_BASE,
    deps.session,
    deps.passport.initialize(),
    deps.passport.session(),
    csrfProtection,
    api.router,
  );
  app.use(API_BASE, notFoundHandler);
  serveClient(app, deps.clientDist ?? CLIENT_DIST_DIR);
  app.use(notFoundHandler);
  app.use(errorHandler(deps.logger));
  return app;
}

/** The built single-page client, with index.html for every client-side route. */
function serveClient(app: Express, dist: string): void {
  const index = path.join(dist, 'index.html');
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!api\/|socket\.io\/|healthz|readyz).*/, (_req, res) => {
    if (existsSync(index)) res.sendFile(index);
    else res.status(503).type('text').send('The client is not built yet: run `npm run build`.');
  });
}
