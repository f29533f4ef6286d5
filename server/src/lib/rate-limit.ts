import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

export interface LimiterOptions {
  keyPrefix: string;
  points: number;
  durationSeconds: number;
  blockSeconds?: number;
}

/** Limits live in Redis when there is one, so that several server processes share them. */
export function createLimiter(options: LimiterOptions, redis?: Redis): RateLimiterAbstract {
  const common = {
    keyPrefix: options.keyPrefix,
    points: options.points,
    duration: options.durationSeconds,
    blockDuration: options.blockSeconds ?? 0,
  };
  return redis
    ? new RateLimiterRedis({ ...common, storeClient: redis, useRedisPackage: false })
    : new RateLimiterMemory(common);
}

/** Seconds until `key` may act again, or 0 when it may act now. */
export async function secondsBlocked(limiter: RateLimiterAbstract, key: string): Promise<number> {
  const res = await limiter.get(key);
  if (!res || res.remainingPoints > 0) return 0;
  return Math.ceil(res.msBeforeNext / 1000);
}

/** Spends one point; answers the seconds to wait when the limit is now reached. */
export async function spend(limiter: RateLimiterAbstract, key: string): Promise<number> {
  try {
    await limiter.consume(key);
    return 0;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.ceil(rejection.msBeforeNext / 1000);
    throw rejection;
  }
}
