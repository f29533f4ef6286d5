import type { Types } from 'mongoose';
import {
  funnelStages,
  pools,
  poolOfCity,
  taxonomy,
  type FunnelStage,
  type Pool,
  type StatsCrossCity,
  type StatsFilterQuery,
  type StatsFunnel,
  type StatsOverview,
  type StatsSkillsGap,
  type StatsTrend,
  type StatsTrendQuery,
} from '@qs/shared';
import type { StatsScope } from '../../lib/count-by';
import { median } from '../../lib/median';
import { furthestStage } from './funnel-stage';
import { startOfMonthsAgo } from '../../lib/time';
import {
  agreementFacts,
  collaborationFacts,
  collaboratingNeedIdSet,
  outcomeSummaries,
} from '../collaborations';
import {
  expertCountsBy,
  expertCreationTimes,
  expertStatsFacts,
  poolsOf,
  verifiedSkillSupply,
} from '../experts';
import { invitationFacts, invitedNeedIdSet } from '../invitation-store';
import {
  citiesOf,
  needCountsBy,
  needCreationTimes,
  needsCreatedWithin,
  openNeedSkills,
  placesOfNeeds,
} from '../needs';
import {
  allianceMemberCount,
  organizationCountsByType,
  organizationIdsPlaced,
} from '../organizations';
import { settled } from './stats.days';
import type { Cells } from './stats.days.cells';
import { dayOf, startOfBeijingDay, startsADay } from './stats.days.facts';
import { readCells, readDayCounts } from './stats.days.reads';
import { ensureStatsDays } from './stats.days.rebuild';
import { answeringNeeds, dateRange, rangeOf, scopeOf } from './stats.scope';

const sum = (values: Record<string, number>) =>
  Object.values(values).reduce((total, value) => total + value, 0);

