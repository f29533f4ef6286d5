import { z } from 'zod';
import { poolSchema } from './experts';

/**
 * One drawn expert's place in a draw: drawn ones hold the seats, reserves wait in order.
 * `waiting → inviting → invited → accepted | declined | expired | withdrawn`, and
 * `waiting | inviting → skipped` when the expert no longer qualifies (or cannot be invited).
 */
export const drawMemberStates = [
  'waiting',
  'inviting',
  'invited',
  'accepted',
  'declined',
  'expired',
  'withdrawn',
  'skipped',
] as const;
export const drawMemberStateSchema = z.enum(drawMemberStates);
export type DrawMemberState = z.infer<typeof drawMemberStateSchema>;

/** drawn: a seat of `count`; reserve: the ordered list; top-up: drawn later, after the reserves. */
export const drawMemberRoles = ['drawn', 'reserve', 'top-up'] as const;
export type DrawMemberRole = (typeof drawMemberRoles)[number];

/** Why a seat changed hands or a reserve was passed over. */
export const drawReasons = [
  'declined',
  'expired',
  'withdrawn',
  'not_verified',
  'unavailable',
  'pool_not_visible',
  'same_organization',
  'excluded',
  'not_invitable',
  'need_closed',
] as const;
export const drawReasonSchema = z.enum(drawReasons);
export type DrawReason = z.infer<typeof drawReasonSchema>;

export const drawTrailKinds = [
  'drawn',
  'invited',
  'ended',
  'replaced',
  'skipped',
  'exhausted',
  'topped-up',
] as const;
export type DrawTrailKind = (typeof drawTrailKinds)[number];

/**
 * recorded: drawn without inviting; inviting: seats invited or accepted; short: a seat is empty and
 * no reserve is left (a top-up draws more); complete: every seat accepted.
 */
export const drawStatuses = ['recorded', 'inviting', 'short', 'complete'] as const;
export type DrawStatus = (typeof drawStatuses)[number];

export const drawExpertSchema = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string(),
  organization: z.string(),
  pool: poolSchema.optional(),
  city: z.string(),
});

export const drawMemberSchema = z.object({
  expertId: z.string(),
  name: z.string(),
  role: z.enum(drawMemberRoles),
  state: drawMemberStateSchema,
  invitationId: z.string().optional(),
  /** the expert whose seat this one took */
  replaces: z.string().optional(),
  reason: drawReasonSchema.optional(),
});
export type DrawMemberDto = z.infer<typeof drawMemberSchema>;

export const drawTrailEntrySchema = z.object({
  at: z.string(),
  kind: z.enum(drawTrailKinds),
  expertId: z.string().optional(),
  expertName: z.string().optional(),
  /** for `replaced`: whose seat */
  replacedExpertId: z.string().optional(),
  replacedExpertName: z.string().optional(),
  reason: drawReasonSchema.optional(),
  invitationId: z.string().optional(),
  /** for `topped-up` and `exhausted` */
  count: z.number().optional(),
});
export type DrawTrailEntryDto = z.infer<typeof drawTrailEntrySchema>;

export const drawTopUpSchema = z.object({
  at: z.string(),
  by: z.string(),
  count: z.number(),
  seed: z.number(),
  candidates: z.number(),
  expertIds: z.array(z.string()),
});

export const topUpInputSchema = z.strictObject({
  count: z.number().int().min(1).max(50),
});
export type TopUpInput = z.infer<typeof topUpInputSchema>;

export const drawReplaySchema = z.object({
  consistent: z.boolean(),
  expertIds: z.array(z.string()),
  seed: z.number(),
  reserveIds: z.array(z.string()),
  topUps: z.array(
    z.object({ consistent: z.boolean(), expertIds: z.array(z.string()), seed: z.number() }),
  ),
});
