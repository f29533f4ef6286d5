import { Types } from 'mongoose';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import {
  can,
  type Actor,
  type ConversationDto,
  type ListConversationsQuery,
  type ListMessagesQuery,
  type MessageDto,
  type SendMessageInput,
} from '@qs/shared';
import { NotFoundError, RateLimitedError } from '../../lib/errors';
import { domainEvents } from '../../lib/events';
import { insertOnce } from '../../lib/insert-once';
import { findPage } from '../../lib/paginate';
import { spend } from '../../lib/rate-limit';
import { collaborationsOfInvitations, partiesView, partyNames } from '../collaborations';
import { ConversationModel, readMarks, type ConversationRecord } from './conversation.model';
import { MessageModel, type MessageRecord } from './message.model';
import { presentConversation, presentMessage } from './messaging.presenter';

const noSuchConversation = () => new NotFoundError({ key: 'no_such_conversation' });

export async function findConversationOrFail(id: string): Promise<ConversationRecord> {
  const record = await ConversationModel.findById(
    new Types.ObjectId(id),
  ).lean<ConversationRecord>();
  if (!record) throw noSuchConversation();
  return record;
}

/** Only its parties may use a conversation; to others it answers 404, so that it does not leak. */
export function authorizeConversation(actor: Actor, record: ConversationRecord): void {
  if (!can(actor, 'conversations:participate', partiesView(record))) throw noSuchConversation();
}

/** Loads a conversation the caller takes part in (for the socket, which has no route pipeline). */
export async function loadConversation(actor: Actor, id: string): Promise<ConversationRecord> {
  const record = await findConversationOrFail(id);
  authorizeConversation(actor, record);
  return record;
}

/** The caller's own side: chats are private, so staff have none. */
function ownSide(actor: Actor): Record<string, unknown> {
  if (actor.role === 'enterprise' && actor.organizationId)
    return { organizationId: new Types.ObjectId(actor.organizationId) };
  if (actor.role === 'expert' && actor.expertId)
    return { expertId: new Types.ObjectId(actor.expertId) };
  return { _id: { $in: [] } };
}

/** Messages from others that the user has not read yet. */
function unreadCount(record: ConversationRecord, userId: string): Promise<number> {
  const messageId = readMarks(record).find((read) => read.userId === userId)?.messageId;
  const mark = messageId ? new Types.ObjectId(messageId) : undefined;
  return MessageModel.countDocuments({
    conversationId: record._id,
    senderId: { $ne: new Types.ObjectId(userId) },
    ...(mark ? { _id: { $gt: mark } } : {}),
  });
}

async function presentMany(
  actor: Actor,
  records: ConversationRecord[],
): Promise<ConversationDto[]> {
  const [names, collaborationOf, details] = await Promise.all([
    partyNames(records),
    collaborationsOfInvitations(records.map((record) => record.invitationId)),
    Promise.all(
      records.map(async (record) => {
        const [unread, lastMessage] = await Promise.all([
          unreadCount(record, actor.id),
          MessageModel.findOne({ conversationId: record._id })
            .sort({ _id: -1 })
            .lean<MessageRecord>(),
        ]);
        return { unread, lastMessage: lastMessage ?? undefined };
      }),
    ),
  ]);
  return records.map((record, i) =>
    presentConversation(record, {
      names: names(record),
      ...(details[i] as { unread: number; lastMessage?: MessageRecord }),
      collaborationId: collaborationOf.get(record.invitationId.toString()),
    }),
  );
}

export async function presentOne(
  actor: Actor,
  record: ConversationRecord,
): Promise<ConversationDto> {
  const [dto] = await presentMany(actor, [record]);
  return dto as ConversationDto;
}

/** The caller's conversations, most recent activity first. */
export async function listConversations(actor: Actor, query: ListConversationsQuery) {
  const filter = {
    ...ownSide(actor),
    ...(query.invitationId ? { invitationId: new Types.ObjectId(query.invitationId) } : {}),
  };
  const { records, total } = await findPage(
    ConversationModel,
    filter,
    { updatedAt: -1, _id: -1 },
    query,
  );
  return {
    items: await presentMany(actor, records),
    total,
    page: query.page,
    limit: query.limit,
  };
}

/** Older messages page by page: newest first, `before` a message id. */
export async function listMessages(conversation: ConversationRecord, query: ListMessagesQuery) {
  const records = await MessageModel.find({
    conversationId: conversation._id,
    ...(query.before ? { _id: { $lt: new Types.ObjectId(query.before) } } : {}),
  })
    .sort({ _id: -1 })
    .limit(query.limit + 1)
    .lean<MessageRecord[]>();
  return {
    items: records.slice(0, query.limit).map(presentMessage),
    limit: query.limit,
    hasMore: records.length > query.limit,
  };
}

