import { Types } from 'mongoose';
import { CollaborationModel } from './collaboration.model';

/** What the pool rules read of collaborations (issue 13). */

/** Rotation: the experts who completed a collaboration with the organization since `since`. */
export async function expertsCompletedWith(
  organizationId: Types.ObjectId | string,
  since: Date,
): Promise<Set<string>> {
  const rows = await CollaborationModel.find(
    {
      organizationId: new Types.ObjectId(organizationId),
      status: 'completed',
      updatedAt: { $gte: since },
    },
    { expertId: 1, history: 1 },
  ).lean();
  return new Set(
    rows
      .filter((row) => {
        const done = row.history.findLast((event) => event.status === 'completed');
        return done !== undefined && done.at >= since;
      })
      .map((row) => row.expertId.toString()),
  );
}
