import { type ConversationDto, messagingRoutes } from '@qs/shared';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { messagingKeys } from './keys';

export async function getConversation(id: string, signal?: AbortSignal): Promise<ConversationDto> {
  const { conversation } = await call(messagingRoutes.conversation, { params: { id }, signal });
  return conversation;
}

export const useConversation = (id: string) =>
  useQuery({
    queryKey: messagingKeys.conversation(id),
    queryFn: ({ signal }) => getConversation(id, signal),
  });
