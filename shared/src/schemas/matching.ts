import { z } from 'zod';
import { drawMemberSchema, drawStatuses, drawTopUpSchema, drawTrailEntrySchema } from './draws';
import { expertDtoSchema, poolSchema } from './experts';
import { DEFAULT_INVITATION_DAYS } from './invitations';

const poolList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  )
  .pipe(z.array(poolSchema).max(3));

export const matchQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  pool: poolList.optional(),
  /** leave out the experts already invited to the need (in any state) */
  notInvited: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type MatchQuery = z.infer<typeof matchQuerySchema>;

export const matchExplanationSchema = z.object({
  matchedSkills: z.array(z.string()),
  missingSkills: z.array(z.string()),
  sectorMatch: z.boolean(),
  pool: poolSchema.optional(),
  city: z.string(),
  rating: z.object({ average: z.number(), count: z.number() }),
  activeCollaborations: z.number(),
  /** The score's parts, each 0..1, for whoever wants to see the arithmetic. */
  components: z.object({
    skills: z.number(),
    sector: z.number(),
    text: z.number(),
    reputation: z.number(),
    responsiveness: z.number(),
    workload: z.number(),
  }),
  reasons: z.array(z.string()),
  /** the load cap reached: such experts are listed after the others and cannot be invited */
  atCapacity: z.enum(['active-collaborations', 'engagements-per-year']).optional(),
});
export type MatchExplanation = z.infer<typeof matchExplanationSchema>;

export const matchItemSchema = z.object({
  expert: expertDtoSchema,
  score: z.number(),
  explanation: matchExplanationSchema,
});
export type MatchItem = z.infer<typeof matchItemSchema>;

/** A skill the need's text does not name but its words point to, learned from the platform's records. */
export const inferredSkillSchema = z.object({
  skill: z.string(),
  /** 0..1 */
  confidence: z.number(),
  /** the text's own words that point to the skill */
  words: z.array(z.string()),
});
export type InferredSkill = z.infer<typeof inferredSkillSchema>;

export const matchResponseSchema = z.object({
  items: z.array(matchItemSchema),
  skills: z.array(z.string()),
  skillsSource: z.enum(['required', 'suggested']),
  /** which of `skills` were inferred from the text rather than named in it */
  inferredSkills: z.array(inferredSkillSchema),
});

export const extractionInputSchema = z.strictObject({
  count: z.number().int().min(1).max(50),
  pools: z.array(poolSchema).min(1).max(3).optional(),
  /** an ordered list drawn after the `count`, called in turn when a drawn expert drops out */
  reserves: z.number().int().min(0).max(50).default(0),
  /** invite the drawn experts at once, and each next reserve automatically */
  invite: z.boolean().default(false),
  expiresInDays: z.number().int().min(1).max(30).default(DEFAULT_INVITATION_DAYS),
  /** bureau only: draw experts still in rotation with the organization, for this draw; the reason is recorded */
  overrideRotation: z.string().trim().min(1).max(500).optional(),
});
export type ExtractionInput = z.infer<typeof extractionInputSchema>;

export const extractedExpertSchema = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string(),
  organization: z.string(),
  pool: poolSchema.optional(),
  city: z.string(),
});

export const extractionDtoSchema = z.object({
  id: z.string(),
  needId: z.string(),
  count: z.number(),
  pools: z.array(poolSchema),
  seed: z.number(),
  /** How many qualified experts the draw was made from. */
  candidates: z.number(),
  experts: z.array(extractedExpertSchema),
  requestedBy: z.string(),
  at: z.string(),
  reserves: z.number(),
  reserveExperts: z.array(extractedExpertSchema),
  invite: z.boolean(),
  status: z.enum(drawStatuses),
  /** the seats still to fill, with no reserve left to call */
  openSeats: z.number(),
  members: z.array(drawMemberSchema),
  trail: z.array(drawTrailEntrySchema),
  topUps: z.array(drawTopUpSchema),
  /** qualified experts the pool rules kept out of the draw */
  skipped: z.object({ atCapacity: z.number(), rotation: z.number() }).optional(),
  rotationOverride: z.string().optional(),
});
export type ExtractionDto = z.infer<typeof extractionDtoSchema>;
