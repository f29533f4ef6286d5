import {
  clientEvents,
  type MessageDto,
  messageDtoSchema,
  messagingRoutes,
  sendMessageSchema,
  type SocketAck,
} from '@qs/shared';
import type { Socket } from 'socket.io-client';
import { call, ApiError } from '../../../lib/api-client';

const ACK_TIMEOUT_MS = 10_000;

interface Outgoing {
  conversationId: string;
  body: string;
  clientId: string;
}

/**
 * The sender's id for a new message. `crypto.randomUUID` exists only in secure contexts, and the
 * platform may be served over plain HTTP on an intranet: random bytes serve as well there.
 */
export function newClientId(): string {
  if (window.isSecureContext) return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

function ackError(error: { code: string; message: string }): ApiError {
  return new ApiError({ status: 0, code: error.code, message: error.message });
}

/**
 * Sends one message, answered only once it is stored: over the live connection when it is up,
 * else over HTTP. The clientId makes a retry of either safe.
 */
export async function sendMessage(socket: Socket | null, outgoing: Outgoing): Promise<MessageDto> {
  if (socket?.connected) {
    const answer = (await socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck(clientEvents.messageSend, outgoing)) as SocketAck<{ message: unknown }>;
    if (!answer.ok) throw ackError(answer.error);
    return messageDtoSchema.parse(answer.message);
  }
  const { conversationId, ...input } = outgoing;
  const { message } = await call(messagingRoutes.send, {
    params: { id: conversationId },
    body: sendMessageSchema.parse(input),
  });
  return message;
}

/**
 * Moves the caller's read mark forward to `messageId`: over the live connection when it answers,
 * else over HTTP, so that a connection closing meanwhile does not lose the mark.
 */
export async function markRead(
  socket: Socket | null,
  conversationId: string,
  messageId: string,
): Promise<void> {
  if (socket?.connected) {
    const answer = (await socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck(clientEvents.messageRead, { conversationId, messageId })
      .catch(() => undefined)) as SocketAck<object> | undefined;
    if (answer?.ok) return;
  }
  await call(messagingRoutes.markRead, { params: { id: conversationId }, body: { messageId } });
}
