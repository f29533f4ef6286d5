import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATA_DIR: z.string().default('./data'),
    MONGODB_URI: optionalString,
    MEILI_URL: optionalString,
    MEILI_MASTER_KEY: optionalString,
    REDIS_URL: optionalString,
    SESSION_SECRET: optionalString,
    ADMIN_EMAIL: optionalString,
    ADMIN_PASSWORD: optionalString,
    PUBLIC_ORIGIN: optionalString.pipe(z.url().optional()),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  })
  .superRefine((env, ctx) => {
    if ((env.ADMIN_EMAIL === undefined) !== (env.ADMIN_PASSWORD === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['ADMIN_PASSWORD'],
        message: 'ADMIN_EMAIL and ADMIN_PASSWORD go together',
      });
    }
    if (env.ADMIN_PASSWORD !== undefined && env.ADMIN_PASSWORD.length < 10) {
      ctx.addIssue({
        code: 'custom',
        path: ['ADMIN_PASSWORD'],
        message: 'must be at least 10 characters',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export interface Config {
  nodeEnv: Env['NODE_ENV'];
  port: number;
  host: string;
  dataDir: string;
  mongodbUri: string | undefined;
  meiliUrl: string | undefined;
  meiliMasterKey: string | undefined;
  redisUrl: string | undefined;
  sessionSecret: string;
  admin: { email: string; password: string } | undefined;
  publicOrigin: string | undefined;
  /** Cookies get `Secure` when the public origin is HTTPS. */
  secureCookies: boolean;
  logLevel: Env['LOG_LEVEL'];
  seedDemo: boolean;
  /** Worth logging at start, once there is a logger. */
  warnings: string[];
}

export class ConfigError extends Error {}

const SECRET_FILE = 'session-secret';

/** The only reader of process.env: parses it once and fails fast with every problem named. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const env = parsed.data;
  const dataDir = path.resolve(env.DATA_DIR);
  const warnings: string[] = [];
  // A database of its own suggests several processes; each generating a secret of its own
  // would reject the sessions the others signed.
  if (env.NODE_ENV === 'production' && env.MONGODB_URI && !env.SESSION_SECRET) {
    warnings.push(
      `SESSION_SECRET is not set: using the secret generated in ${path.join(dataDir, SECRET_FILE)}. ` +
        'Processes that share this database must share one SESSION_SECRET.',
    );
  }
  return {
    nodeEnv: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    dataDir,
    mongodbUri: env.MONGODB_URI,
    meiliUrl: env.MEILI_URL,
    meiliMasterKey: env.MEILI_MASTER_KEY,
    redisUrl: env.REDIS_URL,
    sessionSecret: env.SESSION_SECRET ?? persistentSecret(dataDir),
    admin:
      env.ADMIN_EMAIL && env.ADMIN_PASSWORD
        ? { email: env.ADMIN_EMAIL.toLowerCase(), password: env.ADMIN_PASSWORD }
        : undefined,
    publicOrigin: env.PUBLIC_ORIGIN,
    secureCookies: env.PUBLIC_ORIGIN?.startsWith('https:') ?? false,
    logLevel: env.LOG_LEVEL,
    seedDemo: env.SEED_DEMO === 'auto',
    warnings,
  };
}

/** Without SESSION_SECRET: generated on first start and kept, so sessions survive restarts. */
function persistentSecret(dataDir: string): string {
  const file = path.join(dataDir, SECRET_FILE);
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString('hex');
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