/** Who is told of new messages and read marks: both sides, by their rooms. */
function sidesOf(conversation: ConversationRecord) {
  return {
    organizationId: conversation.organizationId.toString(),
    expertId: conversation.expertId.toString(),
  };
}

/**
 * Moves the user's read mark forward to `messageId`; never back, so that late or repeated marks
 * change nothing. Answers whether it moved.
 */
async function advanceRead(
  conversationId: Types.ObjectId,
  userId: string,
  messageId: Types.ObjectId,
): Promise<boolean> {
  const field = `reads.${userId}`;
  const result = await ConversationModel.updateOne(
    {
      _id: conversationId,
      $or: [{ [field]: { $exists: false } }, { [field]: { $lt: messageId } }],
    },
    { $set: { [field]: messageId } },
    // Reading is not activity: the conversation keeps its place in the lists.
    { timestamps: false },
  );
  return result.modifiedCount === 1;
}

export interface SendOptions {
  limiter: RateLimiterAbstract;
}

export interface Sent {
  message: MessageDto;
  created: boolean;
  /**
   * What follows a stored message, off the acknowledgement's path: the conversation's summary
   * (last activity, the sender's own read mark) and the announcement to both sides.
   */
  settled: Promise<void>;
}

/** Per conversation, the after-work of its messages in the order they were stored. */
const announcing = new Map<string, Promise<void>>();

function afterStored(conversation: ConversationRecord, record: MessageRecord, userId: string) {
  const key = conversation._id.toString();
  const work = async () => {
    // One write for the summary: last activity and the sender's read mark (one's own message is
    // read by oneself); $max keeps both from moving back when writes cross.
    await ConversationModel.updateOne(
      { _id: conversation._id },
      { $max: { lastMessageAt: record.createdAt, [`reads.${userId}`]: record._id } },
    );
    domainEvents.emit('message.created', {
      message: presentMessage(record),
      sides: sidesOf(conversation),
    });
  };
  const previous = announcing.get(key) ?? Promise.resolve();
  const next = previous.then(work, work);
  announcing.set(key, next);
  const forget = () => {
    if (announcing.get(key) === next) announcing.delete(key);
  };
  next.then(forget, forget);
  return next;
}

/**
 * Stores a message once per (sender, clientId) in a conversation the caller was authorized for:
 * a retried send answers the stored message (`created: false`). The store is the only database
 * write before the answer; others are told only after it.
 */
export async function postMessage(
  actor: Actor,
  conversation: ConversationRecord,
  input: SendMessageInput,
  options: SendOptions,
): Promise<Sent> {
  const wait = await spend(options.limiter, actor.id);
  if (wait > 0) throw new RateLimitedError(wait);
  const key = {
    conversationId: conversation._id,
    senderId: new Types.ObjectId(actor.id),
    clientId: input.clientId,
  };
  const { record, created } = await insertOnce(MessageModel, key, { ...key, body: input.body });
  const message = presentMessage(record);
  if (!created) return { message, created, settled: Promise.resolve() };
  return { message, created, settled: afterStored(conversation, record, actor.id) };
}

/**
 * Moves the caller's read mark up to one of the conversation's messages (authorized by the
 * caller) and tells both sides when it moved.
 */
export async function readUpTo(
  actor: Actor,
  conversation: ConversationRecord,
  messageId: string,
): Promise<void> {
  const message = await MessageModel.findOne({
    _id: new Types.ObjectId(messageId),
    conversationId: conversation._id,
  }).lean<MessageRecord>();
  if (!message) throw new NotFoundError({ key: 'no_such_message' });
  if (await advanceRead(conversation._id, actor.id, message._id)) {
    domainEvents.emit('message.read', {
      conversationId: conversation._id.toString(),
      userId: actor.id,
      messageId,
      sides: sidesOf(conversation),
    });
  }
}

/** Marks the conversation read up to one of its messages and tells both sides. */
export async function markRead(
  actor: Actor,
  conversation: ConversationRecord,
  messageId: string,
): Promise<ConversationRecord> {
  await readUpTo(actor, conversation, messageId);
  // Read again for the moved mark.
  const fresh = await ConversationModel.findById(conversation._id).lean<ConversationRecord>();
  return fresh ?? conversation;
}
