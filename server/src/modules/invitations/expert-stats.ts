import type { Types } from 'mongoose';
import { applyOnce, ExpertModel } from '../experts';
import { median } from '../../lib/median';
import { InvitationModel } from './invitation.model';

/**
 * Recomputes the response rate and median from the counters and the answered invitations. The
 * write applies only while the counters are those it read: a concurrent change of either is
 * followed by its own refresh, so the last refresh always writes from the newest counters.
 */
async function refreshResponseStats(expertId: Types.ObjectId): Promise<void> {
  const [expert, answered] = await Promise.all([
    ExpertModel.findById(expertId, { stats: 1 }).lean(),
    InvitationModel.find(
      { expertId, responseHours: { $exists: true } },
      { responseHours: 1 },
    ).lean(),
  ]);
  if (!expert) return;
  const { invitations, responded } = expert.stats;
  const medianHours = median(answered.map((invitation) => invitation.responseHours as number));
  await ExpertModel.updateOne(
    { _id: expertId, 'stats.invitations': invitations, 'stats.responded': responded },
    {
      $set: {
        'stats.responseRate': invitations ? Math.min(1, responded / invitations) : 0,
        ...(medianHours !== undefined ? { 'stats.medianResponseHours': medianHours } : {}),
      },
    },
  );
}

type Counted = { _id: Types.ObjectId; expertId: Types.ObjectId };

/** Counts one event of an invitation on its expert, once however often repeated. */
async function countOnce(invitation: Counted, event: 'invited' | 'answered', field: string) {
  const key = `${event}:${invitation._id.toString()}`;
  await applyOnce(invitation.expertId, key, { $inc: { [field]: 1 } });
  await refreshResponseStats(invitation.expertId);
}

/** A new invitation reached the expert. */
export const countInvitation = (invitation: Counted) =>
  countOnce(invitation, 'invited', 'stats.invitations');

/** The expert answered an invitation (accepted or declined). */
export const countResponse = (invitation: Counted) =>
  countOnce(invitation, 'answered', 'stats.responded');
