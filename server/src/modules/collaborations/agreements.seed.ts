import type { Types } from 'mongoose';
import { countEach, insertMissing, type SeedProgress } from '../../lib/seed-batches';
import { AgreementModel, agreementKinds, type AgreementKind } from './agreement.model';

/** A demo agreement, its parties resolved to ids. */
export interface AgreementSeed {
  seedKey: string;
  kind: AgreementKind;
  title: string;
  organizationId: Types.ObjectId;
  partnerOrganizationId: Types.ObjectId;
  expertId?: Types.ObjectId;
  signedAt: Date;
  note: string;
}

/** Inserts the demo agreements missing by seed key, as made when signed; answers how many. */
export function seedDemoAgreements(
  agreements: AgreementSeed[],
  progress?: SeedProgress,
): Promise<number> {
  return insertMissing(
    AgreementModel,
    agreements.map((agreement) => ({
      filter: { seedKey: agreement.seedKey },
      doc: { ...agreement, createdAt: agreement.signedAt, updatedAt: agreement.signedAt },
    })),
    progress,
  );
}

export async function agreementTotals() {
  const [total, byKind] = await Promise.all([
    AgreementModel.countDocuments(),
    countEach(AgreementModel, 'kind', agreementKinds),
  ]);
  return { total, byKind };
}
