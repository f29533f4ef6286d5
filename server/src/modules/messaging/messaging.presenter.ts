import type { ConversationDto, MessageDto } from '@qs/shared';
import { presentParties, type PartyNames } from '../collaborations';
import { readMarks, type ConversationRecord } from './conversation.model';
import type { MessageRecord } from './message.model';

export function presentMessage(record: MessageRecord): MessageDto {
  return {
    id: record._id.toString(),
    conversationId: record.conversationId.toString(),
    senderId: record.senderId.toString(),
    body: record.body,
    clientId: record.clientId,
    createdAt: record.createdAt.toISOString(),
  };
}

/** What the caller's list shows beside the conversation itself. */
export interface ConversationExtras {
  names: PartyNames;
  unread: number;
  lastMessage?: MessageRecord;
  collaborationId?: string;
}

export function presentConversation(
  record: ConversationRecord,
  extras: ConversationExtras,
): ConversationDto {
  return {
    id: record._id.toString(),
    invitationId: record.invitationId.toString(),
    ...(extras.collaborationId ? { collaborationId: extras.collaborationId } : {}),
    ...presentParties(record, extras.names),
    unread: extras.unread,
    ...(extras.lastMessage ? { lastMessage: presentMessage(extras.lastMessage) } : {}),
    reads: readMarks(record),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}
