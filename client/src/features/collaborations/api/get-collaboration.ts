import { type CollaborationDto, collaborationRoutes } from '@qs/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { collaborationKeys } from './keys';

/** One collaboration with its whole history and both ratings. */
export async function getCollaboration(
  id: string,
  signal?: AbortSignal,
): Promise<CollaborationDto> {
  const { collaboration } = await call(collaborationRoutes.get, { params: { id }, signal });
  return collaboration;
}

export const getCollaborationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: collaborationKeys.detail(id),
    queryFn: ({ signal }) => getCollaboration(id, signal),
  });

export const useCollaboration = (id: string) => useQuery(getCollaborationQueryOptions(id));
