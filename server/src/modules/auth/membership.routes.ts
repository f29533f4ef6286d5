import { membershipRoutes, type Actor } from '@qs/shared';
import { authorize } from '../../lib/authorize';
import type { ApiRouter } from '../../lib/http/api-router';
import { getOrganization, type OrganizationRecord } from '../organizations';
import {
  approveMember,
  listMembers,
  listMembershipRequests,
  rejectMember,
  removeMember,
  setMemberRole,
} from './membership.service';

/** The organization named by the path (404 when there is none), then whether the actor manages it. */
const manage = {
  load: ({ params }: { params: { id: string } }) => getOrganization(params.id),
  authorize: ({ actor }: { actor: Actor }, organization: OrganizationRecord) =>
    authorize(actor, 'members:manage', { organizationId: organization._id.toString() }),
};

export function registerMembershipRoutes(api: ApiRouter): void {
  api.pipeline(membershipRoutes.listMembers, {
    ...manage,
    command: ({ query }, organization) => listMembers(organization._id.toString(), query),
    present: ({ query }, { items, total }) => ({
      items,
      total,
      page: query.page,
      limit: query.limit,
    }),
  });

  const decisions = [
    { route: membershipRoutes.approve, decide: approveMember },
    { route: membershipRoutes.reject, decide: rejectMember },
  ];
  for (const { route, decide } of decisions) {
    api.pipeline(route, {
      ...manage,
      command: ({ actor, params, body }, organization) =>
        decide(actor, organization._id.toString(), params.userId, body.note),
      present: (_ctx, member) => ({ member }),
    });
  }

  api.pipeline(membershipRoutes.setRole, {
    ...manage,
    command: ({ actor, params, body }, organization) =>
      setMemberRole(actor, organization._id.toString(), params.userId, body.orgRole),
    present: (_ctx, member) => ({ member }),
  });

  api.pipeline(membershipRoutes.remove, {
    ...manage,
    command: ({ actor, params }, organization) =>
      removeMember(actor, organization._id.toString(), params.userId),
    present: (_ctx, member) => ({ member }),
  });

  api.pipeline(membershipRoutes.requests, {
    authorize: ({ actor }) => authorize(actor, 'members:review-all', undefined),
    command: ({ query }) => listMembershipRequests(query),
    present: ({ query }, { items, total }) => ({
      items,
      total,
      page: query.page,
      limit: query.limit,
    }),
  });
}
