import { Schema, model, type Types } from 'mongoose';
import { pools, type Pool } from '@qs/shared';

/** One recorded random draw: enough to replay it exactly (candidates in order, and the seed). */
export interface ExtractionRecord {
  _id: Types.ObjectId;
  needId: Types.ObjectId;
  requestedBy: Types.ObjectId;
  count: number;
  pools: Pool[];
  seed: number;
  candidateIds: Types.ObjectId[];
  expertIds: Types.ObjectId[];
  at: Date;
  /** qualified experts the pool rules kept out (load caps; rotation unless overridden) */
  skipped?: { atCapacity: number; rotation: number };
  /** the bureau's reason for drawing experts still in rotation with the organization */
  rotationOverride?: string;
}

const extractionSchema = new Schema<ExtractionRecord>({
  needId: { type: Schema.Types.ObjectId, ref: 'Need', required: true },
  requestedBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  count: { type: Number, required: true },
  pools: { type: [String], enum: pools, default: [] },
  seed: { type: Number, required: true },
  candidateIds: { type: [Schema.Types.ObjectId], default: [] },
  expertIds: { type: [Schema.Types.ObjectId], default: [] },
  at: { type: Date, required: true },
  skipped: { type: new Schema({ atCapacity: Number, rotation: Number }, { _id: false }) },
  rotationOverride: { type: String },
});
extractionSchema.index({ needId: 1, at: -1 });

export const ExtractionModel = model<ExtractionRecord>('Extraction', extractionSchema);
