import { Schema, model, type Types } from 'mongoose';

/** The bureau's pool rules: one document, absent until first changed (the defaults apply). */
export interface PoolRulesRecord {
  _id: string;
  maxActiveCollaborations: number;
  maxEngagementsPerYear: number;
  rotationDays: number;
  updatedBy?: Types.ObjectId;
  updatedAt?: Date;
}

const poolRulesSchema = new Schema<PoolRulesRecord>(
  {
    _id: { type: String },
    maxActiveCollaborations: { type: Number, required: true },
    maxEngagementsPerYear: { type: Number, required: true },
    rotationDays: { type: Number, required: true },
    updatedBy: { type: Schema.Types.ObjectId },
  },
  { timestamps: { createdAt: false, updatedAt: true }, versionKey: false },
);

export const PoolRulesModel = model<PoolRulesRecord>('PoolRules', poolRulesSchema, 'pool_rules');
