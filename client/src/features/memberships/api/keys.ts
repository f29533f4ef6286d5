import type { ListMembersQuery, ListMembershipRequestsQuery } from '@qs/shared';
import type { QueryClient } from '@tanstack/react-query';

export const membershipKeys = {
  all: ['memberships'] as const,
  members: (organizationId: string, query: ListMembersQuery) =>
    [...membershipKeys.all, 'members', organizationId, query] as const,
  requests: (query: ListMembershipRequestsQuery) =>
    [...membershipKeys.all, 'requests', query] as const,
};

/** After a decision: the organization's lists and the bureau's queue both change. */
export function invalidateMemberships(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: membershipKeys.all });
}
