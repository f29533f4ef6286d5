import { Schema, model, type Types } from 'mongoose';
import {
  drawMemberRoles,
  drawMemberStates,
  drawReasons,
  drawTrailKinds,
  pools,
  roles,
  type DrawMemberRole,
  type DrawMemberState,
  type DrawReason,
  type DrawTrailKind,
  type Pool,
  type Role,
} from '@qs/shared';
import { carriesEvents, recordedEvents, type PendingEvent } from '../../lib/outbox';

export interface DrawMember {
  expertId: Types.ObjectId;
  role: DrawMemberRole;
  state: DrawMemberState;
  invitationId?: Types.ObjectId;
  replaces?: Types.ObjectId;
  reason?: DrawReason;
}

export interface DrawTrailEntry {
  at: Date;
  kind: DrawTrailKind;
  expertId?: Types.ObjectId;
  replacedExpertId?: Types.ObjectId;
  reason?: DrawReason;
  invitationId?: Types.ObjectId;
  count?: number;
}

/** A later draw of more reserves, from the candidates of its time minus everyone drawn before. */
export interface DrawTopUp {
  at: Date;
  by: Types.ObjectId;
  count: number;
  seed: number;
  candidateIds: Types.ObjectId[];
  expertIds: Types.ObjectId[];
}

/**
 * One recorded random draw: enough to replay it exactly (candidates in order, and the seed), the
 * seats and reserves it drew, and what became of each. Every change after the insert is written
 * conditional on `version`, so that two processes filling seats at once never both apply.
 */
export interface ExtractionRecord {
  _id: Types.ObjectId;
  needId: Types.ObjectId;
  organizationId?: Types.ObjectId;
  requestedBy: Types.ObjectId;
  operatorRole?: Role;
  count: number;
  reserves?: number;
  pools: Pool[];
  seed: number;
  candidateIds: Types.ObjectId[];
  expertIds: Types.ObjectId[];
  reserveIds?: Types.ObjectId[];
  invite?: boolean;
  expiresInDays?: number;
  members?: DrawMember[];
  trail?: DrawTrailEntry[];
  topUps?: DrawTopUp[];
  /** how many times the owner was told the reserves ran out */
  exhaustedNotices?: number;
  version?: number;
  at: Date;
  outbox?: PendingEvent[];
  /** qualified experts the pool rules kept out (load caps; rotation unless overridden) */
  skipped?: { atCapacity: number; rotation: number };
  /** the bureau's reason for drawing experts still in rotation with the organization */
  rotationOverride?: string;
}

const memberSchema = new Schema<DrawMember>(
  {
    expertId: { type: Schema.Types.ObjectId, required: true },
    role: { type: String, enum: drawMemberRoles, required: true },
    state: { type: String, enum: drawMemberStates, required: true },
    invitationId: Schema.Types.ObjectId,
    replaces: Schema.Types.ObjectId,
    reason: { type: String, enum: drawReasons },
  },
  { _id: false },
);

const trailSchema = new Schema<DrawTrailEntry>(
  {
    at: { type: Date, required: true },
    kind: { type: String, enum: drawTrailKinds, required: true },
    expertId: Schema.Types.ObjectId,
    replacedExpertId: Schema.Types.ObjectId,
    reason: { type: String, enum: drawReasons },
    invitationId: Schema.Types.ObjectId,
    count: Number,
  },
  { _id: false },
);

const topUpSchema = new Schema<DrawTopUp>(
  {
    at: { type: Date, required: true },
    by: { type: Schema.Types.ObjectId, required: true },
    count: { type: Number, required: true },
    seed: { type: Number, required: true },
    candidateIds: { type: [Schema.Types.ObjectId], default: [] },
    expertIds: { type: [Schema.Types.ObjectId], default: [] },
  },
  { _id: false },
);

const extractionSchema = new Schema<ExtractionRecord>({
  needId: { type: Schema.Types.ObjectId, ref: 'Need', required: true },
  organizationId: Schema.Types.ObjectId,
  requestedBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  operatorRole: { type: String, enum: roles },
  count: { type: Number, required: true },
  reserves: { type: Number, default: 0 },
  pools: { type: [String], enum: pools, default: [] },
  seed: { type: Number, required: true },
  candidateIds: { type: [Schema.Types.ObjectId], default: [] },
  expertIds: { type: [Schema.Types.ObjectId], default: [] },
  reserveIds: { type: [Schema.Types.ObjectId], default: [] },
  invite: { type: Boolean, default: false },
  expiresInDays: Number,
  members: { type: [memberSchema], default: [] },
  trail: { type: [trailSchema], default: [] },
  topUps: { type: [topUpSchema], default: [] },
  exhaustedNotices: { type: Number, default: 0 },
  version: { type: Number, default: 0 },
  at: { type: Date, required: true },
  skipped: { type: new Schema({ atCapacity: Number, rotation: Number }, { _id: false }) },
  rotationOverride: { type: String },
});
extractionSchema.index({ needId: 1, at: -1 });
extractionSchema.index({ 'members.invitationId': 1 }, { sparse: true });
carriesEvents(extractionSchema);

export const ExtractionModel = model<ExtractionRecord>('Extraction', extractionSchema);
recordedEvents.addSource(ExtractionModel);
