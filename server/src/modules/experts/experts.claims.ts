import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { Types } from 'mongoose';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Actor, ExpertDto } from '@qs/shared';
import { recordAudit } from '../../lib/audit';
import { authorize } from '../../lib/authorize';
import {
  ConflictError,
  NotFoundError,
  RateLimitedError,
  ValidationError,
  detail,
} from '../../lib/errors';
import { domainEvents } from '../../lib/events';
import { isDuplicateKey } from '../../lib/insert-once';
import type { Lang } from '../../lib/language';
import type { Logger } from '../../lib/logger';
import { spend } from '../../lib/rate-limit';
import type { SearchEngine } from '../../lib/search';
import { SKIP_OUTBOX } from '../../lib/search-outbox';
import { findUserByEmail, linkExpertProfile } from '../auth';
import type { Mailer } from '../mail';
import { ExpertClaimModel, type ExpertClaimRecord } from './claim.model';
import { ExpertModel, type ExpertRecord } from './expert.model';
import { presentExpert } from './experts.presenter';

export const CLAIM_CODE_MINUTES = 15;
export const CLAIM_CODE_TRIES = 5;

export interface ClaimDeps {
  mail: Mailer;
  /** claim requests per account */
  limiter: RateLimiterAbstract;
  /** the server's secret, from which the key of the codes' HMAC is derived */
  secret: string;
  now: () => Date;
  search: SearchEngine;
  logger: Logger;
}

// userId is not part of the search documents: linking needs no reindexing.
const outsideSearch = { [SKIP_OUTBOX]: true } as Record<string, unknown>;

const wrongCode = () =>
  new ValidationError({
    key: 'claim_code_wrong',
    details: [detail('code', 'code_wrong')],
  });

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

function ownProfile(userId: Types.ObjectId): Promise<ExpertRecord | null> {
  return ExpertModel.findOne({ userId }).lean<ExpertRecord>();
}

/** Whether the actor may claim a profile: an expert whose own profile is still empty, or none. */
export async function authorizeClaim(actor: Actor): Promise<void> {
  const own = await ownProfile(new Types.ObjectId(actor.id));
  authorize(actor, 'experts:claim', { ownProfileStatus: own?.verification.status });
}

