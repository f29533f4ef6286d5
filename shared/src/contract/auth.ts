import {
  csrfResponseSchema,
  loginSchema,
  passwordResetSchema,
  registerSchema,
  userResponseSchema,
} from '../schemas/auth';
import { requestOrganizationSchema } from '../schemas/memberships';
import { defineRoute } from './define';

const tags = ['Accounts'];

export const authRoutes = {
  register: defineRoute({
    method: 'post',
    path: '/auth/register',
    summary: 'Create an enterprise or expert account and sign in',
    tags,
    access: 'public',
    body: registerSchema,
    example: {
      role: 'enterprise',
      email: 'wang@example.cn',
      password: 'a-long-passphrase',
      name: '王经理',
      organization: { name: '青岛海纳重工', type: 'enterprise', city: '青岛' },
      acceptTerms: true,
    },
    status: 201,
    response: userResponseSchema,
    errors: [409],
  }),
  login: defineRoute({
    method: 'post',
    path: '/auth/login',
    summary: 'Sign in with email and password',
    tags,
    access: 'public',
    body: loginSchema,
    example: { email: 'wang@example.cn', password: 'a-long-passphrase' },
    response: userResponseSchema,
    errors: [401, 429],
  }),
  resetPassword: defineRoute({
    method: 'post',
    path: '/auth/password-reset',
    summary: 'Set a new password with the one-time link an admin had mailed',
    tags,
    access: 'public',
    body: passwordResetSchema,
    example: { token: 'one-time-token-from-the-mail-link', password: 'a-new-long-passphrase' },
    status: 204,
    errors: [400],
  }),
  logout: defineRoute({
    method: 'post',
    path: '/auth/logout',
    summary: 'Sign out and destroy the session',
    tags,
    access: 'signed-in',
    membership: 'optional',
    status: 204,
  }),
  me: defineRoute({
    method: 'get',
    path: '/auth/me',
    summary: 'The signed-in user',
    tags,
    access: 'signed-in',
    membership: 'optional',
    response: userResponseSchema,
  }),
  requestOrganization: defineRoute({
    method: 'put',
    path: '/auth/me/organization',
    summary:
      'An enterprise account without an organization (rejected or removed) joins or creates one',
    tags,
    access: 'signed-in',
    membership: 'optional',
    body: requestOrganizationSchema,
    example: { organization: { name: '青岛海纳重工', type: 'enterprise', city: '青岛' } },
    response: userResponseSchema,
    errors: [403, 409],
  }),
  csrf: defineRoute({
    method: 'get',
    path: '/auth/csrf',
    summary: 'A CSRF token for the x-csrf-token header',
    tags,
    access: 'public',
    response: csrfResponseSchema,
  }),
};
