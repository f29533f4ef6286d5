import type { ConversationDto, MessageDto } from '@qs/shared';
import type { PartyNames } from '../collaborations';
import type { ConversationRecord } from './conversation.model';
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

/** Read marks arrive as a Map from documents and as a plain object from lean queries. */
function readMarks(reads: ConversationRecord['reads']) {
  const entries = reads instanceof Map ? [...reads] : Object.entries(reads ?? {});
  return entries.map(([userId, messageId]) => ({ userId, messageId: String(messageId) }));
}

export function presentConversation(
  record: ConversationRecord,
  extras: ConversationExtras,
): ConversationDto {
  const { names } = extras;
  return {
    id: record._id.toString(),
    invitationId: record.invitationId.toString(),
    ...(extras.collaborationId ? { collaborationId: extras.collaborationId } : {}),
    needId: record.needId.toString(),
    ...(names.needTitle ? { needTitle: names.needTitle } : {}),
    organizationId: record.organizationId.toString(),
    ...(names.organizationName ? { organizationName: names.organizationName } : {}),
    expertId: record.expertId.toString(),
    ...(names.expertName ? { expertName: names.expertName } : {}),
    unread: extras.unread,
    ...(extras.lastMessage ? { lastMessage: presentMessage(extras.lastMessage) } : {}),
    reads: readMarks(record.reads),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}
