import {
  capacityLimit,
  freshnessOf,
  frozenBefore,
  rotationSince,
  type CapacityLimit,
  type LoadView,
  type Pool,
  type PoolRulesDto,
} from '@qs/shared';
import { now as clockNow } from '../../lib/clock';
import type { ExpertDoc, SearchFilters } from '../../lib/search';
import { expertsCompletedWith } from '../collaborations';
import {
  poolsVisibleToOrganization,
  poolsVisibleToOrganizations,
  type ExpertRecord,
} from '../experts';
import type { NeedRecord } from '../needs';
import { poolRules } from '../pool-rules';
import { suspendedExperts } from '../credit';
import {
  avoidanceFor,
  avoidancesFor,
  candidateOfDoc,
  candidateOfRecord,
  type Avoidance,
  type NeedRules,
} from './avoidance';

/**
 * Who may be matched, drawn or invited for a need: one place for every rule of the pool.
 * `filters` narrow retrieval in the engine; `admitsDoc` checks what the index holds of an expert
 * and `admitsRecord` what the database holds (the index may lag a write by a moment).
 */
export interface Eligibility {
  filters: SearchFilters;
  admitsDoc(doc: ExpertDoc): boolean;
  admitsRecord(expert: ExpertRecord): boolean;
  /** the rules in force (load caps, rotation period) */
  rules: PoolRulesDto;
  /**
   * Load caps: the cap the expert has reached, if any. Match lists keep such experts, last;
   * draws skip them and invitations refuse them.
   */
  capacityOf(expert: LoadView): CapacityLimit | undefined;
  /**
   * Rotation: the expert completed a collaboration with the need's organization within
   * `rotationDays`. Draws skip them unless the bureau overrides it for one draw.
   */
  inRotation(expertId: string): boolean;
  /** conflicts of interest and suspensions (see `avoidanceFor`), for explanations */
  avoidance: Avoidance;
}

/** The load an expert record carries, as the index documents carry it. */
export function loadOf(expert: ExpertRecord): LoadView {
  return {
    activeCollaborations: expert.activeCollaborations,
    engagementYear: expert.engagements?.year ?? 0,
    engagements: expert.engagements?.count ?? 0,
  };
}

/** Yearly confirmation: a profile unconfirmed for two years is frozen, out of every list. */
const frozenRecord = (expert: ExpertRecord, now: Date) =>
  freshnessOf(expert.confirmedAt ?? expert.createdAt, now) === 'frozen';
const frozenDoc = (doc: ExpertDoc, now: Date) => freshnessOf(doc.confirmedAt, now) === 'frozen';

/** The load caps in force at `now`, for whoever asks outside a need (invitations, profiles). */
export async function capacityRule(
  now: Date = clockNow(),
): Promise<(expert: ExpertRecord) => CapacityLimit | undefined> {
  const rules = await poolRules();
  return (expert) => capacityLimit(loadOf(expert), rules, now);
}

function admitsRecordBy(
  expert: ExpertRecord,
  allowedPools: Pool[],
  avoidance: Avoidance,
  now: Date,
): boolean {
  return (
    expert.verification.status === 'verified' &&
    expert.availability !== 'unavailable' &&
    expert.pool !== undefined &&
    allowedPools.includes(expert.pool) &&
    avoidance.conflictsOf(candidateOfRecord(expert)).length === 0 &&
    !frozenRecord(expert, now)
  );
}

/**
 * Verified, available, in a pool the need's organization may see, free of conflicts (not of its
 * organization or those it avoids, not a former employee of them within three years, not an
 * expert it avoids, not suspended: `avoidanceFor`) and not frozen; with the load caps and the
 * rotation to apply where they count.
 */
export async function eligibilityFor(need: NeedRecord, pools?: Pool[]): Promise<Eligibility> {
  const now = clockNow();
  const rules = await poolRules();
  const [visible, avoidance, rotation] = await Promise.all([
    poolsVisibleToOrganization(need.organizationId.toString()),
    avoidanceFor(need),
    expertsCompletedWith(need.organizationId, rotationSince(rules, now)),
  ]);
  const allowedPools = pools ? pools.filter((p) => visible.includes(p)) : visible;
  return {
    filters: {
      verified: true,
      availability: ['available', 'limited'],
      pool: allowedPools,
      ...avoidance.filters,
      confirmedSince: frozenBefore(now).getTime(),
    },
    admitsDoc: (doc) =>
      doc.verified &&
      doc.availability !== 'unavailable' &&
      allowedPools.includes(doc.pool) &&
      avoidance.conflictsOf(candidateOfDoc(doc)).length === 0 &&
      !frozenDoc(doc, now),
    admitsRecord: (expert) => admitsRecordBy(expert, allowedPools, avoidance, now),
    rules,
    capacityOf: (expert) => capacityLimit(expert, rules, now),
    inRotation: (expertId) => rotation.has(expertId),
    avoidance,
  };
}

/**
 * The same rules from the expert's side, over many needs at once (an expert browsing open needs or
 * expressing interest): the needs whose `eligibilityFor(need).admitsRecord` admits the expert.
 * Load caps and rotation hide no need: they decide draws and invitations, later.
 */
export async function needsAdmitting<N extends NeedRules>(
  expert: ExpertRecord,
  needs: N[],
): Promise<N[]> {
  if (needs.length === 0) return [];
  const now = clockNow();
  const [visible, avoidances] = await Promise.all([
    poolsVisibleToOrganizations(needs.map((need) => need.organizationId.toString())),
    avoidancesFor(needs),
  ]);
  return needs.filter((need, i) =>
    admitsRecordBy(
      expert,
      visible.get(need.organizationId.toString()) ?? [],
      avoidances[i] as Avoidance,
      now,
    ),
  );
}

/** What keeps an expert out of every need at the moment, whatever the need. */
export type ExpertStanding =
  { obstacle: 'not_verified' | 'unavailable' | 'frozen' } | { obstacle: 'suspended'; until: Date };

/** The expert's standing under the rules of `eligibilityFor`: undefined when nothing keeps them out. */
export async function expertStanding(expert: ExpertRecord): Promise<ExpertStanding | undefined> {
  if (expert.verification.status !== 'verified') return { obstacle: 'not_verified' };
  if (frozenRecord(expert, clockNow())) return { obstacle: 'frozen' };
  const until = (await suspendedExperts()).get(expert._id.toString());
  if (until) return { obstacle: 'suspended', until };
  if (expert.availability === 'unavailable') return { obstacle: 'unavailable' };
  return undefined;
}
