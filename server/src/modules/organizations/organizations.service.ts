import { Types, type QueryFilter } from 'mongoose';
import type {
  ListOrganizationsQuery,
  OrganizationInput,
  OrganizationPatch,
  OrganizationRef,
} from '@qs/shared';
import { ConflictError, NotFoundError } from '../../lib/errors';
import { OrganizationModel, type OrganizationRecord } from './organization.model';
import { findPage } from '../../lib/paginate';

export function organizationNameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

const escapeRegex = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function duplicateName(err: unknown): never {
  if ((err as { code?: number }).code === 11000) {
    throw new ConflictError({
      message: 'An organization with this name exists',
      details: [{ path: 'name', message: 'already exists' }],
    });
  }
  throw err;
}

/** Finds the organization by name or creates it; the unique name key makes concurrent calls converge. */
export async function findOrCreateOrganization(ref: OrganizationRef): Promise<{ id: string }> {
  const nameKey = organizationNameKey(ref.name);
  const doc = await OrganizationModel.findOneAndUpdate(
    { nameKey },
    { $setOnInsert: { name: ref.name, nameKey, type: ref.type, city: ref.city } },
    { upsert: true, returnDocument: 'after' },
  )
    .lean<OrganizationRecord>()
    .catch(async (err: { code?: number }) => {
      if (err.code !== 11000) throw err;
      return OrganizationModel.findOne({ nameKey }).lean<OrganizationRecord>();
    });
  if (!doc) throw new Error(`organization ${nameKey} vanished during upsert`);
  return { id: doc._id.toString() };
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

export async function getOrganization(id: string): Promise<OrganizationRecord> {
  const org = await OrganizationModel.findById(new Types.ObjectId(id)).lean<OrganizationRecord>();
  if (!org) throw new NotFoundError({ message: 'No such organization' });
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
  if (!org) throw new NotFoundError({ message: 'No such organization' });
  return org;
}
