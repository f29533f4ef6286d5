import {
  collaborationRoutes,
  outcomeRoutes,
  type CollaborationDto,
  type CompleteCollaborationInput,
} from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call, routeUrl } from '../../../lib/api-client';
import { applyCollaboration } from './keys';

export interface CompleteInput {
  id: string;
  outcome: CompleteCollaborationInput;
  /** One PDF, Office document or image; the server checks its content. */
  file?: File;
}

/** agreed → completed (either side) with its outcome; the ratings open. */
export async function completeCollaboration({
  id,
  outcome,
  file,
}: CompleteInput): Promise<CollaborationDto> {
  if (!file) {
    const { collaboration } = await call(collaborationRoutes.complete, {
      params: { id },
      body: outcome,
    });
    return collaboration;
  }
  const form = new FormData();
  for (const [name, value] of Object.entries(outcome))
    if (value !== undefined) form.append(name, String(value));
  form.append('file', file);
  const { collaboration } = await call(collaborationRoutes.complete, {
    params: { id },
    body: form,
  });
  return collaboration;
}

export const useCompleteCollaboration = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeCollaboration,
    onSuccess: (collaboration) => applyCollaboration(queryClient, collaboration),
  });
};

/** Where the outcome's file downloads from (a plain link: the server answers an attachment). */
export const outcomeFileHref = (id: string) =>
  routeUrl(outcomeRoutes.downloadFile, { params: { id } });
