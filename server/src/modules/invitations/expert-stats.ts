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

/** A new invitation reached the expert; counted once per invitation, however often repeated. */
export async function countInvitation(invitation: {
  _id: Types.ObjectId;
  expertId: Types.ObjectId;
}): Promise<void> {
  const key = `invited:${invitation._id.toString()}`;
  await applyOnce(invitation.expertId, key, { $inc: { 'stats.invitations': 1 } });
  await refreshResponseStats(invitation.expertId);
}

/** The expert answered an invitation (accepted or declined); counted once per invitation. */
export async function countResponse(invitation: {
  _id: Types.ObjectId;
  expertId: Types.ObjectId;
}): Promise<void> {
  const key = `answered:${invitation._id.toString()}`;
  await applyOnce(invitation.expertId, key, { $inc: { 'stats.responded': 1 } });
  await refreshResponseStats(invitation.expertId);
}