/** Proving control of an imported profile's contact email, and the bureau's link by hand. */
export function createExpertClaims(deps: ClaimDeps) {
  // A key of its own, so that a stolen database alone does not give the codes away.
  const key = createHmac('sha256', deps.secret).update('expert-claim-codes').digest();
  const hashCode = (userId: Types.ObjectId, expertId: Types.ObjectId, code: string) =>
    createHmac('sha256', key).update(`${userId}:${expertId}:${code}`).digest('hex');

  /**
   * Gives the account the profile in place of its own empty one. Without transactions: the empty
   * profile is detached first (a unique index allows one profile per account), put back when the
   * link fails, and deleted once the link holds.
   */
  async function attachProfile(expertId: Types.ObjectId, userId: Types.ObjectId) {
    const own = await ownProfile(userId);
    if (own && own.verification.status !== 'incomplete')
      throw new ConflictError({ key: 'claim_profile_submitted' });
    if (own) {
      const detached = await ExpertModel.updateOne(
        { _id: own._id, userId, 'verification.status': 'incomplete' },
        { $unset: { userId: 1 } },
        outsideSearch,
      );
      if (detached.modifiedCount === 0) throw new ConflictError({ key: 'claim_profile_changed' });
    }
    const linked = await ExpertModel.findOneAndUpdate(
      { _id: expertId, userId: { $exists: false } },
      { $set: { userId } },
      { returnDocument: 'after', ...outsideSearch },
    )
      .lean<ExpertRecord>()
      .catch((err: unknown) => {
        if (isDuplicateKey(err)) return null;
        throw err;
      });
    if (!linked) {
      if (own) await ExpertModel.updateOne({ _id: own._id }, { $set: { userId } }, outsideSearch);
      throw new ConflictError({ key: 'profile_already_linked' });
    }
    await linkExpertProfile(userId.toString(), expertId.toString());
    if (own) {
      await ExpertModel.deleteOne({ _id: own._id });
      await deps.search
        .deleteExperts([own._id.toString()])
        .catch((err: unknown) =>
          deps.logger.warn({ err }, 'search engine failed; a replaced empty profile stays indexed'),
        );
    }
    domainEvents.emit('expert.claimed', { expertId: expertId.toString() });
    return { expert: linked, replaced: own?._id.toString() };
  }

  return {
    /**
     * Mails a one-time code when an unclaimed profile has this contact email. The answer is the
     * same either way, and takes as long: the mail is not awaited.
     */
    async request(actor: Actor, email: string, language: Lang): Promise<void> {
      const userId = new Types.ObjectId(actor.id);
      const wait = await spend(deps.limiter, actor.id);
      if (wait > 0) throw new RateLimitedError(wait);

      const target = await ExpertModel.findOne(
        { 'contact.email': email, userId: { $exists: false } },
        { contact: 1 },
      ).lean<Pick<ExpertRecord, '_id' | 'contact'>>();
      const to = target?.contact.email;
      if (!target || !to) {
        await ExpertClaimModel.deleteOne({ userId });
        return;
      }
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const now = deps.now();
      const write = () =>
        ExpertClaimModel.updateOne(
          { userId },
          {
            $set: {
              expertId: target._id,
              codeHash: hashCode(userId, target._id, code),
              attempts: 0,
              expiresAt: new Date(now.getTime() + CLAIM_CODE_MINUTES * 60_000),
              createdAt: now,
            },
          },
          { upsert: true },
        );
      // Two requests at once may both try to insert; the second then updates.
      await write().catch((err: unknown) => {
        if (!isDuplicateKey(err)) throw err;
        return write();
      });
      void deps.mail
        .send({
          to,
          language,
          template: 'expert-claim-code',
          data: { code, minutes: CLAIM_CODE_MINUTES },
        })
        .catch((err: unknown) => deps.logger.error({ err }, 'a claim code could not be mailed'));
    },

    /** Links the claimed profile when the code is right; every try counts, right or wrong. */
    async confirm(actor: Actor, code: string): Promise<ExpertDto> {
      const userId = new Types.ObjectId(actor.id);
      // The try is spent before the code is compared, so concurrent guesses stay within budget.
      const claim = await ExpertClaimModel.findOneAndUpdate(
        { userId, attempts: { $lt: CLAIM_CODE_TRIES }, expiresAt: { $gt: deps.now() } },
        { $inc: { attempts: 1 } },
        { returnDocument: 'after' },
      ).lean<ExpertClaimRecord>();
      if (!claim) throw wrongCode();
      if (!sameHash(claim.codeHash, hashCode(userId, claim.expertId, code))) {
        if (claim.attempts >= CLAIM_CODE_TRIES)
          await ExpertClaimModel.deleteOne({ _id: claim._id });
        throw wrongCode();
      }
      // A code works once: a concurrent confirm finds it gone.
      if (!(await ExpertClaimModel.findOneAndDelete({ _id: claim._id }).lean())) throw wrongCode();

      const { expert, replaced } = await attachProfile(claim.expertId, userId);
      await recordAudit({
        actorId: userId,
        action: 'expert.claimed',
        targetType: 'expert',
        targetId: expert._id,
        note: '',
        data: replaced ? { replacedProfileId: replaced } : {},
      });
      return presentExpert(expert, { contact: true, history: true, account: false });
    },

    /** The bureau links an expert account to an unclaimed profile, e.g. after a phone call. */
    async linkAccount(actor: Actor, expert: ExpertRecord, email: string): Promise<ExpertDto> {
      if (expert.userId) throw new ConflictError({ key: 'profile_already_linked' });
      const user = await findUserByEmail(email);
      if (!user)
        throw new NotFoundError({
          key: 'no_account_with_email',
          details: [detail('email', 'not_login_email')],
        });
      if (user.role !== 'expert')
        throw new ConflictError({
          key: 'expert_account_only',
          details: [detail('email', 'not_expert_account')],
        });

      const { expert: linked, replaced } = await attachProfile(expert._id, user._id);
      await recordAudit({
        actorId: new Types.ObjectId(actor.id),
        action: 'expert.account-linked',
        targetType: 'expert',
        targetId: expert._id,
        note: '',
        data: { userId: user._id.toString(), ...(replaced ? { replacedProfileId: replaced } : {}) },
      });
      return presentExpert(linked, { contact: true, history: true, account: true });
    },
  };
}

export type ExpertClaims = ReturnType<typeof createExpertClaims>;
