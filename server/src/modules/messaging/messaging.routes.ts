import { messagingRoutes } from '@qs/shared';
import type { ApiRouter } from '../../lib/http/api-router';
import {
  authorizeConversation,
  findConversationOrFail,
  listConversations,
  listMessages,
  markRead,
  postMessage,
  presentOne,
  type SendOptions,
} from './messaging.service';

const load = ({ params }: { params: { id: string } }) => findConversationOrFail(params.id);

export function registerMessagingRoutes(api: ApiRouter, options: SendOptions): void {
  // A list is a query: the caller's own conversations are their scope, not an authorization.
  api.handle(messagingRoutes.conversations, ({ actor, query }) => listConversations(actor, query));

  api.pipeline(messagingRoutes.conversation, {
    load,
    authorize: ({ actor }, conversation) => authorizeConversation(actor, conversation),
    present: async ({ actor }, conversation) => ({
      conversation: await presentOne(actor, conversation),
    }),
  });

  api.pipeline(messagingRoutes.messages, {
    load,
    authorize: ({ actor }, conversation) => authorizeConversation(actor, conversation),
    command: ({ query }, conversation) => listMessages(conversation, query),
    present: (_ctx, page) => page,
  });

  api.pipeline(messagingRoutes.send, {
    load,
    authorize: ({ actor }, conversation) => authorizeConversation(actor, conversation),
    command: ({ actor, body }, conversation) => postMessage(actor, conversation, body, options),
    present: async ({ status }, { message, created, settled }) => {
      // Over HTTP the answer waits for the summary, so that the sender's next read sees it.
      await settled;
      if (!created) status(200);
      return { message };
    },
  });

  api.pipeline(messagingRoutes.markRead, {
    load,
    authorize: ({ actor }, conversation) => authorizeConversation(actor, conversation),
    command: ({ actor, body }, conversation) => markRead(actor, conversation, body.messageId),
    present: async ({ actor }, conversation) => ({
      conversation: await presentOne(actor, conversation),
    }),
  });
}
