import type { Types } from 'mongoose';
import { InvitationModel } from './invitation.model';

export interface ParallelCounts {
  /** experts invited to the need, withdrawn invitations aside */
  invited: number;
  accepted: number;
}

/** For each need, how many experts are invited and how many accepted: counts, never names. */
export async function parallelCounts(
  needIds: Types.ObjectId[],
): Promise<Map<string, ParallelCounts>> {
  const rows = await InvitationModel.aggregate<{
    _id: { needId: Types.ObjectId; status: string };
    count: number;
  }>([
    { $match: { needId: { $in: needIds }, status: { $ne: 'withdrawn' } } },
    { $group: { _id: { needId: '$needId', status: '$status' }, count: { $sum: 1 } } },
  ]);
  const counts = new Map<string, ParallelCounts>();
  for (const { _id, count } of rows) {
    const key = _id.needId.toString();
    const entry = counts.get(key) ?? { invited: 0, accepted: 0 };
    entry.invited += count;
    if (_id.status === 'accepted') entry.accepted += count;
    counts.set(key, entry);
  }
  return counts;
}
