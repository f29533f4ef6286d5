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
