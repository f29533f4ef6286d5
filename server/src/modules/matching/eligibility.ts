import { Types } from 'mongoose';
import type { Pool } from '@qs/shared';
import type { ExpertDoc, SearchFilters } from '../../lib/search';
import { poolsVisibleToOrganization, worksAt, type ExpertRecord } from '../experts';
import type { NeedRecord } from '../needs';
import { findOrganization } from '../organizations';

/**
 * Who may be matched, drawn or invited for a need: one place for every rule of the pool.
 * `filters` narrow retrieval in the engine; `admitsDoc` checks what the index holds of an expert
 * and `admitsRecord` what the database holds (the index may lag a write by a moment).
 */
export interface Eligibility {
  filters: SearchFilters;
  admitsDoc(doc: ExpertDoc): boolean;
  admitsRecord(expert: ExpertRecord): boolean;
}

/** Verified, available, in a pool the need's organization may see, and not from that organization. */
export async function eligibilityFor(need: NeedRecord, pools?: Pool[]): Promise<Eligibility> {
  const [visible, org] = await Promise.all([
    poolsVisibleToOrganization(need.organizationId.toString()),
    findOrganization(need.organizationId),
  ]);
  const organization = { _id: need.organizationId, ...(org ? { name: org.name } : {}) };
  const allowedPools = pools ? pools.filter((p) => visible.includes(p)) : visible;
  return {
    filters: {
      verified: true,
      availability: ['available', 'limited'],
      pool: allowedPools,
      excludeOrganizationIds: [need.organizationId.toString()],
    },
    admitsDoc: (doc) =>
      doc.verified &&
      doc.availability !== 'unavailable' &&
      allowedPools.includes(doc.pool) &&
      !worksAt(
        {
          organization: doc.organization,
          ...(doc.organizationId ? { organizationId: new Types.ObjectId(doc.organizationId) } : {}),
        },
        organization,
      ),
    admitsRecord: (expert) =>
      expert.verification.status === 'verified' &&
      expert.availability !== 'unavailable' &&
      expert.pool !== undefined &&
      allowedPools.includes(expert.pool) &&
      !worksAt(expert, organization),
  };
}
