import { Schema, model, type Types } from 'mongoose';
import { searchOutboxPlugin } from '../../lib/search-outbox';
import {
  availabilities,
  collaborationModes,
  pools,
  verificationStatuses,
  type Availability,
  type CollaborationMode,
  type Pool,
  type ReviewedField,
  type VerificationStatus,
} from '@qs/shared';

/** The reviewed fields' values; a field left empty is absent. */
export type ReviewedProfile = Partial<Record<ReviewedField, string | number | string[]>>;

export interface VerificationEvent {
  decision: 'submitted' | 'verified' | 'rejected' | 'imported';
  by?: Types.ObjectId;
  note: string;
  at: Date;
}

export interface ExpertRecord {
  _id: Types.ObjectId;
  userId?: Types.ObjectId;
  name: string;
  title: string;
  organization: string;
  organizationId?: Types.ObjectId;
  city: string;
  pool?: Pool;
  skills: string[];
  sectors: string[];
  bio: string;
  yearsOfExperience: number;
  availability: Availability;
  collaborationModes: CollaborationMode[];
  contact: { phone?: string; email?: string };
  /** organizations the expert left, avoided for three years after (see matching/avoidance) */
  formerOrganizations?: { name: string; leftYear: number }[];
  verification: {
    status: VerificationStatus;
    note?: string;
    at?: Date;
    history: VerificationEvent[];
    /** The profile as it was when last verified, which a review compares with (see `experts.review.ts`). */
    verifiedProfile?: ReviewedProfile;
  };
  rating: { average: number; count: number };
  stats: {
    invitations: number;
    responded: number;
    responseRate: number;
    medianResponseHours?: number;
  };
  activeCollaborations: number;
  /** keys of the recent counter events applied to this expert (see `applyOnce`) */
  appliedEvents?: string[];
  source: 'self' | 'import' | 'seed';
  /** when the expert last confirmed the profile (or saved it); absent: counted from `createdAt` */
  confirmedAt?: Date;
  /** when the expert was last asked to confirm it */
  confirmationRemindedAt?: Date;
  /** collaborations started in the calendar year `year` (Beijing time): the yearly load cap */
  engagements?: { year: number; count: number };
  createdAt: Date;
  updatedAt: Date;
}

const verificationEventSchema = new Schema<VerificationEvent>(
  {
    decision: {
      type: String,
      enum: ['submitted', 'verified', 'rejected', 'imported'],
      required: true,
    },
    by: { type: Schema.Types.ObjectId },
    note: { type: String, default: '' },
    at: { type: Date, required: true },
  },
  { _id: false },
);

const expertSchema = new Schema<ExpertRecord>(
  {
    userId: { type: Schema.Types.ObjectId, ref: 'User' },
    name: { type: String, required: true },
    title: { type: String, default: '' },
    organization: { type: String, default: '' },
    organizationId: { type: Schema.Types.ObjectId, ref: 'Organization' },
    city: { type: String, default: '' },
    pool: { type: String, enum: pools },
    skills: { type: [String], default: [] },
    sectors: { type: [String], default: [] },
    bio: { type: String, default: '' },
    yearsOfExperience: { type: Number, default: 0 },
    availability: { type: String, enum: availabilities, default: 'available' },
    collaborationModes: { type: [String], enum: collaborationModes, default: ['remote'] },
    contact: {
      phone: { type: String },
      email: { type: String, lowercase: true },
    },
    formerOrganizations: {
      type: [new Schema({ name: String, leftYear: Number }, { _id: false })],
      default: undefined,
    },
    verification: {
      status: { type: String, enum: verificationStatuses, required: true },
      note: { type: String },
      at: { type: Date },
      history: { type: [verificationEventSchema], default: [] },
      verifiedProfile: { type: Schema.Types.Mixed },
    },
    rating: { average: { type: Number, default: 0 }, count: { type: Number, default: 0 } },
    stats: {
      invitations: { type: Number, default: 0 },
      responded: { type: Number, default: 0 },
      responseRate: { type: Number, default: 0 },
      medianResponseHours: { type: Number },
    },
    activeCollaborations: { type: Number, default: 0 },
    appliedEvents: { type: [String], default: undefined, select: false },
    source: { type: String, enum: ['self', 'import', 'seed'], required: true },
    confirmedAt: { type: Date },
    confirmationRemindedAt: { type: Date },
    engagements: {
      type: new Schema({ year: Number, count: Number }, { _id: false }),
      default: undefined,
    },
  },
  { timestamps: true },
);
expertSchema.plugin(searchOutboxPlugin);
expertSchema.index({ userId: 1 }, { unique: true, sparse: true });
expertSchema.index({ 'search.pending': 1 });
// An email names one expert: imports match on it, so concurrent imports must not duplicate.
expertSchema.index({ 'contact.email': 1 }, { unique: true, sparse: true });
expertSchema.index({ 'contact.phone': 1 });
expertSchema.index({ 'verification.status': 1, pool: 1 });
expertSchema.index({ skills: 1 });

export const ExpertModel = model<ExpertRecord>('Expert', expertSchema);
