import { z } from 'zod';
import { sectorIdSchema, skillIdSchema } from '../taxonomy';
import { line, paragraphs, text } from './common';

export const pools = ['qingdao', 'shenzhen', 'other'] as const;
export const poolSchema = z.enum(pools);
export type Pool = z.infer<typeof poolSchema>;

export const availabilities = ['available', 'limited', 'unavailable'] as const;
export const availabilitySchema = z.enum(availabilities);
export type Availability = z.infer<typeof availabilitySchema>;

/** remote, on-site visits, or "talent enclave" (人才飞地): stays in Shenzhen, works for Qingdao. */
export const collaborationModes = ['remote', 'onsite', 'talent-enclave'] as const;
export const collaborationModeSchema = z.enum(collaborationModes);
export type CollaborationMode = z.infer<typeof collaborationModeSchema>;

/** `incomplete`: registered, profile never submitted; the bureau sees `pending` ones. */
export const verificationStatuses = ['incomplete', 'pending', 'verified', 'rejected'] as const;
export const verificationStatusSchema = z.enum(verificationStatuses);
export type VerificationStatus = z.infer<typeof verificationStatusSchema>;

export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 -]{5,19}$/, 'must be a phone number');

const emailSchema = z
  .email()
  .max(254)
  .transform((v) => v.toLowerCase());

export const contactSchema = z.strictObject({
  phone: phoneSchema.optional(),
  email: emailSchema.optional(),
});
export type Contact = z.infer<typeof contactSchema>;

function uniqueList<T extends z.ZodType<string>>(item: T, max: number) {
  return z
    .array(item)
    .max(max)
    .transform((list) => [...new Set(list)]);
}

/** An organization the expert worked at and the year they left: avoided for three years after. */
export const formerOrganizationSchema = z.strictObject({
  name: text(200),
  leftYear: z
    .number()
    .int()
    .min(1950)
    .refine((year) => year <= new Date().getFullYear(), 'must not be after this year'),
});
export type FormerOrganization = z.infer<typeof formerOrganizationSchema>;

export const expertProfileInputSchema = z.strictObject({
  name: text(100),
  title: line(100).default(''),
  organization: text(200),
  city: text(50),
  pool: poolSchema,
  skills: uniqueList(skillIdSchema, 20).refine(
    (list) => list.length > 0,
    'needs at least one skill',
  ),
  sectors: uniqueList(sectorIdSchema, 16),
  bio: paragraphs(4000).default(''),
  yearsOfExperience: z.number().int().min(0).max(70).default(0),
  availability: availabilitySchema.default('available'),
  contact: contactSchema.default({}),
  collaborationModes: uniqueList(collaborationModeSchema, 3).default(['remote']),
  formerOrganizations: z.array(formerOrganizationSchema).max(20).default([]),
});
export type ExpertProfileInput = z.infer<typeof expertProfileInputSchema>;

/** The contact email of the imported profile to claim. */
export const claimExpertSchema = z.strictObject({ email: emailSchema });
export type ClaimExpertInput = z.infer<typeof claimExpertSchema>;

/** The one-time code mailed to that contact email. */
export const confirmExpertClaimSchema = z.strictObject({
  code: z.string().regex(/^\d{6}$/, 'must be 6 digits'),
});
export type ConfirmExpertClaimInput = z.infer<typeof confirmExpertClaimSchema>;

/** The bureau links by hand: the login email of the expert account taking the profile. */
export const linkExpertAccountSchema = z.strictObject({ email: emailSchema });
export type LinkExpertAccountInput = z.infer<typeof linkExpertAccountSchema>;

export const verificationDecisionSchema = z.strictObject({
  decision: z.enum(['verified', 'rejected']),
  note: paragraphs(1000).default(''),
});
export type VerificationDecisionInput = z.infer<typeof verificationDecisionSchema>;

const csv = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(50));

const booleanFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const listExpertsQuerySchema = z.strictObject({
  q: line(200).optional(),
  skills: csv(skillIdSchema).optional(),
  sectors: csv(sectorIdSchema).optional(),
  pool: csv(poolSchema).optional(),
  city: csv(z.string().max(50)).optional(),
  availability: csv(availabilitySchema).optional(),
  verified: booleanFlag.optional(),
  status: verificationStatusSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListExpertsQuery = z.infer<typeof listExpertsQuerySchema>;

export const verificationEventSchema = z.object({
  decision: z.enum(['submitted', 'verified', 'rejected', 'imported']),
  by: z.string().optional(),
  note: z.string(),
  at: z.string(),
});

export const expertDtoSchema = z.object({
  id: z.string(),
  /** The profile's account; staff only. */
  userId: z.string().optional(),
  name: z.string(),
  title: z.string(),
  organization: z.string(),
  organizationId: z.string().optional(),
  city: z.string(),
  pool: poolSchema.optional(),
  skills: z.array(z.string()),
  sectors: z.array(z.string()),
  bio: z.string(),
  yearsOfExperience: z.number(),
  availability: availabilitySchema,
  collaborationModes: z.array(collaborationModeSchema),
  contact: z.object({ phone: z.string().optional(), email: z.string().optional() }).optional(),
  /** the expert and staff only */
  formerOrganizations: z.array(z.object({ name: z.string(), leftYear: z.number() })).optional(),
  verification: z.object({
    status: verificationStatusSchema,
    note: z.string().optional(),
    at: z.string().optional(),
    history: z.array(verificationEventSchema).optional(),
  }),
  rating: z.object({ average: z.number(), count: z.number() }),
  responseRate: z.number(),
  activeCollaborations: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Pool rules (issue 13): when the expert last confirmed the profile, and what follows from it */
  confirmedAt: z.string().optional(),
  freshness: z.enum(['current', 'due', 'frozen']).optional(),
  /** collaborations started this calendar year (Beijing time) */
  engagementsThisYear: z.number().optional(),
  /** the load cap the expert has reached, if any */
  atCapacity: z.enum(['active-collaborations', 'engagements-per-year']).optional(),
});
export type ExpertDto = z.infer<typeof expertDtoSchema>;

export const facetCountsSchema = z.record(z.string(), z.record(z.string(), z.number()));

export const expertListSchema = z.object({
  items: z.array(expertDtoSchema),
  total: z.number(),
  page: z.number(),
  limit: z.number(),
  facets: facetCountsSchema,
  /** the cities `q` named (深圳, Qingdao), applied as the city filter, and the text left to search */
  cityFromQuery: z.object({ cities: z.array(z.string()), q: z.string() }).optional(),
});

export const poolSettingSchema = z.object({ pool: poolSchema, openToOtherCities: z.boolean() });
export type PoolSettingDto = z.infer<typeof poolSettingSchema>;
export const updatePoolSettingSchema = z.strictObject({ openToOtherCities: z.boolean() });
