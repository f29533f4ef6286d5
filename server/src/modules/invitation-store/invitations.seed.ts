import type { Types } from 'mongoose';
import type { InvitationStatus } from '@qs/shared';
import { insertMissing, type SeedProgress } from '../../lib/seed-batches';
import { InvitationModel, type InvitationEvent } from './invitation.model';

/** A demo invitation of the past, answered or expired, its parties resolved to ids. */
export interface InvitationSeed {
  needId: Types.ObjectId;
  organizationId: Types.ObjectId;
  expertId: Types.ObjectId;
  invitedBy: Types.ObjectId;
  message: string;
  status: Exclude<InvitationStatus, 'pending'>;
  expiresAt: Date;
  respondedAt?: Date;
  responseHours?: number;
  history: InvitationEvent[];
  createdAt: Date;
}

/**
 * Inserts the demo invitations missing by (need, expert), as they stood when last moved; answers
 * how many were inserted and every one's id by `needId:expertId`.
 */
export async function seedDemoInvitations(
  invitations: InvitationSeed[],
  progress?: SeedProgress,
): Promise<{ created: number; ids: Map<string, Types.ObjectId> }> {
  const created = await insertMissing(
    InvitationModel,
    invitations.map((invitation) => ({
      filter: { needId: invitation.needId, expertId: invitation.expertId },
      doc: {
        ...invitation,
        updatedAt: invitation.history.at(-1)?.at ?? invitation.createdAt,
      },
    })),
    progress,
  );
  const rows = await InvitationModel.find(
    { needId: { $in: invitations.map((i) => i.needId) } },
    { needId: 1, expertId: 1 },
  ).lean();
  return {
    created,
    ids: new Map(
      rows.map((row) => [`${row.needId.toString()}:${row.expertId.toString()}`, row._id]),
    ),
  };
}
