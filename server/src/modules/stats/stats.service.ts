import type { Model, PipelineStage, QueryFilter, Types } from 'mongoose';
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
import { AgreementModel, CollaborationModel } from '../collaborations';
import { ExpertModel } from '../experts';
import { InvitationModel } from '../invitations';
import { NeedModel } from '../needs';
import { OrganizationModel } from '../organizations';

/** Counts of a collection's documents by the value of one field. */
async function countBy<T>(
  model: Model<T>,
  field: string,
  match: QueryFilter<T> = {},
): Promise<Record<string, number>> {
  const pipeline: PipelineStage[] = [
    { $match: match as Record<string, unknown> },
    { $group: { _id: `$${field}`, count: { $sum: 1 } } },
  ];
  const rows = await model.aggregate<{ _id: unknown; count: number }>(pipeline);
  return Object.fromEntries(
    rows
      .filter((row) => row._id !== null && row._id !== undefined)
      .map((row) => [String(row._id), row.count]),
  );
}

const sum = (values: Record<string, number>) =>
  Object.values(values).reduce((total, value) => total + value, 0);

/** The city of each need and the pool of each expert that the given records name. */
async function placesOf(records: { needId: Types.ObjectId; expertId: Types.ObjectId }[]) {
  const [needs, experts] = await Promise.all([
    NeedModel.find({ _id: { $in: records.map((r) => r.needId) } }, { city: 1 }).lean(),
    ExpertModel.find({ _id: { $in: records.map((r) => r.expertId) } }, { pool: 1 }).lean(),
  ]);
  const cityOf = new Map(needs.map((need) => [need._id.toString(), need.city]));
  const poolOf = new Map(experts.map((expert) => [expert._id.toString(), expert.pool ?? 'other']));
  return {
    city: (record: { needId: Types.ObjectId }) => cityOf.get(record.needId.toString()),
    pool: (record: { expertId: Types.ObjectId }): Pool =>
      poolOf.get(record.expertId.toString()) ?? 'other',
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
  ] = await Promise.all([
    countBy(ExpertModel, 'verification.status'),
    countBy(ExpertModel, 'pool'),
    countBy(OrganizationModel, 'type'),
    OrganizationModel.countDocuments({ allianceMember: true }),
    countBy(NeedModel, 'kind'),
    countBy(NeedModel, 'status'),
    countBy(InvitationModel, 'status'),
    InvitationModel.find({ responseHours: { $exists: true } }, { responseHours: 1 }).lean(),
    CollaborationModel.find({}, { needId: 1, expertId: 1, status: 1 }).lean(),
    countBy(AgreementModel, 'kind'),
  ]);
  const places = await placesOf(collaborations);
  const invitation = (status: string) => invitationsByStatus[status] ?? 0;
  const decided = invitation('accepted') + invitation('declined') + invitation('expired');
  const middle = median(answered.map((record) => record.responseHours as number));
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

function createdWithin(range: { from?: Date; to?: Date }) {
  if (!range.from && !range.to) return {};
  return {
    createdAt: {
      ...(range.from ? { $gte: range.from } : {}),
      ...(range.to ? { $lt: range.to } : {}),
    },
  };
}

/** Needs created in the range and how far each got: matched, invited, accepted, agreed, completed. */
export async function funnel(query: StatsRangeQuery): Promise<StatsFunnel> {
  const needs = await NeedModel.find(createdWithin(dateRange(query)), { matchedAt: 1 }).lean();
  const ids = needs.map((need) => need._id);
  const distinctNeeds = async <T>(model: Model<T>, filter: QueryFilter<T>) =>
    (await model.distinct('needId', { ...filter, needId: { $in: ids } })).length;
  const [invited, accepted, agreed, completed] = await Promise.all([
    distinctNeeds(InvitationModel, {}),
    distinctNeeds(InvitationModel, { status: 'accepted' }),
    distinctNeeds(CollaborationModel, { status: { $in: ['agreed', 'completed'] } }),
    distinctNeeds(CollaborationModel, { status: 'completed' }),
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
  const [openNeeds, supply] = await Promise.all([
    NeedModel.find({ status: 'open' }, { requiredSkills: 1, suggestedSkills: 1 }).lean(),
    ExpertModel.aggregate<{ _id: string; count: number }>([
      { $match: { 'verification.status': 'verified' } },
      { $unwind: '$skills' },
      { $group: { _id: '$skills', count: { $sum: 1 } } },
    ]),
  ]);
  const demand = countValues(
    openNeeds.flatMap((need) => [...new Set([...need.requiredSkills, ...need.suggestedSkills])]),
  );
  const supplyOf = new Map(supply.map((row) => [row._id, row.count]));
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
    InvitationModel.find({}, { needId: 1, expertId: 1 }).lean(),
    CollaborationModel.find({}, { needId: 1, expertId: 1 }).lean(),
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

/** What started in each period of the range (by default the last twelve months). */
export async function trend(query: StatsTrendQuery, now = new Date()): Promise<StatsTrend> {
  const range = dateRange(query);
  const from = range.from ?? startOfMonthsAgo(now, 11);
  const within = createdWithin({ from, to: range.to });
  const [needs, invitations, collaborations, completed, experts] = await Promise.all([
    NeedModel.find(within, { createdAt: 1 }).lean(),
    InvitationModel.find(within, { createdAt: 1 }).lean(),
    CollaborationModel.find(within, { createdAt: 1 }).lean(),
    CollaborationModel.find({ status: 'completed' }, { history: 1 }).lean(),
    ExpertModel.find(within, { createdAt: 1 }).lean(),
  ]);
  // Every period of the range appears, quiet ones with zeros, so that charts keep their time axis.
  const rows = new Map<string, StatsTrend['items'][number]>();
  const end = range.to ?? now;
  for (let day = from.getTime(); day < end.getTime(); day += DAY_MS) {
    const period = periodOf(new Date(day), query.granularity);
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
    const row = rows.get(periodOf(at, query.granularity));
    if (row) row[field] += 1;
  };
  for (const need of needs) add(need.createdAt, 'needs');
  for (const invitation of invitations) add(invitation.createdAt, 'invitations');
  for (const collaboration of collaborations) add(collaboration.createdAt, 'collaborations');
  for (const collaboration of completed) {
    const done = collaboration.history.findLast((event) => event.status === 'completed');
    if (done && done.at >= from && done.at < end) add(done.at, 'completed');
  }
  for (const expert of experts) add(expert.createdAt, 'experts');
  return {
    granularity: query.granularity,
    items: [...rows.values()].sort((a, b) => a.period.localeCompare(b.period)),
  };
}
