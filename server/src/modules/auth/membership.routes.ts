import { membershipRoutes } from '@qs/shared';
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

/** Loads the organization (404 when there is none), then asks whether the actor manages it. */
async function authorizeManage(actor: Parameters<typeof authorize>[0], organizationId: string) {
  await getOrganization(organizationId);
  authorize(actor, 'members:manage', { organizationId });
}

export function registerMembershipRoutes(api: ApiRouter): void {
  api.handle(membershipRoutes.listMembers, async ({ actor, params, query }) => {
    await authorizeManage(actor, params.id);
    const { items, total } = await listMembers(params.id, query);
    return { items, total, page: query.page, limit: query.limit };
  });

  const decisions = [
    { route: membershipRoutes.approve, decide: approveMember },
    { route: membershipRoutes.reject, decide: rejectMember },
  ];
  for (const { route, decide } of decisions) {
    api.handle(route, async ({ actor, params, body }) => {
      await authorizeManage(actor, params.id);
      return { member: await decide(actor, params.id, params.userId, body.note) };
    });
  }

  api.handle(membershipRoutes.setRole, async ({ actor, params, body }) => {
    await authorizeManage(actor, params.id);
    return { member: await setMemberRole(actor, params.id, params.userId, body.orgRole) };
  });

  api.handle(membershipRoutes.remove, async ({ actor, params }) => {
    await authorizeManage(actor, params.id);
    return { member: await removeMember(actor, params.id, params.userId) };
  });

  api.handle(membershipRoutes.requests, async ({ actor, query }) => {
    authorize(actor, 'members:review-all', undefined);
    const { items, total } = await listMembershipRequests(query);
    return { items, total, page: query.page, limit: query.limit };
  });
}
