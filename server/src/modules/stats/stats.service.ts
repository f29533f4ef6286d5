import type { Types } from 'mongoose';
import {
  funnelStages,
  pools,
  poolOfCity,
  taxonomy,
  type FunnelStage,
  type Pool,
  type StatsCrossCity,
  type StatsFunnel,
  type StatsOverview,
  type StatsRangeQuery,
  type StatsSkillsGap,
  type StatsTrend,
  type StatsTrendQuery,
} from '@qs/shared';
import { median } from '../../lib/median';
import { isoWeekOf, monthOf, startOfDay, startOfMonthsAgo } from '../../lib/time';
import {
  agreementCountsByKind,
  collaborationCreationTimes,
  collaborationPairs,
  collaborationSummaries,
  completionTimes,
  needsCollaboratingCount,
  outcomeSummaries,
} from '../collaborations';
import { expertCountsBy, expertCreationTimes, poolsOf, verifiedSkillSupply } from '../experts';
import {
  allResponseHours,
  invitationCountsByStatus,
  invitationCreationTimes,
  invitationPairs,
  needsInvitedCount,
} from '../invitation-store';
import {
  citiesOf,
  needCountsBy,
  needCreationTimes,
  needsCreatedWithin,
  openNeedSkills,
  placesOfNeeds,
} from '../needs';
import { allianceMemberCount, organizationCountsByType } from '../organizations';

const sum = (values: Record<string, number>) =>
  Object.values(values).reduce((total, value) => total + value, 0);

/** The city of each need and the pool of each expert that the given records name. */
async function placesOf(records: { needId: Types.ObjectId; expertId: Types.ObjectId }[]) {
  const [cityOf, poolOf] = await Promise.all([
    citiesOf(records.map((r) => r.needId)),
    poolsOf(records.map((r) => r.expertId)),
  ]);
  return {
    city: (record: { needId: Types.ObjectId }) => cityOf.get(record.needId.toString()),
    pool: (record: { expertId: Types.ObjectId }): Pool =>
      poolOf.get(record.expertId.toString()) ?? 'other',
  };
}

/** Recorded outcomes by kind, and by the sector and city of the need each answered. */
async function outcomeFigures(): Promise<StatsOverview['outcomes']> {
  const outcomes = await outcomeSummaries();
  const placeOf = await placesOfNeeds(outcomes.map((outcome) => outcome.needId));
  const place = (outcome: (typeof outcomes)[number]) => placeOf.get(outcome.needId.toString());
  const hours = outcomes.reduce((total, outcome) => total + outcome.hoursSpent, 0);
  return {
    total: outcomes.length,
    hoursSpent: Math.round(hours * 100) / 100,
    withFile: outcomes.filter((outcome) => outcome.withFile).length,
    byKind: countValues(outcomes.map((outcome) => outcome.kind)),
    bySector: countValues(outcomes.map((outcome) => place(outcome)?.sector ?? 'unknown')),
    byCity: countValues(outcomes.map((outcome) => place(outcome)?.city ?? 'unknown')),
  };
}

export async function overview(): Promise<StatsOverview> {
  const [
    expertsByVerification,
    expertsByPool,
    organizationsByType,
    allianceMembers,
    needsByKind,
    needsByStatus,
    invitationsByStatus,
    answered,
    collaborations,
    agreementsByKind,
    outcomes,
  ] = await Promise.all([
    expertCountsBy('verification.status'),
    expertCountsBy('pool'),
    organizationCountsByType(),
    allianceMemberCount(),
    needCountsBy('kind'),
    needCountsBy('status'),
    invitationCountsByStatus(),
    allResponseHours(),
    collaborationSummaries(),
    agreementCountsByKind(),
    outcomeFigures(),
  ]);
  const places = await placesOf(collaborations);
  const invitation = (status: string) => invitationsByStatus[status] ?? 0;
  const decided = invitation('accepted') + invitation('declined') + invitation('expired');
  const middle = median(answered);
  const responseHours = middle === undefined ? undefined : Math.round(middle * 100) / 100;
  const byPool = Object.fromEntries(pools.map((pool) => [pool, expertsByPool[pool] ?? 0]));
  return {
    experts: {
      total: sum(expertsByVerification),
      verified: expertsByVerification.verified ?? 0,
      byPool: byPool as Record<Pool, number>,
      byVerification: expertsByVerification,
    },
    organizations: {
      total: sum(organizationsByType),
      allianceMembers,
      byType: organizationsByType,
    },
    needs: { total: sum(needsByKind), byKind: needsByKind, byStatus: needsByStatus },
    invitations: {
      total: sum(invitationsByStatus),
      accepted: invitation('accepted'),
      declined: invitation('declined'),
      pending: invitation('pending'),
      expired: invitation('expired'),
      withdrawn: invitation('withdrawn'),
      acceptanceRate: decided ? Math.round((invitation('accepted') / decided) * 1000) / 1000 : 0,
      ...(responseHours !== undefined ? { medianResponseHours: responseHours } : {}),
    },
    collaborations: {
      total: collaborations.length,
      byStatus: countValues(collaborations.map((c) => c.status)),
      crossCity: collaborations.filter((c) => poolOfCity(places.city(c)) !== places.pool(c)).length,
    },
    agreements: { total: sum(agreementsByKind), byKind: agreementsByKind },
    outcomes,
    generatedAt: new Date().toISOString(),
  };
}

