import type { Types } from 'mongoose';
import { pools, verificationStatuses } from '@qs/shared';
import { countEach, insertMissing, type SeedProgress } from '../../lib/seed-batches';
import { ExpertModel } from './expert.model';

/** A demo profile: the expert record's fields, its organization resolved to an id. */
export interface ExpertSeed {
  contact: { phone?: string; email: string };
  organizationId: Types.ObjectId;
  verification: { at: Date };
}

/**
 * Inserts the demo profiles missing by contact email (as seeded, last changed when last
 * verified); answers how many were inserted and every one's id by contact email.
 */
export async function seedDemoExperts(
  experts: ExpertSeed[],
  progress?: SeedProgress,
): Promise<{ created: number; ids: Map<string, Types.ObjectId> }> {
  const created = await insertMissing(
    ExpertModel,
    experts.map((expert) => ({
      filter: { 'contact.email': expert.contact.email },
      doc: { ...expert, source: 'seed', updatedAt: expert.verification.at },
    })),
    progress,
  );
  const emails = experts.map((e) => e.contact.email);
  const rows = await ExpertModel.find({ 'contact.email': { $in: emails } }, { contact: 1 }).lean();
  return { created, ids: new Map(rows.map((row) => [row.contact.email ?? '', row._id])) };
}

/** Gives a demo profile its account, as registration does; a linked profile is never relinked. */
export async function linkSeededProfile(expertId: Types.ObjectId, userId: Types.ObjectId) {
  await ExpertModel.updateOne({ _id: expertId, userId: { $exists: false } }, { $set: { userId } });
}

export async function expertTotals() {
  const [total, byPool, byStatus] = await Promise.all([
    ExpertModel.countDocuments(),
    countEach(ExpertModel, 'pool', pools),
    countEach(ExpertModel, 'verification.status', verificationStatuses),
  ]);
  return { total, byPool, byStatus };
}

export async function hasExperts(): Promise<boolean> {
  return Boolean(await ExpertModel.exists({}));
}
