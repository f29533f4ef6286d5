import type { Socket } from 'socket.io';
import type { z } from 'zod';
import {
  clientEvents,
  conversationRefSchema,
  readMessageEventSchema,
  sendMessageEventSchema,
  serverEvents,
  type Actor,
  type SocketAck,
} from '@qs/shared';
import { AppError } from '../../lib/errors';
import { errorBody } from '../../lib/http/error-handler';
import { languageOf, translate } from '../../lib/i18n';
import type { Logger } from '../../lib/logger';
import { parse } from '../../lib/validate';
import type { ConversationRecord } from './conversation.model';
import { loadConversation, postMessage, readUpTo, type SendOptions } from './messaging.service';

export const conversationRoom = (conversationId: string): string =>
  `conversation:${conversationId}`;

type Ack = (answer: SocketAck) => void;

/**
 * One client event: its payload is validated and the caller authorized exactly as over HTTP,
 * and the acknowledgement carries the result or the same error codes the API uses.
 */
function handle<S extends z.ZodType>(
  socket: Socket,
  logger: Logger,
  event: string,
  schema: S,
  run: (payload: z.output<S>) => Promise<object>,
): void {
  socket.on(event, async (payload: unknown, ack?: unknown) => {
    const reply: Ack = typeof ack === 'function' ? (ack as Ack) : () => undefined;
    try {
      reply({ ok: true, ...(await run(parse(schema, payload))) });
    } catch (err) {
      // In the language the connection asked for, as the HTTP API answers.
      const lang = languageOf(socket.handshake.headers['accept-language']);
      if (err instanceof AppError) {
        const { code, message, details } = errorBody(err, lang).error;
        reply({ ok: false, error: { code, message, ...(details ? { details } : {}) } });
        return;
      }
      logger.error({ err, event }, 'socket event failed');
      reply({ ok: false, error: { code: 'internal', message: translate(lang, 'internal') } });
    }
  });
}

/**
 * The chat events of one connection, for its signed-in user. A conversation is authorized once
 * per connection (on join or first use) and remembered: the connection's rights cannot change
 * while it is open, because a membership change or the end of its session closes it (see
 * `realtime/socket.ts`), and the next connection is authorized afresh.
 */
export function handleMessagingEvents(
  socket: Socket,
  actor: Actor,
  options: SendOptions & { logger: Logger },
): void {
  const { logger } = options;
  const authorized = new Map<string, Promise<ConversationRecord>>();
  const conversation = (id: string) => {
    let loading = authorized.get(id);
    if (!loading) {
      loading = loadConversation(actor, id);
      authorized.set(id, loading);
      // A refusal is not remembered: the next attempt asks again.
      loading.catch(() => authorized.delete(id));
    }
    return loading;
  };
  handle(socket, logger, clientEvents.conversationJoin, conversationRefSchema, async (p) => {
    await conversation(p.conversationId);
    await socket.join(conversationRoom(p.conversationId));
    return {};
  });
  handle(socket, logger, clientEvents.conversationLeave, conversationRefSchema, async (p) => {
    await socket.leave(conversationRoom(p.conversationId));
    return {};
  });
  handle(socket, logger, clientEvents.messageSend, sendMessageEventSchema, async (p) => {
    const { conversationId, ...input } = p;
    const sent = await postMessage(actor, await conversation(conversationId), input, options);
    sent.settled.catch((err: unknown) =>
      logger.error({ err, conversationId }, 'a stored message was not announced'),
    );
    return { message: sent.message };
  });
  handle(socket, logger, clientEvents.messageRead, readMessageEventSchema, async (p) => {
    await readUpTo(actor, await conversation(p.conversationId), p.messageId);
    return {};
  });
  // Typing reaches only those who have the conversation open.
  handle(socket, logger, clientEvents.typing, conversationRefSchema, async (p) => {
    await conversation(p.conversationId);
    socket.to(conversationRoom(p.conversationId)).emit(serverEvents.typing, {
      conversationId: p.conversationId,
      userId: actor.id,
    });
    return {};
  });
}
