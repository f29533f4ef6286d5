import type { Types } from 'mongoose';
import { insertMissing, type SeedProgress } from '../../lib/seed-batches';
import { CollaborationModel, type CollaborationEvent } from './collaboration.model';

/** A demo collaboration that followed an accepted invitation, as it stands now. */
export interface CollaborationSeed {
  invitationId: Types.ObjectId;
  needId: Types.ObjectId;
  expertId: Types.ObjectId;
  organizationId: Types.ObjectId;
  status: 'active' | 'completed' | 'cancelled';
  agreement?: { signedAt: Date };
  history: CollaborationEvent[];
  createdAt: Date;
}

/** Inserts the demo collaborations missing by invitation; answers how many were inserted. */
export function seedDemoCollaborations(
  collaborations: CollaborationSeed[],
  progress?: SeedProgress,
): Promise<number> {
  return insertMissing(
    CollaborationModel,
    collaborations.map((collaboration) => ({
      filter: { invitationId: collaboration.invitationId },
      doc: {
        ...collaboration,
        ratings: {},
        updatedAt: collaboration.history.at(-1)?.at ?? collaboration.createdAt,
      },
    })),
    progress,
  );
}
