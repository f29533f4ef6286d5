import { conversationDtoSchema, type ConversationDto } from '@qs/shared';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api-client';
import { messagingKeys } from './keys';

const responseSchema = z.object({ conversation: conversationDtoSchema });

export async function getConversation(id: string, signal?: AbortSignal): Promise<ConversationDto> {
  const { conversation } = await api.get(
    `/conversations/${encodeURIComponent(id)}`,
    responseSchema,
    { signal },
  );
  return conversation;
}

export const useConversation = (id: string) =>
  useQuery({
    queryKey: messagingKeys.conversation(id),
    queryFn: ({ signal }) => getConversation(id, signal),
  });
