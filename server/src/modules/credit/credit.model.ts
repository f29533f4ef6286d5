import { Schema, model, type Types } from 'mongoose';
import {
  appealOutcomes,
  creditKinds,
  creditSubjectTypes,
  type CreditKind,
  type CreditSubjectType,
} from '@qs/shared';

/** One entry of an expert's or an organization's credit record (信用记录). */
export interface CreditEventRecord {
  _id: Types.ObjectId;
  subjectType: CreditSubjectType;
  subjectId: Types.ObjectId;
  kind: CreditKind;
  note: string;
  source: 'bureau' | 'automatic';
  by?: Types.ObjectId;
  at: Date;
  /** Names an automatic event's cause, so that the same cause records it once. */
  key?: string;
}

const creditEventSchema = new Schema<CreditEventRecord>({
  subjectType: { type: String, enum: creditSubjectTypes, required: true },
  subjectId: { type: Schema.Types.ObjectId, required: true },
  kind: { type: String, enum: creditKinds, required: true },
  note: { type: String, default: '' },
  source: { type: String, enum: ['bureau', 'automatic'], required: true },
  by: { type: Schema.Types.ObjectId },
  at: { type: Date, required: true },
  key: { type: String },
});
creditEventSchema.index({ subjectType: 1, subjectId: 1, at: -1 });
creditEventSchema.index({ key: 1 }, { unique: true, sparse: true });

export const CreditEventModel = model<CreditEventRecord>('CreditEvent', creditEventSchema);

export interface AppealRecord {
  _id: Types.ObjectId;
  text: string;
  by: Types.ObjectId;
  at: Date;
  answer?: {
    outcome: (typeof appealOutcomes)[number];
    note: string;
    by: Types.ObjectId;
    at: Date;
  };
}

/** A suspension (the blacklist): from `from` until `until`, unless lifted before. */
export interface SuspensionRecord {
  _id: Types.ObjectId;
  subjectType: CreditSubjectType;
  subjectId: Types.ObjectId;
  reason: string;
  from: Date;
  until: Date;
  by: Types.ObjectId;
  lifted?: { reason: string; by: Types.ObjectId; at: Date };
  appeals: AppealRecord[];
}

const appealSchema = new Schema<AppealRecord>({
  text: { type: String, required: true },
  by: { type: Schema.Types.ObjectId, required: true },
  at: { type: Date, required: true },
  answer: {
    type: new Schema(
      {
        outcome: { type: String, enum: appealOutcomes, required: true },
        note: { type: String, default: '' },
        by: { type: Schema.Types.ObjectId, required: true },
        at: { type: Date, required: true },
      },
      { _id: false },
    ),
  },
});

const suspensionSchema = new Schema<SuspensionRecord>({
  subjectType: { type: String, enum: creditSubjectTypes, required: true },
  subjectId: { type: Schema.Types.ObjectId, required: true },
  reason: { type: String, required: true },
  from: { type: Date, required: true },
  until: { type: Date, required: true },
  by: { type: Schema.Types.ObjectId, required: true },
  lifted: {
    type: new Schema(
      {
        reason: { type: String, required: true },
        by: { type: Schema.Types.ObjectId, required: true },
        at: { type: Date, required: true },
      },
      { _id: false },
    ),
  },
  appeals: { type: [appealSchema], default: [] },
});
suspensionSchema.index({ subjectType: 1, subjectId: 1, until: -1 });
suspensionSchema.index({ until: 1 });

export const SuspensionModel = model<SuspensionRecord>('Suspension', suspensionSchema);
