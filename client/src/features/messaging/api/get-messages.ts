import { messagingRoutes } from '@qs/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { messagingKeys } from './keys';

const PAGE = 50;

/** The history page by page, each older than the last (`before` the oldest shown). */
export const useMessages = (conversationId: string) =>
  useInfiniteQuery({
    queryKey: messagingKeys.messages(conversationId),
    queryFn: ({ pageParam, signal }) =>
      call(messagingRoutes.messages, {
        params: { id: conversationId },
        query: { limit: PAGE, before: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.hasMore ? last.items.at(-1)?.id : undefined),
  });
