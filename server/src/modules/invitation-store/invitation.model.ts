import { now } from '../../lib/clock';
import { Schema, model, type Types } from 'mongoose';
import { invitationStatuses, type InvitationStatus } from '@qs/shared';
import {
  carriesEvents,
  recordedEvents,
  type InvitationReminder,
  type PendingEvent,
} from '../../lib/outbox';

export interface InvitationEvent {
  status: InvitationStatus;
  /** The user who moved it; absent when the platform did (expiry). */
  by?: Types.ObjectId;
  at: Date;
  reason?: string;
}

/**
 * An enterprise asks one expert to take part in one need. The field names and ObjectId types of
 * `needId`, `organizationId`, `expertId` and `status` are read through the functions of this module.
 */
export interface InvitationRecord {
  _id: Types.ObjectId;
  needId: Types.ObjectId;
  organizationId: Types.ObjectId;
  expertId: Types.ObjectId;
  invitedBy: Types.ObjectId;
  message: string;
  status: InvitationStatus;
  expiresAt: Date;
  respondedAt?: Date;
  responseHours?: number;
  history: InvitationEvent[];
  /** The reminder the expert gets next while the invitation is pending; absent when none is left. */
  nextReminder?: { kind: InvitationReminder; at: Date };
  /** events recorded with changes and not yet handled (lib/outbox) */
  outbox?: PendingEvent[];
  createdAt: Date;
  updatedAt: Date;
}

const eventSchema = new Schema<InvitationEvent>(
  {
    status: { type: String, enum: invitationStatuses, required: true },
    by: { type: Schema.Types.ObjectId, ref: 'User' },
    at: { type: Date, required: true },
    reason: { type: String },
  },
  { _id: false },
);

const invitationSchema = new Schema<InvitationRecord>(
  {
    needId: { type: Schema.Types.ObjectId, ref: 'Need', required: true },
    organizationId: { type: Schema.Types.ObjectId, ref: 'Organization', required: true },
    expertId: { type: Schema.Types.ObjectId, ref: 'Expert', required: true },
    invitedBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    message: { type: String, required: true },
    status: { type: String, enum: invitationStatuses, default: 'pending' },
    expiresAt: { type: Date, required: true },
    respondedAt: { type: Date },
    responseHours: { type: Number },
    history: { type: [eventSchema], default: [] },
    nextReminder: { type: new Schema({ kind: String, at: Date }, { _id: false }) },
  },
  // Stamped by the platform's clock: response times are measured from createdAt.
  { timestamps: { currentTime: () => now() } },
);
// One invitation per (need, expert): the index, not a prior read, is what makes this hold.
invitationSchema.index({ needId: 1, expertId: 1 }, { unique: true });
invitationSchema.index({ organizationId: 1, status: 1 });
invitationSchema.index({ expertId: 1, status: 1 });
// Each side's list, newest first, reads its page from the index on MongoDB.
invitationSchema.index({ organizationId: 1, createdAt: -1, _id: -1 });
invitationSchema.index({ expertId: 1, createdAt: -1, _id: -1 });
invitationSchema.index({ status: 1, expiresAt: 1 });
invitationSchema.index({ status: 1, 'nextReminder.at': 1 });
carriesEvents(invitationSchema);

export const InvitationModel = model<InvitationRecord>('Invitation', invitationSchema);
recordedEvents.addSource(InvitationModel);
