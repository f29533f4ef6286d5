import type { InvitationDto, ListInvitationsQuery } from '@qs/shared';
import type { QueryClient } from '@tanstack/react-query';

/** Every invitation query starts with `all`, so that one invalidation reaches them all. */
export const invitationKeys = {
  all: ['invitations'] as const,
  lists: () => [...invitationKeys.all, 'list'] as const,
  list: (query: ListInvitationsQuery) => [...invitationKeys.lists(), query] as const,
  need: (needId: string) => [...invitationKeys.all, 'need', needId] as const,
  detail: (id: string) => [...invitationKeys.all, 'detail', id] as const,
};

/**
 * Brings the caches in line with an invitation the server just returned or pushed: its own page
 * and its need's list show it at once; the paged lists, whose order and filters may change, fetch
 * again.
 */
export function applyInvitation(queryClient: QueryClient, invitation: InvitationDto): void {
  queryClient.setQueryData(invitationKeys.detail(invitation.id), invitation);
  queryClient.setQueryData<InvitationDto[]>(invitationKeys.need(invitation.needId), (sent) =>
    sent
      ? [invitation, ...sent.filter((item) => item.id !== invitation.id)].sort((a, b) =>
          b.createdAt.localeCompare(a.createdAt),
        )
      : sent,
  );
  void queryClient.invalidateQueries({ queryKey: invitationKeys.lists() });
}