/** The city of each need and the pool of each expert that the given records name. */
export async function placesOf(records: { needId: Types.ObjectId; expertId: Types.ObjectId }[]) {
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

/** Whether a place (a need's city and sector) lies in the scope's city and sector. */
const placedIn = (scope: StatsScope, place: { c?: string; t?: string } | undefined) =>
  (!scope.city || place?.c === scope.city) && (!scope.sector || place?.t === scope.sector);

/** Outcomes recorded in the scope, by kind, and by the sector and city of the need each answered. */
async function outcomeFigures(scope: StatsScope): Promise<StatsOverview['outcomes']> {
  const recorded = await outcomeSummaries(rangeOf(scope));
  const placeOf = await placesOfNeeds(recorded.map((outcome) => outcome.needId));
  const place = (outcome: (typeof recorded)[number]) => placeOf.get(outcome.needId.toString());
  const outcomes = recorded.filter((outcome) => {
    const where = place(outcome);
    return placedIn(scope, where && { c: where.city, t: where.sector });
  });
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

/** Agreements signed in the scope's range; with a city or sector, those one of whose parties is there. */
async function agreementsByKind(scope: StatsScope): Promise<Record<string, number>> {
  const agreements = await agreementFacts(rangeOf(scope));
  if (!scope.city && !scope.sector)
    return countValues(agreements.map((agreement) => agreement.kind));
  const place = { city: scope.city, sector: scope.sector };
  const [organizations, parties] = await Promise.all([
    organizationIdsPlaced(place),
    expertStatsFacts(agreements.flatMap((agreement) => agreement.expertId ?? [])),
  ]);
  const experts = new Set(
    parties
      .filter(
        (expert) =>
          (!scope.city || expert.city === scope.city) &&
          (!scope.sector || expert.sectors.includes(scope.sector)),
      )
      .map((expert) => expert._id.toString()),
  );
  const there = (id: Types.ObjectId | undefined, ids: Set<string>) =>
    id !== undefined && ids.has(id.toString());
  return countValues(
    agreements
      .filter(
        (agreement) =>
          there(agreement.organizationId, organizations) ||
          there(agreement.partnerOrganizationId, organizations) ||
          there(agreement.expertId, experts),
      )
      .map((agreement) => agreement.kind),
  );
}

/** The scope's city and sector, and its range as instants. */
function placeScope(query: StatsFilterQuery): StatsScope {
  const range = dateRange(query);
  return {
    ...(range.from ? { from: range.from } : {}),
    ...(range.to ? { to: range.to } : {}),
    ...(query.city ? { city: query.city } : {}),
    ...(query.sector ? { sector: query.sector } : {}),
  };
}

/**
 * The scope's range as days of the read model, or undefined when an end is a moment inside a day
 * (given with a time): the days cannot split one, so those figures are counted from the records.
 */
function daysOf(range: { from?: Date; to?: Date }): { from?: string; to?: string } | undefined {
  if ((range.from && !startsADay(range.from)) || (range.to && !startsADay(range.to)))
    return undefined;
  return {
    ...(range.from ? { from: dayOf(range.from) } : {}),
    ...(range.to ? { to: dayOf(range.to) } : {}),
  };
}

/** Once this process's updates are in and the days are of this version. */
async function readyDays(): Promise<void> {
  await settled();
  await ensureStatsDays({ counts: false });
}

async function cellsWithin<S extends keyof Cells>(
  series: S[],
  days: { from?: string; to?: string },
) {
  await readyDays();
  return readCells(series, days);
}

/** What the overview counts of experts, needs, invitations and collaborations. */
interface Counted {
  expertsByVerification: Record<string, number>;
  expertsByPool: Record<string, number>;
  needsByKind: Record<string, number>;
  needsByStatus: Record<string, number>;
  invitationsByStatus: Record<string, number>;
  responseHours: number[];
  collaborations: { total: number; byStatus: Record<string, number>; crossCity: number };
}

const addCounts = (into: Record<string, number>, counts: Record<string, number>) => {
  for (const [key, count] of Object.entries(counts)) into[key] = (into[key] ?? 0) + count;
};

async function countedFromDays(
  scope: StatsScope,
  days: { from?: string; to?: string },
): Promise<Counted> {
  const counted: Counted = {
    expertsByVerification: {},
    expertsByPool: {},
    needsByKind: {},
    needsByStatus: {},
    invitationsByStatus: {},
    responseHours: [],
    collaborations: { total: 0, byStatus: {}, crossCity: 0 },
  };
  const rows = await cellsWithin(['experts', 'needs', 'invitations', 'collaborations'], days);
  for (const row of rows) {
    if (row.series === 'experts') {
      for (const cell of row.cells as Cells['experts'][])
        if ((!scope.city || cell.c === scope.city) && cell.t === (scope.sector ?? '*')) {
          addCounts(counted.expertsByVerification, cell.v);
          addCounts(counted.expertsByPool, cell.p);
        }
    } else if (row.series === 'needs') {
      for (const cell of row.cells as Cells['needs'][])
        if (placedIn(scope, cell)) {
          addCounts(counted.needsByKind, cell.k);
          addCounts(counted.needsByStatus, cell.s);
        }
    } else if (row.series === 'invitations') {
      for (const cell of row.cells as Cells['invitations'][])
        if (placedIn(scope, cell)) {
          addCounts(counted.invitationsByStatus, cell.s);
          counted.responseHours.push(...cell.h);
        }
    } else {
      for (const cell of row.cells as Cells['collaborations'][])
        if (placedIn(scope, cell)) {
          counted.collaborations.total += cell.n;
          addCounts(counted.collaborations.byStatus, cell.s);
          counted.collaborations.crossCity += cell.x;
        }
    }
  }
  return counted;
}

/** The same, from the records: for a range that ends inside a day. */
async function countedFromRecords(query: StatsFilterQuery): Promise<Counted> {
  const scope = await scopeOf(query);
  const [
    expertsByVerification,
    expertsByPool,
    needsByKind,
    needsByStatus,
    allInvitations,
    allCollaborations,
  ] = await Promise.all([
    expertCountsBy('verification.status', scope),
    expertCountsBy('pool', scope),
    needCountsBy('kind', scope),
    needCountsBy('status', scope),
    invitationFacts(rangeOf(scope)),
    collaborationFacts(rangeOf(scope)),
  ]);
  const invitations = answeringNeeds(scope, allInvitations);
  const collaborations = answeringNeeds(scope, allCollaborations);
  const places = await placesOf(collaborations);
  return {
    expertsByVerification,
    expertsByPool,
    needsByKind,
    needsByStatus,
    invitationsByStatus: countValues(invitations.map((i) => i.status)),
    responseHours: invitations.flatMap((i) =>
      i.responseHours === undefined ? [] : [i.responseHours],
    ),
    collaborations: {
      total: collaborations.length,
      byStatus: countValues(collaborations.map((c) => c.status)),
      crossCity: collaborations.filter((c) => poolOfCity(places.city(c)) !== places.pool(c)).length,
    },
  };
}

export async function overview(query: StatsFilterQuery): Promise<StatsOverview> {
  const scope = placeScope(query);
  const days = daysOf(scope);
  const [counted, organizationsByType, allianceMembers, agreementCounts, outcomes] =
    await Promise.all([
      days ? countedFromDays(scope, days) : countedFromRecords(query),
      organizationCountsByType(scope),
      allianceMemberCount(scope),
      agreementsByKind(scope),
      outcomeFigures(scope),
    ]);
  const { expertsByVerification, expertsByPool, needsByKind, needsByStatus, invitationsByStatus } =
    counted;
  const invitation = (status: string) => invitationsByStatus[status] ?? 0;
  const decided = invitation('accepted') + invitation('declined') + invitation('expired');
  const middle = median(counted.responseHours);
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
    collaborations: counted.collaborations,
    agreements: { total: sum(agreementCounts), byKind: agreementCounts },
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

/**
 * Needs created in the scope and how far each got: matched, invited, accepted, agreed, completed;
 * for all of them, and apart for the enterprises' own needs and the catalogue's scenarios.
 */
export async function funnel(query: StatsFilterQuery): Promise<StatsFunnel> {
  const scope = placeScope(query);
  const days = daysOf(scope);
  return {
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    ...(days ? await funnelFromDays(scope, days) : await funnelFromRecords(query)),
  };
}

type FunnelCounts = Pick<StatsFunnel, 'stages' | 'bySource'>;

async function funnelFromDays(
  scope: StatsScope,
  days: { from?: string; to?: string },
): Promise<FunnelCounts> {
  const zero = (): Record<FunnelStage, number> => ({
    needs: 0,
    matched: 0,
    invited: 0,
    accepted: 0,
    agreed: 0,
    completed: 0,
  });
  const own = zero();
  const catalogue = zero();
  for (const row of await cellsWithin(['needs'], days))
    for (const cell of row.cells as Cells['needs'][]) {
      if (!placedIn(scope, cell)) continue;
      const counts = cell.o ? catalogue : own;
      counts.needs += cell.n;
      for (const stage of funnelStages) if (stage !== 'needs') counts[stage] += cell[stage];
    }
  const stagesOf = (counts: Record<FunnelStage, number>) =>
    funnelStages.map((stage) => ({ stage, count: counts[stage] }));
  return {
    stages: funnelStages.map((stage) => ({ stage, count: own[stage] + catalogue[stage] })),
    bySource: { own: stagesOf(own), catalogue: stagesOf(catalogue) },
  };
}

async function funnelFromRecords(query: StatsFilterQuery): Promise<FunnelCounts> {
  const scope = await scopeOf(query);
  const [needs, invited, accepted, agreed, completed] = await Promise.all([
    needsCreatedWithin(scope),
    invitedNeedIdSet(),
    invitedNeedIdSet('accepted'),
    collaboratingNeedIdSet(['agreed', 'completed']),
    collaboratingNeedIdSet(['completed']),
  ]);
  const stageOf = (need: (typeof needs)[number]) => {
    const id = need._id.toString();
    return furthestStage({
      matched: Boolean(need.matchedAt),
      invited: invited.has(id),
      accepted: accepted.has(id),
      agreed: agreed.has(id),
      completed: completed.has(id),
    });
  };
  const stagesOf = (group: typeof needs) => {
    const stages = group.map(stageOf);
    return funnelStages.map((stage, index) => ({
      stage,
      count: stages.filter((reached) => reached >= index).length,
    }));
  };
  return {
    stages: stagesOf(needs),
    bySource: {
      own: stagesOf(needs.filter((need) => !need.release)),
      catalogue: stagesOf(needs.filter((need) => need.release)),
    },
  };
}

/**
 * Open needs (created in the range, in the city and sector) asking for each skill against
 * verified experts who have it (in the sector: experts of any city serve a city's needs).
 */
export async function skillsGap(query: StatsFilterQuery): Promise<StatsSkillsGap> {
  const scope = await scopeOf(query);
  const [openNeeds, supplyOf] = await Promise.all([
    openNeedSkills(scope),
    verifiedSkillSupply(scope.sector ? { sector: scope.sector } : {}),
  ]);
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

/** Invitations and collaborations of the scope by the need's city and the expert's pool. */
export async function crossCity(query: StatsFilterQuery): Promise<StatsCrossCity> {
  const scope = await scopeOf(query);
  const [allInvitations, allCollaborations] = await Promise.all([
    invitationFacts(rangeOf(scope)),
    collaborationFacts(rangeOf(scope)),
  ]);
  const invitations = answeringNeeds(scope, allInvitations);
  const collaborations = answeringNeeds(scope, allCollaborations);
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

/** The ISO week (`2026-W13`) of a calendar day (`2026-03-26`): the week of its Thursday. */
function isoWeekOfDay(day: string): string {
  const date = Date.parse(`${day}T00:00:00Z`);
  const thursday = new Date(date + (3 - ((new Date(date).getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The period a moment falls in, in Beijing time: `2026-03`, or its ISO week `2026-W13`. */
export function periodOf(at: Date, granularity: StatsTrendQuery['granularity']): string {
  const day = dayOf(at);
  return granularity === 'month' ? day.slice(0, 7) : isoWeekOfDay(day);
}

/** `periodOf` worked out once per Beijing day rather than once per record (tens of thousands). */
function periodsByDay(granularity: StatsTrendQuery['granularity']): (at: Date) => string {
  const byDay = new Map<string, string>();
  return (at) => {
    const day = dayOf(at);
    let period = byDay.get(day);
    if (period === undefined) {
      period = granularity === 'month' ? day.slice(0, 7) : isoWeekOfDay(day);
      byDay.set(day, period);
    }
    return period;
  };
}

type TrendRow = StatsTrend['items'][number];
type TrendField = Exclude<keyof TrendRow, 'period'>;

/** What started in each period of the range (by default the last twelve months), in the city and sector. */
export async function trend(query: StatsTrendQuery, now = new Date()): Promise<StatsTrend> {
  const scope = placeScope(query);
  const from = scope.from ?? startOfMonthsAgo(now, 11);
  const end = scope.to ?? now;
  // Every period of the range appears, quiet ones with zeros, so that charts keep their time axis.
  const rows = new Map<string, TrendRow>();
  const periodAt = periodsByDay(query.granularity);
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
  const add = (at: Date, field: TrendField, count = 1) => {
    const row = rows.get(periodAt(at));
    if (row) row[field] += count;
  };
  const days = daysOf({ from, ...(scope.to ? { to: scope.to } : {}) });
  if (days) await trendFromDays({ ...scope, from }, days, add);
  else await trendFromRecords(query, { from, end }, add);
  return {
    granularity: query.granularity,
    items: [...rows.values()].sort((a, b) => a.period.localeCompare(b.period)),
  };
}

/** Each day's counts, added at the day's start (its period's). */
async function trendFromDays(
  scope: StatsScope,
  days: { from?: string; to?: string },
  add: (at: Date, field: TrendField, count: number) => void,
): Promise<void> {
  await readyDays();
  const rows = await readDayCounts(
    ['needs', 'invitations', 'collaborations', 'completions', 'experts'],
    days,
  );
  const field = {
    needs: 'needs',
    invitations: 'invitations',
    collaborations: 'collaborations',
    completions: 'completed',
    experts: 'experts',
  } as const satisfies Record<(typeof rows)[number]['series'], TrendField>;
  for (const row of rows) {
    let count = 0;
    for (const cell of row.counts)
      if (
        row.series === 'experts'
          ? (!scope.city || cell.c === scope.city) && cell.t === (scope.sector ?? '*')
          : placedIn(scope, cell)
      )
        count += cell.n;
    if (count) add(startOfBeijingDay(row.day), field[row.series], count);
  }
}

async function trendFromRecords(
  query: StatsTrendQuery,
  { from, end }: { from: Date; end: Date },
  add: (at: Date, field: TrendField) => void,
): Promise<void> {
  const scope = await scopeOf(query);
  const within = { ...scope, from };
  const during = (at: Date) => at >= from && at < end;
  const [needs, invitations, collaborations, experts] = await Promise.all([
    needCreationTimes(within),
    invitationFacts(rangeOf(within)),
    collaborationFacts({}),
    expertCreationTimes(within),
  ]);
  const answering = answeringNeeds(scope, collaborations);
  for (const at of needs) add(at, 'needs');
  for (const { createdAt } of answeringNeeds(scope, invitations)) add(createdAt, 'invitations');
  for (const { createdAt, completedAt } of answering) {
    if (during(createdAt)) add(createdAt, 'collaborations');
    if (completedAt && during(completedAt)) add(completedAt, 'completed');
  }
  for (const at of experts) add(at, 'experts');
}
