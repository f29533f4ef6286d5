import type { Types } from 'mongoose';
import { ExpertModel } from '../experts';
import { InvitationModel } from './invitation.model';

function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

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

/** A new invitation reached the expert. */
export async function countInvitation(expertId: Types.ObjectId): Promise<void> {
  await ExpertModel.updateOne({ _id: expertId }, { $inc: { 'stats.invitations': 1 } });
  await refreshResponseStats(expertId);
}

/** The expert answered an invitation (accepted or declined). */
export async function countResponse(expertId: Types.ObjectId): Promise<void> {
  await ExpertModel.updateOne({ _id: expertId }, { $inc: { 'stats.responded': 1 } });
  await refreshResponseStats(expertId);
}
