import { Schema, model, type Types } from 'mongoose';

/** One chat message. Ids grow with time, so they order and page the history. */
export interface MessageRecord {
  _id: Types.ObjectId;
  conversationId: Types.ObjectId;
  senderId: Types.ObjectId;
  body: string;
  /** the sender's own id for the message: a retried send finds the stored one */
  clientId: string;
  createdAt: Date;
}

const messageSchema = new Schema<MessageRecord>(
  {
    conversationId: { type: Schema.Types.ObjectId, ref: 'Conversation', required: true },
    senderId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    body: { type: String, required: true },
    clientId: { type: String, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
messageSchema.index({ conversationId: 1, senderId: 1, clientId: 1 }, { unique: true });
messageSchema.index({ conversationId: 1, _id: -1 });

export const MessageModel = model<MessageRecord>('Message', messageSchema);
