import { messagingRoutes } from '@qs/shared';
import type { ApiRouter } from '../../lib/http/api-router';
import {
  getConversation,
  listConversations,
  listMessages,
  markRead,
  sendMessage,
  type SendOptions,
} from './messaging.service';

export function registerMessagingRoutes(api: ApiRouter, options: SendOptions): void {
  api.handle(messagingRoutes.conversations, ({ actor, query }) => listConversations(actor, query));

  api.handle(messagingRoutes.conversation, async ({ actor, params }) => ({
    conversation: await getConversation(actor, params.id),
  }));

  api.handle(messagingRoutes.messages, ({ actor, params, query }) =>
    listMessages(actor, params.id, query),
  );

  api.handle(messagingRoutes.send, async ({ actor, params, body, status }) => {
    const { message, created, settled } = await sendMessage(actor, params.id, body, options);
    // Over HTTP the answer waits for the summary, so that the sender's next read sees it.
    await settled;
    if (!created) status(200);
    return { message };
  });

  api.handle(messagingRoutes.markRead, async ({ actor, params, body }) => ({
    conversation: await markRead(actor, params.id, body.messageId),
  }));
}
