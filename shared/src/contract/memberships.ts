import { z } from 'zod';
import { idSchema, pageSchema } from '../schemas/common';
import {
  listMembersQuerySchema,
  listMembershipRequestsQuerySchema,
  memberDecisionSchema,
  memberDtoSchema,
  memberParamsSchema,
  memberResponseSchema,
  memberRoleSchema,
} from '../schemas/memberships';
import { defineRoute } from './define';

const tags = ['Organizations'];
const organizationParams = z.strictObject({ id: idSchema });

/** A request to join, approved or rejected by the organization's owners, the bureau or an admin. */
const decision = (verb: 'approve' | 'reject', summary: string) =>
  defineRoute({
    method: 'post',
    path: `/organizations/:id/members/:userId/${verb}`,
    summary: `${summary} (its owners; bureau, admin)`,
    tags,
    access: 'signed-in',
    params: memberParamsSchema,
    body: memberDecisionSchema,
    example: { note: '同部门同事' },
    response: memberResponseSchema,
    errors: [403, 404, 409],
  });

export const membershipRoutes = {
  listMembers: defineRoute({
    method: 'get',
    path: '/organizations/:id/members',
    summary: 'Members of an organization and pending requests (its owners, bureau, admin)',
    tags,
    access: 'signed-in',
    params: organizationParams,
    query: listMembersQuerySchema,
    response: pageSchema(memberDtoSchema),
    errors: [403, 404],
  }),
  approve: decision('approve', 'Approve a request to join'),
  reject: decision('reject', 'Reject a request to join'),
  setRole: defineRoute({
    method: 'patch',
    path: '/organizations/:id/members/:userId',
    summary: 'Make an active member an owner or a member (never leaving no owner)',
    tags,
    access: 'signed-in',
    params: memberParamsSchema,
    body: memberRoleSchema,
    example: { orgRole: 'owner' },
    response: memberResponseSchema,
    errors: [403, 404, 409],
  }),
  remove: defineRoute({
    method: 'delete',
    path: '/organizations/:id/members/:userId',
    summary: 'Remove an active member (never the last owner)',
    tags,
    access: 'signed-in',
    params: memberParamsSchema,
    response: memberResponseSchema,
    errors: [403, 404, 409],
  }),
  requests: defineRoute({
    method: 'get',
    path: '/membership-requests',
    summary: "The bureau's queue of requests to join organizations (unowned ones by default)",
    tags,
    access: 'signed-in',
    query: listMembershipRequestsQuerySchema,
    response: pageSchema(memberDtoSchema),
    errors: [403],
  }),
};
