import type {
  ConversationDto,
  ListConversationsQuery,
  MessageDto,
  MessageReadPayload,
} from '@qs/shared';
import type { QueryClient } from '@tanstack/react-query';
import { addMessage, type MessagePages } from '../utils/merge';

/** Every messaging query starts with `all`, so that one invalidation reaches them all. */
export const messagingKeys = {
  all: ['messaging'] as const,
  lists: () => [...messagingKeys.all, 'list'] as const,
  list: (query: Partial<ListConversationsQuery>) => [...messagingKeys.lists(), query] as const,
  conversation: (id: string) => [...messagingKeys.all, 'conversation', id] as const,
  messages: (id: string) => [...messagingKeys.all, 'messages', id] as const,
};

/** A stored message (pushed, acknowledged or answered): its chat shows it, the lists refetch counts. */
export function applyMessage(queryClient: QueryClient, message: MessageDto): void {
  queryClient.setQueryData<MessagePages>(
    messagingKeys.messages(message.conversationId),
    (history) => (history ? addMessage(history, message) : history),
  );
  void queryClient.invalidateQueries({ queryKey: messagingKeys.lists() });
  void queryClient.invalidateQueries({
    queryKey: messagingKeys.conversation(message.conversationId),
  });
}

/** Someone's read mark moved: the open conversation shows it at once. */
export function applyRead(queryClient: QueryClient, read: MessageReadPayload): void {
  queryClient.setQueryData<ConversationDto>(
    messagingKeys.conversation(read.conversationId),
    (conversation) =>
      conversation
        ? {
            ...conversation,
            reads: [
              ...conversation.reads.filter((mark) => mark.userId !== read.userId),
              { userId: read.userId, messageId: read.messageId },
            ],
          }
        : conversation,
  );
  // A fetch of the conversation in flight may land after this event with the mark it had before:
  // fetching again once it is stored keeps the mark shown.
  void queryClient.invalidateQueries({
    queryKey: messagingKeys.conversation(read.conversationId),
    exact: true,
  });
  void queryClient.invalidateQueries({ queryKey: messagingKeys.lists() });
}

/** After a gap in the live connection: whatever was said meanwhile is fetched. */
export function invalidateMessaging(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: messagingKeys.all });
}
