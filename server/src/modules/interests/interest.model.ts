import { Schema, model, type Types } from 'mongoose';
import { now } from '../../lib/clock';
import { carriesEvents, recordedEvents, type PendingEvent } from '../../lib/outbox';

/** An expert's interest in an open need; withdrawing it deletes it. */
export interface InterestRecord {
  _id: Types.ObjectId;
  needId: Types.ObjectId;
  /** the need's organization, which hears of it */
  organizationId: Types.ObjectId;
  expertId: Types.ObjectId;
  message?: string;
  createdAt: Date;
  updatedAt: Date;
  outbox?: PendingEvent[];
}

const interestSchema = new Schema<InterestRecord>(
  {
    needId: { type: Schema.Types.ObjectId, required: true },
    organizationId: { type: Schema.Types.ObjectId, required: true },
    expertId: { type: Schema.Types.ObjectId, required: true },
    message: { type: String },
  },
  { timestamps: { currentTime: () => now() } },
);
carriesEvents(interestSchema);
// One interest per (need, expert): a repeated or racing request finds the first.
interestSchema.index({ needId: 1, expertId: 1 }, { unique: true });
interestSchema.index({ expertId: 1, createdAt: -1 });

export const InterestModel = model<InterestRecord>('Interest', interestSchema);
recordedEvents.addSource(InterestModel);