function countValues(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const BARE_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The range as instants: a bare day is a Beijing day, and as `to` reaches to its end. */
function dateRange(query: { from?: string; to?: string }) {
  const at = (value: string, endOfDay: boolean) =>
    BARE_DAY.test(value) ? startOfDay(value, endOfDay ? 1 : 0) : new Date(value);
  return {
    from: query.from ? at(query.from, false) : undefined,
    to: query.to ? at(query.to, true) : undefined,
  };
}

/** Needs created in the range and how far each got: matched, invited, accepted, agreed, completed. */
export async function funnel(query: StatsRangeQuery): Promise<StatsFunnel> {
  const needs = await needsCreatedWithin(dateRange(query));
  const ids = needs.map((need) => need._id);
  const [invited, accepted, agreed, completed] = await Promise.all([
    needsInvitedCount(ids),
    needsInvitedCount(ids, 'accepted'),
    needsCollaboratingCount(ids, ['agreed', 'completed']),
    needsCollaboratingCount(ids, ['completed']),
  ]);
  const counts: Record<FunnelStage, number> = {
    needs: needs.length,
    matched: needs.filter((need) => need.matchedAt).length,
    invited,
    accepted,
    agreed,
    completed,
  };
  return {
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    stages: funnelStages.map((stage) => ({ stage, count: counts[stage] })),
  };
}

/** Open needs asking for each skill against verified experts who have it; shortages first. */
export async function skillsGap(): Promise<StatsSkillsGap> {
  const [openNeeds, supplyOf] = await Promise.all([openNeedSkills(), verifiedSkillSupply()]);
  const demand = countValues(
    openNeeds.flatMap((need) => [...new Set([...need.requiredSkills, ...need.suggestedSkills])]),
  );
  return {
    items: taxonomy.skills
      .map((skill) => {
        const wanted = demand[skill.id] ?? 0;
        const available = supplyOf.get(skill.id) ?? 0;
        return {
          skill: skill.id,
          zh: skill.zh,
          en: skill.en,
          demand: wanted,
          supply: available,
          gap: wanted - available,
        };
      })
      .filter((item) => item.demand > 0 || item.supply > 0)
      .sort((a, b) => b.gap - a.gap || b.demand - a.demand || a.skill.localeCompare(b.skill)),
  };
}

/** Invitations and collaborations by the need's city and the expert's pool. */
export async function crossCity(): Promise<StatsCrossCity> {
  const [invitations, collaborations] = await Promise.all([
    invitationPairs(),
    collaborationPairs(),
  ]);
  const places = await placesOf([...invitations, ...collaborations]);
  const cells = new Map<string, StatsCrossCity['items'][number]>();
  const cell = (record: { needId: Types.ObjectId; expertId: Types.ObjectId }) => {
    const city = places.city(record) ?? '';
    const pool = places.pool(record);
    const key = `${city}\u0000${pool}`;
    let found = cells.get(key);
    if (!found) {
      found = { city, pool, invitations: 0, collaborations: 0 };
      cells.set(key, found);
    }
    return found;
  };
  for (const invitation of invitations) cell(invitation).invitations += 1;
  for (const collaboration of collaborations) cell(collaboration).collaborations += 1;
  return {
    items: [...cells.values()].sort(
      (a, b) =>
        b.invitations - a.invitations ||
        a.city.localeCompare(b.city) ||
        a.pool.localeCompare(b.pool),
    ),
  };
}

/** The period a moment falls in, in Beijing time: `2026-03`, or its ISO week `2026-W13`. */
export function periodOf(at: Date, granularity: StatsTrendQuery['granularity']): string {
  return granularity === 'month' ? monthOf(at) : isoWeekOf(at);
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * `periodOf` worked out once per hour rather than once per record (tens of thousands of them):
 * Beijing's offset from UTC is whole hours, so a whole UTC hour falls in one period.
 */
function periodsByHour(granularity: StatsTrendQuery['granularity']): (at: Date) => string {
  const byHour = new Map<number, string>();
  return (at) => {
    const hour = Math.floor(at.getTime() / HOUR_MS);
    let period = byHour.get(hour);
    if (period === undefined) {
      period = periodOf(new Date(hour * HOUR_MS), granularity);
      byHour.set(hour, period);
    }
    return period;
  };
}

/** What started in each period of the range (by default the last twelve months). */
export async function trend(query: StatsTrendQuery, now = new Date()): Promise<StatsTrend> {
  const range = dateRange(query);
  const from = range.from ?? startOfMonthsAgo(now, 11);
  const within = { from, to: range.to };
  const [needs, invitations, collaborations, completed, experts] = await Promise.all([
    needCreationTimes(within),
    invitationCreationTimes(within),
    collaborationCreationTimes(within),
    completionTimes(),
    expertCreationTimes(within),
  ]);
  // Every period of the range appears, quiet ones with zeros, so that charts keep their time axis.
  const rows = new Map<string, StatsTrend['items'][number]>();
  const end = range.to ?? now;
  const periodAt = periodsByHour(query.granularity);
  for (let day = from.getTime(); day < end.getTime(); day += DAY_MS) {
    const period = periodAt(new Date(day));
    if (!rows.has(period))
      rows.set(period, {
        period,
        needs: 0,
        invitations: 0,
        collaborations: 0,
        completed: 0,
        experts: 0,
      });
  }
  const add = (at: Date, field: Exclude<keyof StatsTrend['items'][number], 'period'>) => {
    const row = rows.get(periodAt(at));
    if (row) row[field] += 1;
  };
  for (const at of needs) add(at, 'needs');
  for (const at of invitations) add(at, 'invitations');
  for (const at of collaborations) add(at, 'collaborations');
  for (const at of completed) if (at >= from && at < end) add(at, 'completed');
  for (const at of experts) add(at, 'experts');
  return {
    granularity: query.granularity,
    items: [...rows.values()].sort((a, b) => a.period.localeCompare(b.period)),
  };
}
