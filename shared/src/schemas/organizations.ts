import { z } from 'zod';
import { sectorIdSchema } from '../taxonomy';
import { line, paragraphs, text } from './common';

export const organizationTypes = [
  'enterprise',
  'university',
  'institute',
  'association',
  'government',
  'platform',
] as const;
export const organizationTypeSchema = z.enum(organizationTypes);
export type OrganizationType = z.infer<typeof organizationTypeSchema>;

/** Letters or digits are what tell organizations apart: a name of punctuation alone names none. */
const organizationName = text(200).refine((name) => /[\p{L}\p{N}]/u.test(name), {
  message: 'must contain letters or digits',
});

export const organizationRefSchema = z.strictObject({
  name: organizationName,
  type: organizationTypeSchema,
  city: text(50),
});
export type OrganizationRef = z.infer<typeof organizationRefSchema>;

const booleanFlag = z.enum(['true', 'false']).transform((v) => v === 'true');
const isoDate = z.iso.date().or(z.iso.datetime());

export const organizationInputSchema = z.strictObject({
  name: organizationName,
  type: organizationTypeSchema,
  city: text(50),
  sectors: z.array(sectorIdSchema).max(16).default([]),
  allianceMember: z.boolean().default(false),
  allianceJoinedAt: isoDate.optional(),
  description: paragraphs(2000).default(''),
});
export type OrganizationInput = z.infer<typeof organizationInputSchema>;

export const organizationPatchSchema = z
  .strictObject({
    name: organizationName,
    type: organizationTypeSchema,
    city: text(50),
    sectors: z.array(sectorIdSchema).max(16),
    allianceMember: z.boolean(),
    allianceJoinedAt: isoDate.nullable(),
    description: paragraphs(2000),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'needs at least one field');
export type OrganizationPatch = z.infer<typeof organizationPatchSchema>;

export const listOrganizationsQuerySchema = z.strictObject({
  q: line(100).optional(),
  type: organizationTypeSchema.optional(),
  city: line(50).optional(),
  allianceMember: booleanFlag.optional(),
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListOrganizationsQuery = z.infer<typeof listOrganizationsQuerySchema>;

export const organizationDtoSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: organizationTypeSchema,
  city: z.string(),
  sectors: z.array(z.string()),
  allianceMember: z.boolean(),
  allianceJoinedAt: z.string().optional(),
  description: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrganizationDto = z.infer<typeof organizationDtoSchema>;
