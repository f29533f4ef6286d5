import { conversationListSchema, type ListConversationsQuery } from '@qs/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
import { messagingKeys } from './keys';

export type ConversationList = z.infer<typeof conversationListSchema>;
type Query = Partial<ListConversationsQuery>;

/** The caller's conversations, most recent activity first, with unread counts. */
export function getConversations(query: Query, signal?: AbortSignal): Promise<ConversationList> {
  return api.get('/conversations', conversationListSchema, { query, signal });
}

export const getConversationsQueryOptions = (query: Query) =>
  queryOptions({
    queryKey: messagingKeys.list(query),
    queryFn: ({ signal }) => getConversations(query, signal),
    placeholderData: keepPreviousData,
  });

export const useConversations = (query: Query, enabled = true) =>
  useQuery({ ...getConversationsQueryOptions(query), enabled });
