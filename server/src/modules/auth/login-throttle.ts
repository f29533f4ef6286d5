import type { Redis } from 'ioredis';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimitedError } from '../../lib/errors';
import { createLimiter } from '../../lib/rate-limit';

const FIFTEEN_MINUTES = 15 * 60;
const HOUR = 60 * 60;
/** Guesses at one account from one address: tight, and blocked for a while once spent. */
const PAIR_ATTEMPTS = 5;
/** Guesses from one address at any accounts. */
const ADDRESS_ATTEMPTS = 100;
/** Guesses at one account from anywhere before it slows down (never locks). */
const ACCOUNT_ATTEMPTS = 50;
const MAX_DELAY_SECONDS = 60;

/** What a caller holds between the check and the verdict. */
export interface LoginAttempt {
  /** The password was right: what it spent comes back. */
  succeeded(): Promise<void>;
}

/** A limiter's refusal as the API's 429; anything else (Redis down) is not a refusal. */
function refused(rejection: unknown): never {
  if (rejection instanceof RateLimiterRes)
    throw new RateLimitedError(rejection.msBeforeNext / 1000);
  throw rejection;
}

/** Seconds between guesses once an account is past its hourly budget: 1 s doubling to a minute. */
export function accountDelaySeconds(overBudget: number): number {
  return Math.min(MAX_DELAY_SECONDS, 2 ** Math.floor(overBudget / 5));
}

/**
 * Login attempts spend their points before the password is checked, so that a burst of
 * concurrent guesses is limited like guesses one by one. The tight limit is per (account,
 * address): failures from one address never lock the owner out at another. The account-wide
 * limit is far above it and only spaces guesses out, so nobody can lock an account for long.
 */
export class LoginThrottle {
  private readonly byPair: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;
  private readonly byAccount: RateLimiterAbstract;
  private readonly accountGate: RateLimiterAbstract;

  constructor(redis?: Redis) {
    this.byPair = createLimiter(
      {
        keyPrefix: 'login:pair',
        points: PAIR_ATTEMPTS,
        durationSeconds: FIFTEEN_MINUTES,
        blockSeconds: FIFTEEN_MINUTES,
      },
      redis,
    );
    this.byAddress = createLimiter(
      {
        keyPrefix: 'login:ip',
        points: ADDRESS_ATTEMPTS,
        durationSeconds: FIFTEEN_MINUTES,
        blockSeconds: FIFTEEN_MINUTES,
      },
      redis,
    );
    this.byAccount = createLimiter(
      { keyPrefix: 'login:account', points: ACCOUNT_ATTEMPTS, durationSeconds: HOUR },
      redis,
    );
    this.accountGate = createLimiter(
      { keyPrefix: 'login:account-gate', points: 1, durationSeconds: MAX_DELAY_SECONDS },
      redis,
    );
  }

  /** Spends one attempt for (email, ip) or throws 429; every refusal refunds what it spent. */
  async begin(email: string, ip: string): Promise<LoginAttempt> {
    const pair = `${email}|${ip}`;
    await this.byPair.consume(pair).catch(refused);
    try {
      await this.byAddress.consume(ip);
    } catch (rejection) {
      await this.byPair.reward(pair);
      refused(rejection);
    }
    try {
      await this.byAccount.consume(email);
    } catch (overBudget) {
      if (!(overBudget instanceof RateLimiterRes)) throw overBudget;
      const delay = accountDelaySeconds(overBudget.consumedPoints - ACCOUNT_ATTEMPTS);
      try {
        await this.accountGate.consume(email, 1, { customDuration: delay });
      } catch (rejection) {
        await Promise.all([
          this.byPair.reward(pair),
          this.byAddress.reward(ip),
          this.byAccount.reward(email),
        ]);
        refused(rejection);
      }
    }
    return {
      succeeded: async () => {
        await Promise.all([
          this.byPair.delete(pair),
          this.byAddress.reward(ip),
          this.byAccount.reward(email),
        ]);
      },
    };
  }
}
