import type { Types } from 'mongoose';
import { insertMissing, type SeedProgress } from '../../lib/seed-batches';
import { OrganizationModel, type OrganizationRecord } from './organization.model';
import { organizationNameKey } from './organizations.service';

export type OrganizationSeed = Pick<
  OrganizationRecord,
  'name' | 'type' | 'city' | 'sectors' | 'allianceMember' | 'description'
>;

/**
 * Inserts the demo organizations missing by name, as created (and, for members, joined) at `at`;
 * answers how many were inserted and every one's id by its name key (`organizationNameKey`).
 */
export async function seedDemoOrganizations(
  organizations: OrganizationSeed[],
  at: Date,
  progress?: SeedProgress,
): Promise<{ created: number; ids: Map<string, Types.ObjectId> }> {
  const records = organizations.map((org) => {
    const nameKey = organizationNameKey(org.name);
    return {
      filter: { nameKey },
      doc: {
        ...org,
        nameKey,
        ...(org.allianceMember ? { allianceJoinedAt: at } : {}),
        createdAt: at,
        updatedAt: at,
      },
    };
  });
  const created = await insertMissing(OrganizationModel, records, progress);
  const keys = records.map((record) => record.filter.nameKey);
  const rows = await OrganizationModel.find({ nameKey: { $in: keys } }, { nameKey: 1 }).lean();
  return { created, ids: new Map(rows.map((row) => [row.nameKey, row._id])) };
}

export async function organizationTotals() {
  const [total, allianceMembers] = await Promise.all([
    OrganizationModel.countDocuments(),
    OrganizationModel.countDocuments({ allianceMember: true }),
  ]);
  return { total, allianceMembers };
}

export async function hasOrganizations(): Promise<boolean> {
  return Boolean(await OrganizationModel.exists({}));
}
