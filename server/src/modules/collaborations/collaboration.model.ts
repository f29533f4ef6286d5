import { Schema, model, type Types } from 'mongoose';
import {
  collaborationStatuses,
  outcomeKinds,
  type CollaborationStatus,
  type OutcomeKind,
} from '@qs/shared';
import { now } from '../../lib/clock';
import { carriesEvents, recordedEvents, type PendingEvent } from '../../lib/outbox';

export interface CollaborationEvent {
  status: CollaborationStatus;
  by: Types.ObjectId;
  at: Date;
  note?: string;
}

export interface RatingRecord {
  score: number;
  comment?: string;
  by: Types.ObjectId;
  at: Date;
}

/** The outcome's file, kept in GridFS (outcome-files.ts); its type is the one its content shows. */
export interface OutcomeFileRecord {
  id: Types.ObjectId;
  name: string;
  size: number;
  contentType: string;
}

/** What a completed collaboration produced, recorded with the completion. */
export interface OutcomeRecord {
  kind: OutcomeKind;
  summary: string;
  hoursSpent: number;
  recordedBy: Types.ObjectId;
  recordedAt: Date;
  file?: OutcomeFileRecord;
}

/** The work that follows an accepted invitation: one per invitation. */
export interface CollaborationRecord {
  _id: Types.ObjectId;
  invitationId: Types.ObjectId;
  needId: Types.ObjectId;
  expertId: Types.ObjectId;
  organizationId: Types.ObjectId;
  status: CollaborationStatus;
  agreement?: { signedAt: Date; documentRef?: string };
  history: CollaborationEvent[];
  ratings: { byEnterprise?: RatingRecord; byExpert?: RatingRecord };
  outcome?: OutcomeRecord;
  /** When both sides were reminded that no agreement is signed yet. */
  agreementRemindedAt?: Date;
  /** events recorded with changes and not yet handled (lib/outbox) */
  outbox?: PendingEvent[];
  createdAt: Date;
  updatedAt: Date;
}

const eventSchema = new Schema<CollaborationEvent>(
  {
    status: { type: String, enum: collaborationStatuses, required: true },
    by: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    at: { type: Date, required: true },
    note: { type: String },
  },
  { _id: false },
);

const ratingSchema = new Schema<RatingRecord>(
  {
    score: { type: Number, min: 1, max: 5, required: true },
    comment: { type: String },
    by: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    at: { type: Date, required: true },
  },
  { _id: false },
);

const outcomeSchema = new Schema<OutcomeRecord>(
  {
    kind: { type: String, enum: outcomeKinds, required: true },
    summary: { type: String, required: true },
    hoursSpent: { type: Number, required: true },
    recordedBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    recordedAt: { type: Date, required: true },
    file: {
      type: new Schema<OutcomeFileRecord>(
        {
          id: { type: Schema.Types.ObjectId, required: true },
          name: { type: String, required: true },
          size: { type: Number, required: true },
          contentType: { type: String, required: true },
        },
        { _id: false },
      ),
    },
  },
  { _id: false },
);

const collaborationSchema = new Schema<CollaborationRecord>(
  {
    invitationId: { type: Schema.Types.ObjectId, ref: 'Invitation', required: true },
    needId: { type: Schema.Types.ObjectId, ref: 'Need', required: true },
    expertId: { type: Schema.Types.ObjectId, ref: 'Expert', required: true },
    organizationId: { type: Schema.Types.ObjectId, ref: 'Organization', required: true },
    status: { type: String, enum: collaborationStatuses, default: 'active' },
    agreement: {
      type: new Schema(
        { signedAt: { type: Date, required: true }, documentRef: String },
        { _id: false },
      ),
    },
    history: { type: [eventSchema], default: [] },
    ratings: {
      byEnterprise: { type: ratingSchema },
      byExpert: { type: ratingSchema },
    },
    agreementRemindedAt: { type: Date },
    outcome: { type: outcomeSchema },
  },
  // Stamped by the platform's clock: the agreement reminder counts days from createdAt.
  { timestamps: { currentTime: () => now() } },
);
// The key that makes starting a collaboration idempotent: a repeated accept finds this one.
collaborationSchema.index({ invitationId: 1 }, { unique: true });
collaborationSchema.index({ organizationId: 1, status: 1 });
collaborationSchema.index({ expertId: 1, status: 1 });
collaborationSchema.index({ status: 1, createdAt: 1 });
carriesEvents(collaborationSchema);

export const CollaborationModel = model<CollaborationRecord>('Collaboration', collaborationSchema);
recordedEvents.addSource(CollaborationModel);
