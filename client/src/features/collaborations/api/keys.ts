import type { CollaborationDto, ListCollaborationsQuery } from '@qs/shared';
import type { QueryClient } from '@tanstack/react-query';

/** Every collaboration query starts with `all`, so that one invalidation reaches them all. */
export const collaborationKeys = {
  all: ['collaborations'] as const,
  lists: () => [...collaborationKeys.all, 'list'] as const,
  list: (query: ListCollaborationsQuery) => [...collaborationKeys.lists(), query] as const,
  detail: (id: string) => [...collaborationKeys.all, 'detail', id] as const,
};

/** A collaboration the server just returned or pushed: its page shows it, the lists refetch. */
export function applyCollaboration(queryClient: QueryClient, collaboration: CollaborationDto) {
  queryClient.setQueryData(collaborationKeys.detail(collaboration.id), collaboration);
  void queryClient.invalidateQueries({ queryKey: collaborationKeys.lists() });
}

/** Something started a collaboration the caches do not know yet (an accepted invitation). */
export function invalidateCollaborations(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: collaborationKeys.lists() });
}
