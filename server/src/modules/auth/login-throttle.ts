import type { Redis } from 'ioredis';
import { RateLimitedError } from '../../lib/errors';
import { createLimiter, secondsBlocked, spend } from '../../lib/rate-limit';

const FIFTEEN_MINUTES = 15 * 60;

/** Failed logins are counted per account and per client address; either limit blocks. */
export class LoginThrottle {
  private readonly byAccount;
  private readonly byIp;

  constructor(redis?: Redis) {
    this.byAccount = createLimiter(
      {
        keyPrefix: 'login:account',
        points: 5,
        durationSeconds: FIFTEEN_MINUTES,
        blockSeconds: FIFTEEN_MINUTES,
      },
      redis,
    );
    this.byIp = createLimiter(
      {
        keyPrefix: 'login:ip',
        points: 100,
        durationSeconds: FIFTEEN_MINUTES,
        blockSeconds: FIFTEEN_MINUTES,
      },
      redis,
    );
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const wait = Math.max(
      await secondsBlocked(this.byAccount, email),
      await secondsBlocked(this.byIp, ip),
    );
    if (wait > 0) throw new RateLimitedError(wait);
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const wait = Math.max(await spend(this.byAccount, email), await spend(this.byIp, ip));
    if (wait > 0) throw new RateLimitedError(wait);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byAccount.delete(email);
  }
}
