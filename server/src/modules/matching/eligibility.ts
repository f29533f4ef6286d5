import type { Pool } from '@qs/shared';
import type { ExpertDoc, SearchFilters } from '../../lib/search';
import { poolsVisibleToOrganization, type ExpertRecord } from '../experts';
import type { NeedRecord } from '../needs';
import { avoidanceFor, candidateOfDoc, candidateOfRecord, type Avoidance } from './avoidance';

/**
 * Who may be matched, drawn or invited for a need: one place for every rule of the pool.
 * `filters` narrow retrieval in the engine; `admitsDoc` checks what the index holds of an expert
 * and `admitsRecord` what the database holds (the index may lag a write by a moment).
 */
export interface Eligibility {
  filters: SearchFilters;
  admitsDoc(doc: ExpertDoc): boolean;
  admitsRecord(expert: ExpertRecord): boolean;
  /** conflicts of interest and suspensions (see `avoidanceFor`), for explanations */
  avoidance: Avoidance;
}

/**
 * Verified, available, in a pool the need's organization may see, and free of conflicts: not of
 * its organization or those it avoids, not a former employee of them within three years, not an
 * expert it avoids, not suspended (`avoidanceFor`).
 */
export async function eligibilityFor(need: NeedRecord, pools?: Pool[]): Promise<Eligibility> {
  const [visible, avoidance] = await Promise.all([
    poolsVisibleToOrganization(need.organizationId.toString()),
    avoidanceFor(need),
  ]);
  const allowedPools = pools ? pools.filter((p) => visible.includes(p)) : visible;
  return {
    filters: {
      verified: true,
      availability: ['available', 'limited'],
      pool: allowedPools,
      ...avoidance.filters,
    },
    admitsDoc: (doc) =>
      doc.verified &&
      doc.availability !== 'unavailable' &&
      allowedPools.includes(doc.pool) &&
      avoidance.conflictsOf(candidateOfDoc(doc)).length === 0,
    admitsRecord: (expert) =>
      expert.verification.status === 'verified' &&
      expert.availability !== 'unavailable' &&
      expert.pool !== undefined &&
      allowedPools.includes(expert.pool) &&
      avoidance.conflictsOf(candidateOfRecord(expert)).length === 0,
    avoidance,
  };
}
