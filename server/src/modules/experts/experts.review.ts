import {
  type Actor,
  type BatchVerificationInput,
  type BatchVerificationResult,
  type ExpertReview,
} from '@qs/shared';
import { AppError } from '../../lib/errors';
import { errorBody } from '../../lib/http/error-handler';
import type { Lang } from '../../lib/i18n';
import type { ExpertRecord } from './expert.model';
import { presentExpert } from './experts.presenter';
import { decideVerification, findExpertOrFail, wholeProfile } from './experts.service';
import { changesSinceVerified } from './review-diff';

/** Names of accounts by id, from the module that owns them. */
export type UserNames = (ids: string[]) => Promise<Map<string, string>>;

/** A profile as the review desk shows it: what changed since it was last verified, and who decided what. */
export async function expertReview(
  actor: Actor,
  expert: ExpertRecord,
  userNames: UserNames,
): Promise<ExpertReview> {
  const history = expert.verification.history;
  const names = await userNames([
    ...new Set(history.flatMap((event) => (event.by ? [event.by.toString()] : []))),
  ]);
  const lastVerified = history.findLast((event) => event.decision === 'verified')?.at;
  return {
    expert: presentExpert(expert, wholeProfile(actor)),
    ...(lastVerified && expert.verification.verifiedProfile
      ? { lastVerifiedAt: lastVerified.toISOString() }
      : {}),
    changes: changesSinceVerified(expert),
    history: history.map((event) => {
      const by = event.by?.toString();
      return {
        decision: event.decision,
        at: event.at.toISOString(),
        note: event.note,
        ...(by ? { by: { id: by, name: names.get(by) ?? '' } } : {}),
      };
    }),
  };
}

/**
 * One decision for several experts, each applied as a single decision would be (audited, one
 * event each); an expert that cannot take it answers its error and holds back no other.
 */
export async function decideMany(
  actor: Actor,
  input: BatchVerificationInput,
  lang: Lang,
): Promise<BatchVerificationResult> {
  const results: BatchVerificationResult['results'] = [];
  for (const expertId of input.expertIds) {
    try {
      const expert = await findExpertOrFail(expertId);
      const saved = await decideVerification(actor, expert, input);
      results.push({ expertId, ok: true, status: saved.verification.status });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const { code, message } = errorBody(err, lang).error;
      results.push({ expertId, ok: false, error: { code, message } });
    }
  }
  return { results };
}
