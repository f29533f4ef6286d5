import type { Types } from 'mongoose';
import { needKinds } from '@qs/shared';
import { countEach, insertMissing, type SeedProgress } from '../../lib/seed-batches';
import { NeedModel } from './need.model';
import { analyze } from '../../lib/search';

/** A demo need: the need record's fields, its organization (and author) resolved to ids. */
export interface NeedSeed {
  seedKey: string;
  organizationId: Types.ObjectId;
  createdBy?: Types.ObjectId;
  title: string;
  description: string;
  requiredSkills: string[];
  createdAt: Date;
}

/** Inserts the demo needs missing by seed key; answers how many were inserted. */
export function seedDemoNeeds(needs: NeedSeed[], progress?: SeedProgress): Promise<number> {
  return insertMissing(
    NeedModel,
    needs.map((need) => ({
      filter: { seedKey: need.seedKey },
      doc: {
        ...need,
        // The skills the text names: the vocabulary is learned after seeding, and reading some
        // 700 texts with the embedding model would hold the first start for a minute or more.
        // Matching reads each need's words and meaning when it matches.
        suggestedSkills: need.requiredSkills.length
          ? []
          : analyze(`${need.title}\n${need.description}`).skillIds,
        source: 'seed',
        updatedAt: need.createdAt,
      },
    })),
    progress,
  );
}

export async function needTotals() {
  const [total, byKind] = await Promise.all([
    NeedModel.countDocuments(),
    countEach(NeedModel, 'kind', needKinds),
  ]);
  return { total, byKind };
}

/** The ids of seeded needs by seed key, for records that refer to them. */
export async function seededNeedIds(seedKeys: string[]): Promise<Map<string, Types.ObjectId>> {
  const rows = await NeedModel.find({ seedKey: { $in: seedKeys } }, { seedKey: 1 }).lean();
  return new Map(rows.map((row) => [row.seedKey ?? '', row._id]));
}
