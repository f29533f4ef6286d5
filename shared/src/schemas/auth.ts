import { z } from 'zod';
import { line, roleSchema, text } from './common';
import { membershipStateSchema, orgRoleSchema } from './memberships';
import { organizationRefSchema } from './organizations';

const email = z
  .email()
  .max(254)
  .transform((value) => value.toLowerCase());
const password = z.string().min(10, 'must be at least 10 characters').max(256);

/** The version of the user agreement and privacy policy the app shows; recorded with each consent. */
export const TERMS_VERSION = '2026-11';

export const registerSchema = z
  .strictObject({
    role: z.enum(['enterprise', 'expert']),
    email,
    password,
    name: text(100),
    organization: organizationRefSchema.optional(),
    /** The user agreement and privacy policy (个人信息保护法) accepted at sign-up; recorded with its version. */
    acceptTerms: z.literal(true).optional(),
  })
  .refine((body) => body.role !== 'enterprise' || body.organization !== undefined, {
    path: ['organization'],
    message: 'is required for enterprise accounts',
  });
export type RegisterInput = z.infer<typeof registerSchema>;

export const loginSchema = z.strictObject({
  email,
  password: z.string().min(1).max(256),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const createUserSchema = z.strictObject({
  email,
  password,
  name: text(100),
  role: roleSchema,
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const listUsersQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  role: roleSchema.optional(),
  q: line(100).optional(),
});
export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;

export const userDtoSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  organizationId: z.string().optional(),
  /** Its name, also while the membership waits (the organization's own page is closed then). */
  organizationName: z.string().optional(),
  /** Only with an organization: `pending` sees nothing of it until approved. */
  membership: membershipStateSchema.optional(),
  orgRole: orgRoleSchema.optional(),
  expertId: z.string().optional(),
  /** Present (true) only on a disabled account: it cannot sign in. */
  disabled: z.boolean().optional(),
  /** The user agreement and privacy policy accepted at sign-up: which version and when. */
  termsAccepted: z.object({ version: z.string(), at: z.string() }).optional(),
  createdAt: z.string(),
});
export type UserDto = z.infer<typeof userDtoSchema>;

export const userResponseSchema = z.object({ user: userDtoSchema });
export const csrfResponseSchema = z.object({ csrfToken: z.string() });

/** Staff roles can be exchanged; enterprise and expert accounts carry data of their role. */
export const staffRoles = ['bureau', 'admin'] as const;

export const updateUserSchema = z
  .strictObject({
    role: z.enum(staffRoles).optional(),
    disabled: z.boolean().optional(),
    /** why: kept in the account's history */
    reason: text(500),
  })
  .refine((body) => body.role !== undefined || body.disabled !== undefined, {
    path: ['role'],
    message: 'give a role or disabled',
  });
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const passwordResetRequestSchema = z.strictObject({ reason: text(500) });
export type PasswordResetRequestInput = z.infer<typeof passwordResetRequestSchema>;

export const passwordResetSchema = z.strictObject({
  token: z
    .string()
    .min(20)
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, 'is not a reset link token'),
  password,
});
export type PasswordResetInput = z.infer<typeof passwordResetSchema>;

export const userHistoryEntrySchema = z.object({
  action: z.enum(['user.role-changed', 'user.disabled', 'user.enabled', 'user.password-reset']),
  actorName: z.string().optional(),
  reason: z.string(),
  /** the role before and after, for a role change */
  from: z.string().optional(),
  to: z.string().optional(),
  at: z.string(),
});
export type UserHistoryEntry = z.infer<typeof userHistoryEntrySchema>;
export const userHistorySchema = z.object({ items: z.array(userHistoryEntrySchema) });
