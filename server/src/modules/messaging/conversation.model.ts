import { Schema, model, type Types } from 'mongoose';

/** The chat between the two sides of an accepted invitation: one per invitation. */
export interface ConversationRecord {
  _id: Types.ObjectId;
  invitationId: Types.ObjectId;
  needId: Types.ObjectId;
  organizationId: Types.ObjectId;
  expertId: Types.ObjectId;
  /** The inviting user and the expert's account when it was opened. */
  participantUserIds: Types.ObjectId[];
  lastMessageAt?: Date;
  /** per user id: the newest message that user has read; only ever moves forward */
  reads?: Record<string, Types.ObjectId>;
  createdAt: Date;
  updatedAt: Date;
}

const conversationSchema = new Schema<ConversationRecord>(
  {
    invitationId: { type: Schema.Types.ObjectId, ref: 'Invitation', required: true },
    needId: { type: Schema.Types.ObjectId, ref: 'Need', required: true },
    organizationId: { type: Schema.Types.ObjectId, ref: 'Organization', required: true },
    expertId: { type: Schema.Types.ObjectId, ref: 'Expert', required: true },
    participantUserIds: { type: [Schema.Types.ObjectId], ref: 'User', default: [] },
    lastMessageAt: { type: Date },
    reads: { type: Map, of: Schema.Types.ObjectId, default: undefined },
  },
  { timestamps: true },
);
// The key that makes opening a conversation idempotent: a repeated accept finds this one.
conversationSchema.index({ invitationId: 1 }, { unique: true });
conversationSchema.index({ organizationId: 1, updatedAt: -1 });
conversationSchema.index({ expertId: 1, updatedAt: -1 });

export const ConversationModel = model<ConversationRecord>('Conversation', conversationSchema);

/** Every participant's read mark, as the (lean) record holds them. */
export function readMarks(record: Pick<ConversationRecord, 'reads'>) {
  return Object.entries(record.reads ?? {}).map(([userId, messageId]) => ({
    userId,
    messageId: messageId.toString(),
  }));
}
