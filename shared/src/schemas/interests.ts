import { z } from 'zod';
import { sectorIdSchema } from '../taxonomy';
import { line, pageSchema, paragraphs } from './common';
import { poolSchema } from './experts';
import { needDtoSchema, needKindSchema } from './needs';

/** An expert's optional word to the enterprise with their interest. */
export const INTEREST_MESSAGE_MAX = 300;

export const expressInterestSchema = z.strictObject({
  message: paragraphs(INTEREST_MESSAGE_MAX).optional(),
});
export type ExpressInterestInput = z.infer<typeof expressInterestSchema>;

const booleanFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Open needs an expert may take part in, sorted by fit to their skills and sectors (or newest). */
export const browseNeedsQuerySchema = z.strictObject({
  q: line(200).optional(),
  kind: needKindSchema.optional(),
  sector: sectorIdSchema.optional(),
  sort: z.enum(['fit', 'newest']).default('fit'),
  /** Only needs that share a skill or the sector with the expert (default). */
  fitting: booleanFlag.default(true),
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type BrowseNeedsQuery = z.infer<typeof browseNeedsQuerySchema>;

/** How well a need fits the expert: 0.7 × the share of its skills they have + 0.3 for its sector. */
export const needFitSchema = z.object({
  score: z.number(),
  matchedSkills: z.array(z.string()),
  sectorMatch: z.boolean(),
});
export type NeedFit = z.infer<typeof needFitSchema>;

export const interestDtoSchema = z.object({
  id: z.string(),
  needId: z.string(),
  needTitle: z.string().optional(),
  expertId: z.string(),
  message: z.string().optional(),
  createdAt: z.string(),
});
export type InterestDto = z.infer<typeof interestDtoSchema>;

export const browsedNeedSchema = z.object({
  need: needDtoSchema,
  fit: needFitSchema,
  /** The expert's own interest in the need, when they expressed one. */
  interest: interestDtoSchema.optional(),
});
export type BrowsedNeed = z.infer<typeof browsedNeedSchema>;
export const browsedNeedPageSchema = pageSchema(browsedNeedSchema).extend({
  /** Why the expert takes part in no need now (suspended, frozen…): the list is empty then. */
  blocked: z.object({ obstacle: z.string(), message: z.string() }).optional(),
});

/** An interested expert as the need's owner (and staff) sees them beside the matches. */
export const interestedExpertSchema = interestDtoSchema.extend({
  expertName: z.string(),
  expertTitle: z.string(),
  pool: poolSchema.optional(),
  skills: z.array(z.string()),
  /** The need's skills the expert has. */
  matchedSkills: z.array(z.string()),
  /** The invitation the need's organization sent the expert, if any. */
  invitation: z.object({ id: z.string(), status: z.string() }).optional(),
  /** Whether the expert may still be invited (the pool, avoidance and suspension rules). */
  invitable: z.boolean(),
});
export type InterestedExpert = z.infer<typeof interestedExpertSchema>;

export const interestResponseSchema = z.object({ interest: interestDtoSchema });
export const interestListSchema = z.object({ items: z.array(interestDtoSchema) });
export const interestedExpertListSchema = z.object({ items: z.array(interestedExpertSchema) });
