import type { Types } from 'mongoose';
import { poolOfCity, pools, type Actor, type Pool } from '@qs/shared';
import { acceptedExpertIds } from '../invitation-store';
import { findOrganization, organizationCities } from '../organizations';
import { PoolSettingModel } from './pool-setting.model';

export interface PoolSettingView {
  pool: Pool;
  openToOtherCities: boolean;
}

/** Every pool with its setting; a pool never configured is open (相互开放 by default). */
export async function poolSettings(): Promise<PoolSettingView[]> {
  const stored = await PoolSettingModel.find().lean();
  return pools.map((pool) => ({
    pool,
    openToOtherCities: stored.find((s) => s.pool === pool)?.openToOtherCities ?? true,
  }));
}

/** The pools whose experts `actor` may see: all for everyone but enterprises. */
export async function visiblePools(actor: Actor): Promise<Pool[]> {
  if (actor.role !== 'enterprise') return [...pools];
  return poolsVisibleToOrganization(actor.organizationId);
}

/** The pools an organization's enterprise users may see: their city's own and the open ones. */
export async function poolsVisibleToOrganization(
  organizationId: string | undefined,
): Promise<Pool[]> {
  const organization = organizationId ? await findOrganization(organizationId) : null;
  return poolsOpenTo(poolOfCity(organization?.city), await poolSettings());
}

const poolsOpenTo = (home: Pool, settings: PoolSettingView[]): Pool[] =>
  settings.filter((s) => s.pool === home || s.openToOtherCities).map((s) => s.pool);

/** `poolsVisibleToOrganization` of many organizations at once, by id. */
export async function poolsVisibleToOrganizations(ids: string[]): Promise<Map<string, Pool[]>> {
  const [cities, settings] = await Promise.all([organizationCities(ids), poolSettings()]);
  return new Map(ids.map((id) => [id, poolsOpenTo(poolOfCity(cities.get(id)), settings)]));
}

/**
 * Which of the experts the caller's organization holds an accepted invitation to (the one rule
 * that opens an expert's contact to an enterprise), by id, in one query.
 */
export async function acceptedInvitationsOf(
  actor: Actor,
  expertIds: Types.ObjectId[],
): Promise<Set<string>> {
  if (actor.role !== 'enterprise' || !actor.organizationId) return new Set();
  return acceptedExpertIds(actor.organizationId, expertIds);
}
