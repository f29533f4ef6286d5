import { z } from 'zod';
import { needClosingDtoSchema } from './closing';
import { sectorIdSchema, skillIdSchema } from '../taxonomy';
import { idSchema, line, paragraphs, text } from './common';
import { collaborationModeSchema } from './experts';

export const needKinds = ['diagnosis', 'scenario', 'project', 'consulting', 'training'] as const;
export const needKindSchema = z.enum(needKinds);
export type NeedKind = z.infer<typeof needKindSchema>;

export const needStatuses = ['open', 'in_progress', 'closed'] as const;
export const needStatusSchema = z.enum(needStatuses);
export type NeedStatus = z.infer<typeof needStatusSchema>;

export const budgetSchema = z
  .strictObject({ min: z.number().min(0), max: z.number().min(0) })
  .refine((b) => b.max >= b.min, { path: ['max'], message: 'must not be below min' });

const skillList = z
  .array(skillIdSchema)
  .max(20)
  .transform((list) => [...new Set(list)]);
const deadlineSchema = z.iso.date().or(z.iso.datetime());

/** The fields a need is written with; creation and editing differ only in what is optional. */
const needFields = {
  title: text(200),
  description: paragraphs(8000).min(1),
  kind: needKindSchema,
  sector: sectorIdSchema,
  city: text(50),
};

/**
 * Avoidance lists (回避): organizations (one of the platform's, by id, or any by name; names are
 * compared as organization names are, without width, case, spaces or punctuation) and experts
 * whose experts may not be matched, drawn or invited for the need. Only its owner sees them.
 */
export const avoidOrganizationSchema = z.strictObject({
  id: idSchema.optional(),
  name: text(200),
});
const avoidOrganizationList = z.array(avoidOrganizationSchema).max(50);
const avoidExpertList = z
  .array(idSchema)
  .max(50)
  .transform((list) => [...new Set(list)]);

export const createNeedSchema = z.strictObject({
  ...needFields,
  avoidOrganizations: avoidOrganizationList.optional(),
  avoidExperts: avoidExpertList.optional(),
  requiredSkills: skillList.optional(),
  budget: budgetSchema.optional(),
  deadline: deadlineSchema.optional(),
  collaborationMode: collaborationModeSchema.optional(),
});
export type CreateNeedInput = z.infer<typeof createNeedSchema>;

export const needDtoSchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  organizationName: z.string().optional(),
  /** The account that posted the need; staff only. */
  createdBy: z.string().optional(),
  title: z.string(),
  description: z.string(),
  kind: needKindSchema,
  sector: z.string(),
  requiredSkills: z.array(z.string()),
  suggestedSkills: z.array(z.string()),
  city: z.string(),
  budget: z.object({ min: z.number(), max: z.number() }).optional(),
  deadline: z.string().optional(),
  collaborationMode: collaborationModeSchema.optional(),
  /** The avoidance lists; to the owner and staff only. */
  avoidOrganizations: z.array(z.object({ id: z.string().optional(), name: z.string() })).optional(),
  avoidExperts: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
  status: needStatusSchema,
  /** Present once the need is closed. */
  closing: needClosingDtoSchema.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type NeedDto = z.infer<typeof needDtoSchema>;

const booleanFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const updateNeedSchema = z
  .strictObject({
    ...needFields,
    requiredSkills: skillList,
    avoidOrganizations: avoidOrganizationList,
    avoidExperts: avoidExpertList,
    budget: budgetSchema.nullable(),
    deadline: deadlineSchema.nullable(),
    collaborationMode: collaborationModeSchema.nullable(),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'needs at least one field');
export type UpdateNeedInput = z.infer<typeof updateNeedSchema>;

export const listNeedsQuerySchema = z.strictObject({
  mine: booleanFlag.optional(),
  status: needStatusSchema.optional(),
  kind: needKindSchema.optional(),
  sector: sectorIdSchema.optional(),
  q: line(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListNeedsQuery = z.infer<typeof listNeedsQuerySchema>;

export const catalogueQuerySchema = z.strictObject({
  q: line(200).optional(),
  sector: sectorIdSchema.optional(),
  skill: skillIdSchema.optional(),
  release: line(50).optional(),
  /** Scenarios of every status unless one is asked for: the 2021 releases are mostly closed. */
  status: needStatusSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;
