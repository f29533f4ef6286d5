import type { collaborationListSchema } from '@qs/shared';
import {
  collaborationRoutes,
  type ListCollaborationsQuery,
  listCollaborationsQuerySchema,
} from '@qs/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { collaborationKeys } from './keys';

export { listCollaborationsQuerySchema, type ListCollaborationsQuery };
export type CollaborationList = z.infer<typeof collaborationListSchema>;

/** The caller's side's collaborations (bureau: all), the most recently changed first. */
export function getCollaborations(
  query: ListCollaborationsQuery,
  signal?: AbortSignal,
): Promise<CollaborationList> {
  return call(collaborationRoutes.list, { query, signal });
}

export const getCollaborationsQueryOptions = (query: ListCollaborationsQuery) =>
  queryOptions({
    queryKey: collaborationKeys.list(query),
    queryFn: ({ signal }) => getCollaborations(query, signal),
    placeholderData: keepPreviousData,
  });

export const useCollaborations = (query: ListCollaborationsQuery) =>
  useQuery(getCollaborationsQueryOptions(query));

/** The server's largest page: more collaborations than that on one need do not happen. */
const MAX_PER_NEED = 100;

/** The collaboration an accepted invitation started, found among its need's collaborations. */
export const useInvitationCollaboration = (invitation: { id: string; needId: string }) =>
  useQuery({
    ...getCollaborationsQueryOptions({ needId: invitation.needId, page: 1, limit: MAX_PER_NEED }),
    select: (list) => list.items.find((item) => item.invitationId === invitation.id),
  });
