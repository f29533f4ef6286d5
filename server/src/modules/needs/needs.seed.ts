import type { Types } from 'mongoose';
import { needKinds } from '@qs/shared';
import { countEach, insertMissing, type SeedProgress } from '../../lib/seed-batches';
import { NeedModel } from './need.model';
import { suggestSkills } from './needs.service';

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
        // As when an enterprise posts a need without skills: matching uses the ones in the text.
        suggestedSkills: need.requiredSkills.length
          ? []
          : suggestSkills(need.title, need.description),
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
