import { Schema, model, type Types } from 'mongoose';
import {
  collaborationSides,
  meetingActions,
  meetingModes,
  meetingStatuses,
  type CollaborationSide,
  type MeetingAction,
  type MeetingMode,
  type MeetingStatus,
} from '@qs/shared';
import { now } from '../../lib/clock';
import {
  carriesEvents,
  recordedEvents,
  type MeetingReminder,
  type PendingEvent,
} from '../../lib/outbox';

export interface SlotRecord {
  id: string;
  start: Date;
  end: Date;
}

export interface MeetingHistoryRecord {
  action: MeetingAction;
  side: CollaborationSide;
  by: Types.ObjectId;
  at: Date;
  slots?: SlotRecord[];
  mode?: MeetingMode;
  address?: string;
  link?: string;
  reason?: string;
}

/** A meeting inside a collaboration: slots offered by one side, one picked by the other. */
export interface MeetingRecord {
  _id: Types.ObjectId;
  collaborationId: Types.ObjectId;
  invitationId: Types.ObjectId;
  needId: Types.ObjectId;
  organizationId: Types.ObjectId;
  expertId: Types.ObjectId;
  status: MeetingStatus;
  mode: MeetingMode;
  address?: string;
  link?: string;
  note?: string;
  slots: SlotRecord[];
  proposedBy: CollaborationSide;
  scheduled?: SlotRecord;
  /** The next reminder of a scheduled meeting, absent once none is left. */
  nextReminder?: { kind: MeetingReminder; at: Date };
  history: MeetingHistoryRecord[];
  outbox?: PendingEvent[];
  createdAt: Date;
  updatedAt: Date;
}

const slotSchema = new Schema<SlotRecord>(
  {
    id: { type: String, required: true },
    start: { type: Date, required: true },
    end: { type: Date, required: true },
  },
  { _id: false },
);

const historySchema = new Schema<MeetingHistoryRecord>(
  {
    action: { type: String, enum: meetingActions, required: true },
    side: { type: String, enum: collaborationSides, required: true },
    by: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    at: { type: Date, required: true },
    slots: { type: [slotSchema], default: undefined },
    mode: { type: String, enum: meetingModes },
    address: String,
    link: String,
    reason: String,
  },
  { _id: false },
);

const meetingSchema = new Schema<MeetingRecord>(
  {
    collaborationId: { type: Schema.Types.ObjectId, ref: 'Collaboration', required: true },
    invitationId: { type: Schema.Types.ObjectId, required: true },
    needId: { type: Schema.Types.ObjectId, required: true },
    organizationId: { type: Schema.Types.ObjectId, required: true },
    expertId: { type: Schema.Types.ObjectId, required: true },
    status: { type: String, enum: meetingStatuses, required: true },
    mode: { type: String, enum: meetingModes, required: true },
    address: String,
    link: String,
    note: String,
    slots: { type: [slotSchema], default: [] },
    proposedBy: { type: String, enum: collaborationSides, required: true },
    scheduled: { type: slotSchema },
    nextReminder: {
      type: new Schema(
        { kind: { type: String, required: true }, at: { type: Date, required: true } },
        { _id: false },
      ),
    },
    history: { type: [historySchema], default: [] },
  },
  { timestamps: { currentTime: () => now() } },
);
meetingSchema.index({ collaborationId: 1, createdAt: -1 });
meetingSchema.index({ status: 1, 'nextReminder.at': 1 });
carriesEvents(meetingSchema);

export const MeetingModel = model<MeetingRecord>('Meeting', meetingSchema);
recordedEvents.addSource(MeetingModel);
