import { z } from 'zod';
import { idSchema } from '../schemas/common';
import {
  claimExpertSchema,
  confirmExpertClaimSchema,
  linkExpertAccountSchema,
} from '../schemas/experts';
import { defineRoute } from './define';
import { expertResponseSchema } from './experts';

const tags = ['Experts'];

export const expertClaimRoutes = {
  claim: defineRoute({
    method: 'post',
    path: '/experts/claim',
    summary:
      'Claim an imported profile by its contact email: always 202; when an unclaimed profile has it, a one-time code is mailed there (expert whose profile was never submitted)',
    tags,
    access: 'signed-in',
    body: claimExpertSchema,
    example: { email: 'zhang.wei@example.cn' },
    status: 202,
    errors: [403, 429],
  }),
  confirm: defineRoute({
    method: 'post',
    path: '/experts/claim/confirm',
    summary:
      'Confirm a claim with the mailed code (6 digits, 15 minutes, 5 tries): the profile becomes the account’s',
    tags,
    access: 'signed-in',
    body: confirmExpertClaimSchema,
    example: { code: '123456' },
    response: expertResponseSchema,
    errors: [403, 409],
  }),
  linkAccount: defineRoute({
    method: 'post',
    path: '/experts/:id/account',
    summary:
      'Link the expert account with this login email to an unclaimed profile (bureau, admin)',
    tags,
    access: 'signed-in',
    params: z.strictObject({ id: idSchema }),
    body: linkExpertAccountSchema,
    example: { email: 'zhang.wei@example.cn' },
    response: expertResponseSchema,
    errors: [403, 404, 409],
  }),
};
