import { z } from 'zod';
import { idSchema, line, pageSchema, paragraphs, partiesDtoFields } from './common';

/** One chat message; `clientId` is the sender's own id for it, which makes a retry harmless. */
export const messageDtoSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  senderId: z.string(),
  body: z.string(),
  clientId: z.string(),
  createdAt: z.string(),
});
export type MessageDto = z.infer<typeof messageDtoSchema>;

export const messageBodySchema = paragraphs(4000).min(1);
export const clientIdSchema = line(100).min(1);

export const sendMessageSchema = z.strictObject({
  body: messageBodySchema,
  clientId: clientIdSchema,
});
export type SendMessageInput = z.infer<typeof sendMessageSchema>;

export const listMessagesQuerySchema = z.strictObject({
  /** a message id: only older messages */
  before: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListMessagesQuery = z.infer<typeof listMessagesQuerySchema>;

/** Newest first; `hasMore` tells whether older messages remain before the last item. */
export const messagePageSchema = z.object({
  items: z.array(messageDtoSchema),
  limit: z.number().int(),
  hasMore: z.boolean(),
});

/** How far a participant has read: the newest message they have seen. */
export const readMarkSchema = z.object({ userId: z.string(), messageId: z.string() });

export const conversationDtoSchema = z.object({
  id: z.string(),
  invitationId: z.string(),
  collaborationId: z.string().optional(),
  ...partiesDtoFields,
  /** messages from the other side newer than the caller's read mark */
  unread: z.number().int(),
  lastMessage: messageDtoSchema.optional(),
  /** every participant's read mark, for read receipts */
  reads: z.array(readMarkSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ConversationDto = z.infer<typeof conversationDtoSchema>;

export const listConversationsQuerySchema = z.strictObject({
  invitationId: idSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListConversationsQuery = z.infer<typeof listConversationsQuerySchema>;
export const conversationListSchema = pageSchema(conversationDtoSchema);

export const markReadSchema = z.strictObject({ messageId: idSchema });
export type MarkReadInput = z.infer<typeof markReadSchema>;

/** Socket.io events a client sends, each answered through its acknowledgement. */
export const clientEvents = {
  conversationJoin: 'conversation:join',
  conversationLeave: 'conversation:leave',
  messageSend: 'message:send',
  messageRead: 'message:read',
  typing: 'typing',
} as const;

export const conversationRefSchema = z.strictObject({ conversationId: idSchema });
export const sendMessageEventSchema = sendMessageSchema.extend({ conversationId: idSchema });
export const readMessageEventSchema = markReadSchema.extend({ conversationId: idSchema });
export type SendMessageEvent = z.infer<typeof sendMessageEventSchema>;

/** What every client event's acknowledgement carries. */
export type SocketAck<T extends object = object> =
  | ({ ok: true } & T)
  | {
      ok: false;
      error: { code: string; message: string; details?: { path: string; message: string }[] };
    };

export const messageNewPayloadSchema = z.object({ message: messageDtoSchema });
export const messageReadPayloadSchema = z.object({
  conversationId: z.string(),
  userId: z.string(),
  messageId: z.string(),
});
export const typingPayloadSchema = z.object({ conversationId: z.string(), userId: z.string() });
export type MessageNewPayload = z.infer<typeof messageNewPayloadSchema>;
export type MessageReadPayload = z.infer<typeof messageReadPayloadSchema>;
export type TypingPayload = z.infer<typeof typingPayloadSchema>;
