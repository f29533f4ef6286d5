import type { Types } from 'mongoose';
import type { StatsFilterQuery } from '@qs/shared';
import type { StatsScope } from '../../lib/count-by';
import { startOfDay } from '../../lib/time';
import { needIdsPlaced } from '../needs';

const BARE_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The range as instants: a bare day is a Beijing day, and as `to` reaches to its end. */
export function dateRange(query: { from?: string; to?: string }) {
  const at = (value: string, endOfDay: boolean) =>
    BARE_DAY.test(value) ? startOfDay(value, endOfDay ? 1 : 0) : new Date(value);
  return {
    from: query.from ? at(query.from, false) : undefined,
    to: query.to ? at(query.to, true) : undefined,
  };
}

/**
 * The filters as the modules read them, and the needs in the filters' city and sector: what
 * answers needs (invitations, collaborations, outcomes) counts when it answers one of those.
 * Without a city or sector every need counts, and nothing is looked up.
 */
export interface Scope extends StatsScope {
  needIds?: ReadonlySet<string>;
}

export async function scopeOf(query: StatsFilterQuery): Promise<Scope> {
  const place = {
    ...(query.city ? { city: query.city } : {}),
    ...(query.sector ? { sector: query.sector } : {}),
  };
  const range = dateRange(query);
  return {
    ...(range.from ? { from: range.from } : {}),
    ...(range.to ? { to: range.to } : {}),
    ...place,
    ...(query.city || query.sector ? { needIds: await needIdsPlaced(place) } : {}),
  };
}

/** The records that answer a need of the scope. */
export function answeringNeeds<T extends { needId: Types.ObjectId }>(scope: Scope, rows: T[]): T[] {
  const { needIds } = scope;
  return needIds ? rows.filter((row) => needIds.has(row.needId.toString())) : rows;
}

/** The scope's range alone, for records counted by when they were created. */
export const rangeOf = (scope: Scope) => ({
  ...(scope.from ? { from: scope.from } : {}),
  ...(scope.to ? { to: scope.to } : {}),
});
