import { z } from 'zod';
import { line, roleSchema, text } from './common';
import { membershipStateSchema, orgRoleSchema } from './memberships';
import { organizationRefSchema } from './organizations';

const email = z
  .email()
  .max(254)
  .transform((value) => value.toLowerCase());
const password = z.string().min(10, 'must be at least 10 characters').max(256);

export const registerSchema = z
  .strictObject({
    role: z.enum(['enterprise', 'expert']),
    email,
    password,
    name: text(100),
    organization: organizationRefSchema.optional(),
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
  createdAt: z.string(),
});
export type UserDto = z.infer<typeof userDtoSchema>;

export const userResponseSchema = z.object({ user: userDtoSchema });
export const csrfResponseSchema = z.object({ csrfToken: z.string() });
