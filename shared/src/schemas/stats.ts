import { z } from 'zod';
import { sectorIdSchema } from '../taxonomy';
import { collaborationStatuses } from './collaborations';
import { pools } from './experts';
import { invitationStatuses } from './invitations';

const count = z.number().int();
const counts = z.record(z.string(), count);

export const statsOverviewSchema = z.object({
  experts: z.object({
    total: count,
    verified: count,
    byPool: z.object({ qingdao: count, shenzhen: count, other: count }),
    byVerification: counts,
  }),
  organizations: z.object({ total: count, allianceMembers: count, byType: counts }),
  needs: z.object({ total: count, byKind: counts, byStatus: counts }),
  invitations: z.object({
    total: count,
    accepted: count,
    declined: count,
    pending: count,
    expired: count,
    withdrawn: count,
    /** accepted of those the experts decided or let expire: 0..1, 0 when none yet */
    acceptanceRate: z.number(),
    /** hours from invitation to answer, median over answered ones; absent before any answer */
    medianResponseHours: z.number().optional(),
  }),
  collaborations: z.object({
    total: count,
    byStatus: counts,
    /** collaborations whose expert's pool lies in another city than the need */
    crossCity: count,
  }),
  agreements: z.object({ total: count, byKind: counts }),
  /** Outcomes recorded on completing collaborations: by kind, and by the need's sector and city. */
  outcomes: z.object({
    total: count,
    hoursSpent: z.number(),
    withFile: count,
    byKind: counts,
    bySector: counts,
    byCity: counts,
  }),
  generatedAt: z.string(),
});
export type StatsOverview = z.infer<typeof statsOverviewSchema>;

/** A day (`2026-03-30`) or a moment with its offset; `to` includes its whole day. */
const dateParam = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

const fromNotAfterTo = (q: { from?: string; to?: string }) =>
  !q.from || !q.to || new Date(q.from) <= new Date(q.to);
const notBeforeFrom = { path: ['to'], message: 'must not be before from' };

/**
 * What every figure can be narrowed to: a range of Beijing days (or moments), the city of the
 * need (or of the expert or organization counted), and a sector of the taxonomy.
 */
const filterShape = {
  from: dateParam.optional(),
  to: dateParam.optional(),
  city: z.string().trim().min(1).max(50).optional(),
  sector: sectorIdSchema.optional(),
};

export const statsFilterQuerySchema = z
  .strictObject(filterShape)
  .refine(fromNotAfterTo, notBeforeFrom);
export type StatsFilterQuery = z.infer<typeof statsFilterQuerySchema>;

export const funnelStages = [
  'needs',
  'matched',
  'invited',
  'accepted',
  'agreed',
  'completed',
] as const;
export type FunnelStage = (typeof funnelStages)[number];

const funnelStagesSchema = z.array(z.object({ stage: z.enum(funnelStages), count }));

/**
 * Needs created in the range, and how many of them reached each stage; `bySource` splits them
 * into the enterprises' own needs and the scenarios imported from the catalogue (a release).
 */
export const statsFunnelSchema = z.object({
  from: z.string().optional(),
  to: z.string().optional(),
  stages: funnelStagesSchema,
  bySource: z.object({ own: funnelStagesSchema, catalogue: funnelStagesSchema }),
});
export type StatsFunnel = z.infer<typeof statsFunnelSchema>;

/** Per skill: demand in open needs against verified experts who have it; `gap` > 0 is a shortage. */
export const statsSkillsGapSchema = z.object({
  items: z.array(
    z.object({
      skill: z.string(),
      zh: z.string(),
      en: z.string(),
      demand: count,
      supply: count,
      gap: count,
    }),
  ),
});
export type StatsSkillsGap = z.infer<typeof statsSkillsGapSchema>;

/** Enterprise city (the need's) × expert pool: invitations and collaborations. */
export const statsCrossCitySchema = z.object({
  items: z.array(
    z.object({
      city: z.string(),
      pool: z.enum(['qingdao', 'shenzhen', 'other']),
      invitations: count,
      collaborations: count,
    }),
  ),
});
export type StatsCrossCity = z.infer<typeof statsCrossCitySchema>;

/** The cross-city pairs, a page at a time. */
export const statsPairsQuerySchema = z
  .strictObject({
    ...filterShape,
    page: z.coerce.number().int().min(1).default(1),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .refine(fromNotAfterTo, notBeforeFrom);
export type StatsPairsQuery = z.infer<typeof statsPairsQuerySchema>;

/**
 * An invitation whose expert's pool is not the pool of the need's city (a Qingdao enterprise and
 * a Shenzhen expert, or the reverse), with the collaboration it became, if any. No contact data.
 */
export const statsPairSchema = z.object({
  invitationId: z.string(),
  need: z.object({ id: z.string(), title: z.string(), city: z.string(), sector: z.string() }),
  organization: z.object({ id: z.string(), name: z.string() }),
  expert: z.object({ id: z.string(), name: z.string(), pool: z.enum(pools) }),
  invitationStatus: z.enum(invitationStatuses),
  collaborationStatus: z.enum(collaborationStatuses).optional(),
  invitedAt: z.string(),
});
export type StatsPair = z.infer<typeof statsPairSchema>;

export const statsPairsSchema = z.object({
  items: z.array(statsPairSchema),
  total: count,
  page: count,
  limit: count,
});
export type StatsPairs = z.infer<typeof statsPairsSchema>;

export const trendGranularities = ['month', 'week'] as const;
export const statsTrendQuerySchema = z
  .strictObject({ granularity: z.enum(trendGranularities).default('month'), ...filterShape })
  .refine(fromNotAfterTo, notBeforeFrom);
export type StatsTrendQuery = z.infer<typeof statsTrendQuerySchema>;

/** Per period (`2026-03`, or the ISO week `2026-W13`): what started in it. */
export const statsTrendSchema = z.object({
  granularity: z.enum(trendGranularities),
  items: z.array(
    z.object({
      period: z.string(),
      needs: count,
      invitations: count,
      collaborations: count,
      completed: count,
      experts: count,
    }),
  ),
});
export type StatsTrend = z.infer<typeof statsTrendSchema>;

export const statsUpdatedPayloadSchema = z.object({ at: z.string() });
