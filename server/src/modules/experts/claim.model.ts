import { Schema, model, type Types } from 'mongoose';

/** A pending claim of an imported profile: at most one per account, replaced by the next. */
export interface ExpertClaimRecord {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  expertId: Types.ObjectId;
  /** HMAC of the code, never the code */
  codeHash: string;
  /** tries spent, each before its code is compared */
  attempts: number;
  expiresAt: Date;
  createdAt: Date;
}

const claimSchema = new Schema<ExpertClaimRecord>({
  userId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  expertId: { type: Schema.Types.ObjectId, ref: 'Expert', required: true },
  codeHash: { type: String, required: true },
  attempts: { type: Number, default: 0 },
  expiresAt: { type: Date, required: true },
  createdAt: { type: Date, required: true },
});
claimSchema.index({ userId: 1 }, { unique: true });

export const ExpertClaimModel = model<ExpertClaimRecord>('ExpertClaim', claimSchema);
