import { Types, type QueryFilter } from 'mongoose';
import type {
  ListOrganizationsQuery,
  OrganizationInput,
  OrganizationPatch,
  OrganizationRef,
} from '@qs/shared';
import { ConflictError, NotFoundError, detail } from '../../lib/errors';
import { insertOnce, isDuplicateKey } from '../../lib/insert-once';
import { OrganizationModel, type OrganizationRecord } from './organization.model';
import { countBy, withinScope, type StatsScope } from '../../lib/count-by';
import { findPage } from '../../lib/paginate';

/**
 * The name as people mean it: width (NFKC), case, spaces and punctuation do not make another
 * organization, so 青岛（海尔） and "青岛 (海尔)" are one.
 */
export function organizationNameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

const escapeRegex = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function duplicateName(err: unknown): never {
  if (isDuplicateKey(err)) {
    throw new ConflictError({
      key: 'organization_name_taken',
      details: [detail('name', 'already_exists')],
    });
  }
  throw err;
}

/**
 * Finds the organization by name or creates it. The unique name key makes concurrent calls
 * converge, and only the call that inserted it sees `created`: that caller becomes its owner.
 */
export async function findOrCreateOrganization(
  ref: OrganizationRef,
): Promise<{ id: string; created: boolean }> {
  const nameKey = organizationNameKey(ref.name);
  const { record, created } = await insertOnce(
    OrganizationModel,
    { nameKey },
    { name: ref.name, nameKey, type: ref.type, city: ref.city },
  );
  return { id: record._id.toString(), created };
}

/** Undoes a creation whose account could not be completed. */
export async function removeOrganization(id: string): Promise<void> {
  await OrganizationModel.deleteOne({ _id: new Types.ObjectId(id) });
}

/** Names of many organizations at once. */
export async function organizationNames(ids: string[]): Promise<Map<string, string>> {
  const rows = await OrganizationModel.find(
    { _id: { $in: [...new Set(ids)].map((id) => new Types.ObjectId(id)) } },
    { name: 1 },
  ).lean();
  return new Map(rows.map((row) => [row._id.toString(), row.name]));
}

/** The city of each of the given organizations, by id. */
export async function organizationCities(ids: string[]): Promise<Map<string, string | undefined>> {
  const rows = await OrganizationModel.find(
    { _id: { $in: [...new Set(ids)].map((id) => new Types.ObjectId(id)) } },
    { city: 1 },
  ).lean();
  return new Map(rows.map((row) => [row._id.toString(), row.city]));
}

/** Ids of organizations whose names contain `q`, for searches across related records. */
export async function organizationIdsMatching(q: string): Promise<string[]> {
  const rows = await OrganizationModel.find(
    { name: new RegExp(escapeRegex(q), 'i') },
    { _id: 1 },
  ).lean();
  return rows.map((row) => row._id.toString());
}

/**
 * Name keys written by an older normalization are rewritten at start; a key that two existing
 * organizations now share stays as it was and is reported, for staff to merge by hand.
 */
export async function refreshNameKeys(): Promise<{ updated: number; clashes: string[] }> {
  const rows = await OrganizationModel.find({}, { name: 1, nameKey: 1 }).lean();
  let updated = 0;
  const clashes: string[] = [];
  for (const row of rows) {
    const nameKey = organizationNameKey(row.name);
    if (nameKey === row.nameKey) continue;
    try {
      await OrganizationModel.updateOne({ _id: row._id }, { $set: { nameKey } });
      updated += 1;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      clashes.push(row.name);
    }
  }
  return { updated, clashes };
}

export async function listOrganizations(query: ListOrganizationsQuery) {
  const filter: QueryFilter<OrganizationRecord> = {};
  if (query.q) filter.name = new RegExp(escapeRegex(query.q), 'i');
  if (query.type) filter.type = query.type;
  if (query.city) filter.city = query.city;
  if (query.allianceMember !== undefined) filter.allianceMember = query.allianceMember;
  const { records: items, total } = await findPage(
    OrganizationModel,
    filter,
    { allianceMember: -1, name: 1 },
    query,
  );
  return { items, total };
}

/** One organization's record, or null. */
export function findOrganization(id: string | Types.ObjectId): Promise<OrganizationRecord | null> {
  return OrganizationModel.findById(new Types.ObjectId(id)).lean<OrganizationRecord>();
}

/** Organizations (in the scope) by type. */
export function organizationCountsByType(scope: StatsScope = {}): Promise<Record<string, number>> {
  return countBy(OrganizationModel, 'type', withinScope(scope, 'sectors'));
}

/** How many organizations (in the scope) are alliance members. */
export function allianceMemberCount(scope: StatsScope = {}): Promise<number> {
  return OrganizationModel.countDocuments({
    ...withinScope(scope, 'sectors'),
    allianceMember: true,
  });
}

/** The ids of the organizations in the scope's city and sector (whenever created). */
export async function organizationIdsPlaced(
  scope: Pick<StatsScope, 'city' | 'sector'>,
): Promise<Set<string>> {
  const rows = await OrganizationModel.find(withinScope(scope, 'sectors'), { _id: 1 }).lean();
  return new Set(rows.map((row) => row._id.toString()));
}

export async function getOrganization(id: string): Promise<OrganizationRecord> {
  const org = await OrganizationModel.findById(new Types.ObjectId(id)).lean<OrganizationRecord>();
  if (!org) throw new NotFoundError({ key: 'no_such_organization' });
  return org;
}

export async function createOrganization(input: OrganizationInput): Promise<OrganizationRecord> {
  const doc = await OrganizationModel.create({
    ...input,
    nameKey: organizationNameKey(input.name),
    ...(input.allianceJoinedAt ? { allianceJoinedAt: new Date(input.allianceJoinedAt) } : {}),
  }).catch(duplicateName);
  return doc.toObject();
}

export async function updateOrganization(
  id: string,
  patch: OrganizationPatch,
): Promise<OrganizationRecord> {
  const { allianceJoinedAt, ...rest } = patch;
  const update = {
    $set: {
      ...rest,
      ...(rest.name ? { nameKey: organizationNameKey(rest.name) } : {}),
      ...(allianceJoinedAt ? { allianceJoinedAt: new Date(allianceJoinedAt) } : {}),
    },
    ...(allianceJoinedAt === null ? { $unset: { allianceJoinedAt: 1 } } : {}),
  };
  const org = await OrganizationModel.findByIdAndUpdate(new Types.ObjectId(id), update, {
    returnDocument: 'after',
  })
    .lean<OrganizationRecord>()
    .catch(duplicateName);
  if (!org) throw new NotFoundError({ key: 'no_such_organization' });
  return org;
}
