import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Actor, BatchInvitationInput } from '@qs/shared';
import { AppError, RateLimitedError } from '../../lib/errors';
import { spend } from '../../lib/rate-limit';
import type { NeedRecord } from '../needs';
import type { InvitationRecord } from '../invitation-store';
import { createInvitation } from './invitations.service';

export type BatchOutcome =
  | { expertId: string; status: 'created' | 'existing'; invitation: InvitationRecord }
  | { expertId: string; status: 'failed'; error: AppError };

/**
 * Invites each expert to the need (read and authorized once by the route) as the single route
 * does: one point of the user's budget each, then the invitation policy. One after the other, so
 * that the budget runs out at a definite expert; a refusal is that expert's result, not the
 * batch's. Anything but a refusal (the database gone) fails the request: the invitations made so
 * far stand, and a repeat answers them as existing.
 */
export async function inviteEach(
  actor: Actor,
  need: NeedRecord,
  input: BatchInvitationInput,
  limiter: RateLimiterAbstract,
): Promise<BatchOutcome[]> {
  const { expertIds, ...rest } = input;
  const outcomes: BatchOutcome[] = [];
  for (const expertId of expertIds) {
    try {
      const wait = await spend(limiter, actor.id);
      if (wait > 0) throw new RateLimitedError(wait);
      const { invitation, created } = await createInvitation(actor, need, { expertId, ...rest });
      outcomes.push({ expertId, status: created ? 'created' : 'existing', invitation });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcomes.push({ expertId, status: 'failed', error });
    }
  }
  return outcomes;
}
