import { Schema, model, type Types } from 'mongoose';
import {
  collaborationModes,
  needKinds,
  needStatuses,
  type CollaborationMode,
  type NeedKind,
  type NeedStatus,
} from '@qs/shared';
import { carriesEvents, recordedEvents, type PendingEvent } from '../../lib/outbox';
import { searchOutboxPlugin } from '../../lib/search-outbox';

export interface NeedRecord {
  _id: Types.ObjectId;
  organizationId: Types.ObjectId;
  createdBy?: Types.ObjectId;
  title: string;
  description: string;
  kind: NeedKind;
  sector: string;
  requiredSkills: string[];
  /** Skills read from the text when none were given: what matching uses then. */
  suggestedSkills: string[];
  city: string;
  budget?: { min: number; max: number };
  deadline?: Date;
  collaborationMode?: CollaborationMode;
  /** avoidance lists (回避): organizations by id or name, and experts */
  avoidOrganizations?: { organizationId?: Types.ObjectId; name: string }[];
  avoidExperts?: Types.ObjectId[];
  status: NeedStatus;
  /** Where a catalogued need was published, e.g. a Shenzhen scenario release. */
  release?: string;
  source: 'user' | 'seed';
  /** Natural key of demo records, so that seeding twice creates nothing new. */
  seedKey?: string;
  /** when the platform first matched experts to it (the statistics' funnel) */
  matchedAt?: Date;
  /** When and by whom the need was closed, with the message for the experts it invited. */
  closing?: { at: Date; by: Types.ObjectId; message?: string };
  /** events recorded with changes and not yet handled (lib/outbox) */
  outbox?: PendingEvent[];
  createdAt: Date;
  updatedAt: Date;
}

const needSchema = new Schema<NeedRecord>(
  {
    organizationId: { type: Schema.Types.ObjectId, ref: 'Organization', required: true },
    createdBy: { type: Schema.Types.ObjectId, ref: 'User' },
    title: { type: String, required: true },
    description: { type: String, required: true },
    kind: { type: String, enum: needKinds, required: true },
    sector: { type: String, required: true },
    requiredSkills: { type: [String], default: [] },
    suggestedSkills: { type: [String], default: [] },
    city: { type: String, required: true },
    budget: { type: new Schema({ min: Number, max: Number }, { _id: false }) },
    deadline: { type: Date },
    collaborationMode: { type: String, enum: collaborationModes },
    avoidOrganizations: {
      type: [
        new Schema(
          { organizationId: { type: Schema.Types.ObjectId }, name: String },
          { _id: false },
        ),
      ],
      default: undefined,
    },
    avoidExperts: { type: [Schema.Types.ObjectId], default: undefined },
    status: { type: String, enum: needStatuses, default: 'open' },
    release: { type: String },
    source: { type: String, enum: ['user', 'seed'], default: 'user' },
    seedKey: { type: String },
    matchedAt: { type: Date },
    closing: {
      type: new Schema(
        {
          at: { type: Date, required: true },
          by: { type: Schema.Types.ObjectId, ref: 'User', required: true },
          message: { type: String },
        },
        { _id: false },
      ),
    },
  },
  { timestamps: true },
);
needSchema.plugin(searchOutboxPlugin);
needSchema.index({ 'search.pending': 1 });
needSchema.index({ organizationId: 1, status: 1 });
needSchema.index({ kind: 1, status: 1 });
// The lists, newest first, read their page from the index on MongoDB.
needSchema.index({ organizationId: 1, createdAt: -1, _id: -1 });
needSchema.index({ status: 1, createdAt: -1, _id: -1 });
needSchema.index({ seedKey: 1 }, { unique: true, sparse: true });
carriesEvents(needSchema);

export const NeedModel = model<NeedRecord>('Need', needSchema);
recordedEvents.addSource(NeedModel);
