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
import type { Logger } from '../../lib/logger';
import { parse } from '../../lib/validate';
import { loadConversation, markRead, sendMessage, type SendOptions } from './messaging.service';

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
      if (err instanceof AppError) {
        reply({
          ok: false,
          error: {
            code: err.code,
            message: err.message,
            ...(err.details ? { details: err.details } : {}),
          },
        });
        return;
      }
      logger.error({ err, event }, 'socket event failed');
      reply({ ok: false, error: { code: 'internal', message: 'Something went wrong' } });
    }
  });
}

/** The chat events of one connection, for its signed-in user. */
export function handleMessagingEvents(
  socket: Socket,
  actor: Actor,
  options: SendOptions & { logger: Logger },
): void {
  const { logger } = options;
  handle(socket, logger, clientEvents.conversationJoin, conversationRefSchema, async (p) => {
    await loadConversation(actor, p.conversationId);
    await socket.join(conversationRoom(p.conversationId));
    return {};
  });
  handle(socket, logger, clientEvents.conversationLeave, conversationRefSchema, async (p) => {
    await socket.leave(conversationRoom(p.conversationId));
    return {};
  });
  handle(socket, logger, clientEvents.messageSend, sendMessageEventSchema, async (p) => {
    const { conversationId, ...input } = p;
    const { message } = await sendMessage(actor, conversationId, input, options);
    return { message };
  });
  handle(socket, logger, clientEvents.messageRead, readMessageEventSchema, async (p) => {
    await markRead(actor, p.conversationId, p.messageId);
    return {};
  });
  // Typing reaches only those who have the conversation open.
  handle(socket, logger, clientEvents.typing, conversationRefSchema, async (p) => {
    const room = conversationRoom(p.conversationId);
    if (!socket.rooms.has(room)) await loadConversation(actor, p.conversationId);
    socket.to(room).emit(serverEvents.typing, {
      conversationId: p.conversationId,
      userId: actor.id,
    });
    return {};
  });
}
