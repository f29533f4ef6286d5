import { z } from 'zod';
import {
  conversationDtoSchema,
  conversationListSchema,
  listConversationsQuerySchema,
  listMessagesQuerySchema,
  markReadSchema,
  messageDtoSchema,
  messagePageSchema,
  sendMessageSchema,
} from '../schemas/messaging';
import { idParams } from './common';
import { defineRoute } from './define';

const tags = ['Messaging'];

export const conversationResponseSchema = z.object({ conversation: conversationDtoSchema });

export const messagingRoutes = {
  conversations: defineRoute({
    method: 'get',
    path: '/conversations',
    summary:
      'The caller’s conversations, most recent activity first, with unread counts and the last message',
    tags,
    access: 'signed-in',
    query: listConversationsQuerySchema,
    response: conversationListSchema,
  }),
  conversation: defineRoute({
    method: 'get',
    path: '/conversations/:id',
    summary: 'One conversation of the caller',
    tags,
    access: 'signed-in',
    params: idParams,
    response: conversationResponseSchema,
    errors: [404],
  }),
  messages: defineRoute({
    method: 'get',
    path: '/conversations/:id/messages',
    summary: 'Messages newest first; `before` a message id pages to older ones',
    tags,
    access: 'signed-in',
    params: idParams,
    query: listMessagesQuerySchema,
    response: messagePageSchema,
    errors: [404],
  }),
  send: defineRoute({
    method: 'post',
    path: '/conversations/:id/messages',
    summary:
      'Send a message; the same clientId again answers 200 with the stored message, never a duplicate',
    tags,
    access: 'signed-in',
    params: idParams,
    body: sendMessageSchema,
    example: { body: '您好，想约个时间沟通', clientId: 'c-1f3a' },
    status: 201,
    response: z.object({ message: messageDtoSchema }),
    errors: [404, 429],
  }),
  markRead: defineRoute({
    method: 'post',
    path: '/conversations/:id/read',
    summary: 'Mark the conversation read up to one of its messages; marks only move forward',
    tags,
    access: 'signed-in',
    params: idParams,
    body: markReadSchema,
    example: { messageId: '6650f1c2a7b3e4d5c6f70812' },
    response: conversationResponseSchema,
    errors: [404],
  }),
};
