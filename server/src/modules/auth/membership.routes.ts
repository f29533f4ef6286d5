import { z } from 'zod';
import {
  idSchema,
  listMembersQuerySchema,
  listMembershipRequestsQuerySchema,
  memberDecisionSchema,
  memberDtoSchema,
  memberParamsSchema,
  memberResponseSchema,
  memberRoleSchema,
  pageSchema,
} from '@qs/shared';
import { authorize } from '../../lib/authorize';
import type { ApiRouter } from '../../lib/http/api-router';
import { getOrganization } from '../organizations';
import {
  approveMember,
  listMembers,
  listMembershipRequests,
  rejectMember,
  removeMember,
  setMemberRole,
} from './membership.service';

const tags = ['Organizations'];
const organizationParams = z.strictObject({ id: idSchema });

/** Loads the organization (404 when there is none), then asks whether the actor manages it. */
async function authorizeManage(actor: Parameters<typeof authorize>[0], organizationId: string) {
  await getOrganization(organizationId);
  authorize(actor, 'members:manage', { organizationId });
}

export function registerMembershipRoutes(api: ApiRouter): void {
  api.route(
    {
      method: 'get',
      path: '/organizations/:id/members',
      summary: 'Members of an organization and pending requests (its owners, bureau, admin)',
      tags,
      access: 'signed-in',
      params: organizationParams,
      query: listMembersQuerySchema,
      response: pageSchema(memberDtoSchema),
      errors: [403, 404],
    },
    async ({ actor, params, query }) => {
      await authorizeManage(actor, params.id);
      const { items, total } = await listMembers(params.id, query);
      return { items, total, page: query.page, limit: query.limit };
    },
  );

  const decisions = [
    { verb: 'approve', summary: 'Approve a request to join', decide: approveMember },
    { verb: 'reject', summary: 'Reject a request to join', decide: rejectMember },
  ] as const;
  for (const { verb, summary, decide } of decisions) {
    api.route(
      {
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
      },
      async ({ actor, params, body }) => {
        await authorizeManage(actor, params.id);
        return { member: await decide(actor, params.id, params.userId, body.note) };
      },
    );
  }

  api.route(
    {
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
    },
    async ({ actor, params, body }) => {
      await authorizeManage(actor, params.id);
      return { member: await setMemberRole(actor, params.id, params.userId, body.orgRole) };
    },
  );

  api.route(
    {
      method: 'delete',
      path: '/organizations/:id/members/:userId',
      summary: 'Remove an active member (never the last owner)',
      tags,
      access: 'signed-in',
      params: memberParamsSchema,
      response: memberResponseSchema,
      errors: [403, 404, 409],
    },
    async ({ actor, params }) => {
      await authorizeManage(actor, params.id);
      return { member: await removeMember(actor, params.id, params.userId) };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/membership-requests',
      summary: "The bureau's queue of requests to join organizations (unowned ones by default)",
      tags,
      access: 'signed-in',
      query: listMembershipRequestsQuerySchema,
      response: pageSchema(memberDtoSchema),
      errors: [403],
    },
    async ({ actor, query }) => {
      authorize(actor, 'members:review-all', undefined);
      const { items, total } = await listMembershipRequests(query);
      return { items, total, page: query.page, limit: query.limit };
    },
  );
}
