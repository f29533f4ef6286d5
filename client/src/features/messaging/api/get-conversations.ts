import type { conversationListSchema } from '@qs/shared';
import { type ListConversationsQuery, messagingRoutes } from '@qs/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { messagingKeys } from './keys';

export type ConversationList = z.infer<typeof conversationListSchema>;
type Query = Partial<ListConversationsQuery>;

/** The caller's conversations, most recent activity first, with unread counts. */
export function getConversations(query: Query, signal?: AbortSignal): Promise<ConversationList> {
  return call(messagingRoutes.conversations, { query, signal });
}

export const getConversationsQueryOptions = (query: Query) =>
  queryOptions({
    queryKey: messagingKeys.list(query),
    queryFn: ({ signal }) => getConversations(query, signal),
    placeholderData: keepPreviousData,
  });

export const useConversations = (query: Query, enabled = true) =>
  useQuery({ ...getConversationsQueryOptions(query), enabled });

/** The first page the conversation list also shows: enough for any one person's chats. */
export const FIRST_PAGE = { page: 1, limit: 100 } as const;

/** Unread messages over the caller's conversations, for the navigation. */
export const useUnreadTotal = (enabled: boolean) =>
  useQuery({
    ...getConversationsQueryOptions(FIRST_PAGE),
    enabled,
    select: (list) => list.items.reduce((total, conversation) => total + conversation.unread, 0),
  });
