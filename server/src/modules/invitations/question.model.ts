import { Schema, model, type Types } from 'mongoose';
import {
  collaborationSides,
  invitationQuestionKinds,
  type CollaborationSide,
  type InvitationQuestionKind,
} from '@qs/shared';
import { now } from '../../lib/clock';

/** A question the invited expert asked before answering, or the enterprise's answer to one. */
export interface QuestionRecord {
  _id: Types.ObjectId;
  invitationId: Types.ObjectId;
  kind: InvitationQuestionKind;
  side: CollaborationSide;
  by: Types.ObjectId;
  text: string;
  replyTo?: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}

const questionSchema = new Schema<QuestionRecord>(
  {
    invitationId: { type: Schema.Types.ObjectId, ref: 'Invitation', required: true },
    kind: { type: String, enum: invitationQuestionKinds, required: true },
    side: { type: String, enum: collaborationSides, required: true },
    by: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    text: { type: String, required: true },
    replyTo: { type: Schema.Types.ObjectId },
  },
  { timestamps: { currentTime: () => now() } },
);
questionSchema.index({ invitationId: 1, createdAt: 1 });

export const QuestionModel = model<QuestionRecord>(
  'InvitationQuestion',
  questionSchema,
  'invitation_questions',
);
