import { z } from 'zod';
import { poolSchema } from './experts';

/** The bureau's rules that keep the pool fair: load caps and rotation (issue 13). */
export const poolRulesSchema = z.object({
  /** an expert with this many ongoing collaborations is at capacity */
  maxActiveCollaborations: z.number().int(),
  /** an expert engaged this many times in the calendar year (Beijing time) is at capacity */
  maxEngagementsPerYear: z.number().int(),
  /** draws skip an expert who completed a collaboration with the same organization this recently */
  rotationDays: z.number().int(),
  updatedAt: z.string().optional(),
  updatedBy: z.string().optional(),
});
export type PoolRulesDto = z.infer<typeof poolRulesSchema>;

export const updatePoolRulesSchema = z
  .strictObject({
    maxActiveCollaborations: z.number().int().min(1).max(50).optional(),
    maxEngagementsPerYear: z.number().int().min(1).max(500).optional(),
    rotationDays: z.number().int().min(0).max(3650).optional(),
    /** why the rules change: kept in the audit log */
    reason: z.string().trim().min(1).max(500),
  })
  .refine(
    (value) =>
      value.maxActiveCollaborations !== undefined ||
      value.maxEngagementsPerYear !== undefined ||
      value.rotationDays !== undefined,
    { message: 'Change at least one rule', path: ['maxActiveCollaborations'] },
  );
export type UpdatePoolRulesInput = z.infer<typeof updatePoolRulesSchema>;

/** Why an expert may take no more work now. */
export const capacityLimitSchema = z.enum(['active-collaborations', 'engagements-per-year']);
export type CapacityLimit = z.infer<typeof capacityLimitSchema>;

/** Profile freshness: confirmed this (rolling) year, due for confirmation, or frozen after two years. */
export const freshnessSchema = z.enum(['current', 'due', 'frozen']);
export type Freshness = z.infer<typeof freshnessSchema>;

export const freshnessReportSchema = z.object({
  items: z.array(
    z.object({
      pool: poolSchema,
      current: z.number().int(),
      due: z.number().int(),
      frozen: z.number().int(),
    }),
  ),
  generatedAt: z.string(),
});
export type FreshnessReport = z.infer<typeof freshnessReportSchema>;

export const freshnessRemindersInputSchema = z.strictObject({
  pools: z.array(poolSchema).min(1).max(3).optional(),
  /** remind the due, the frozen, or both (default) */
  freshness: z
    .array(z.enum(['due', 'frozen']))
    .min(1)
    .max(2)
    .optional(),
});
export type FreshnessRemindersInput = z.infer<typeof freshnessRemindersInputSchema>;

const groupFiguresSchema = z.object({
  key: z.string(),
  experts: z.number().int(),
  engaged: z.number().int(),
  engagements: z.number().int(),
  invitations: z.number().int(),
  responded: z.number().int(),
  /** responded ÷ invitations received, 0 when none */
  responseRate: z.number(),
});

export const statsFairnessSchema = z.object({
  /** verified experts the figures are over */
  experts: z.number().int(),
  /** collaborations started (an accepted invitation), cancelled ones included */
  engagements: z.number().int(),
  /** share of engagements that went to the most engaged 10% of experts (0..1) */
  top10Share: z.number(),
  /** Gini coefficient of engagements per expert (0 = equal, 1 = one expert has all) */
  gini: z.number(),
  neverEngaged: z.number().int(),
  /** the Lorenz curve: cumulative share of engagements held by the least engaged share of experts */
  lorenz: z.array(z.object({ experts: z.number(), engagements: z.number() })),
  byPool: z.array(groupFiguresSchema),
  byTitle: z.array(groupFiguresSchema),
  generatedAt: z.string(),
});
export type StatsFairness = z.infer<typeof statsFairnessSchema>;
