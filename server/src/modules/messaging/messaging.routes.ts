import { z } from 'zod';
import {
  conversationDtoSchema,
  conversationListSchema,
  idSchema,
  listConversationsQuerySchema,
  listMessagesQuerySchema,
  markReadSchema,
  messageDtoSchema,
  messagePageSchema,
  sendMessageSchema,
} from '@qs/shared';
import type { ApiRouter } from '../../lib/http/api-router';
import {
  getConversation,
  listConversations,
  listMessages,
  markRead,
  sendMessage,
  type SendOptions,
} from './messaging.service';

const tags = ['Messaging'];
const idParams = z.strictObject({ id: idSchema });
const conversationResponse = z.object({ conversation: conversationDtoSchema });

export function registerMessagingRoutes(api: ApiRouter, options: SendOptions): void {
  api.route(
    {
      method: 'get',
      path: '/conversations',
      summary:
        'The caller’s conversations, most recent activity first, with unread counts and the last message',
      tags,
      access: 'signed-in',
      query: listConversationsQuerySchema,
      response: conversationListSchema,
    },
    ({ actor, query }) => listConversations(actor, query),
  );

  api.route(
    {
      method: 'get',
      path: '/conversations/:id',
      summary: 'One conversation of the caller',
      tags,
      access: 'signed-in',
      params: idParams,
      response: conversationResponse,
      errors: [404],
    },
    async ({ actor, params }) => ({ conversation: await getConversation(actor, params.id) }),
  );

  api.route(
    {
      method: 'get',
      path: '/conversations/:id/messages',
      summary: 'Messages newest first; `before` a message id pages to older ones',
      tags,
      access: 'signed-in',
      params: idParams,
      query: listMessagesQuerySchema,
      response: messagePageSchema,
      errors: [404],
    },
    ({ actor, params, query }) => listMessages(actor, params.id, query),
  );

  api.route(
    {
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
    },
    async ({ actor, params, body, status }) => {
      const { message, created, settled } = await sendMessage(actor, params.id, body, options);
      // Over HTTP the answer waits for the summary, so that the sender's next read sees it.
      await settled;
      if (!created) status(200);
      return { message };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/conversations/:id/read',
      summary: 'Mark the conversation read up to one of its messages; marks only move forward',
      tags,
      access: 'signed-in',
      params: idParams,
      body: markReadSchema,
      example: { messageId: '6650f1c2a7b3e4d5c6f70812' },
      response: conversationResponse,
      errors: [404],
    },
    async ({ actor, params, body }) => ({
      conversation: await markRead(actor, params.id, body.messageId),
    }),
  );
}
