import { Schema, model, type Types } from 'mongoose';

/**
 * Signed agreements of the alliance that are not tied to one need: an expert's cooperation
 * agreement, an enablement agreement between organizations (e.g. COSMOPlat with a Qingdao
 * enterprise), a framework agreement with an association.
 */
export const agreementKinds = ['expert-cooperation', 'enablement', 'framework'] as const;
export type AgreementKind = (typeof agreementKinds)[number];

export interface AgreementRecord {
  _id: Types.ObjectId;
  kind: AgreementKind;
  title: string;
  /** The alliance side or the enabling organization. */
  organizationId?: Types.ObjectId;
  partnerOrganizationId?: Types.ObjectId;
  expertId?: Types.ObjectId;
  signedAt: Date;
  note: string;
  /** Natural key of demo records, so that seeding twice creates nothing new. */
  seedKey?: string;
  createdAt: Date;
  updatedAt: Date;
}

const agreementSchema = new Schema<AgreementRecord>(
  {
    kind: { type: String, enum: agreementKinds, required: true },
    title: { type: String, required: true },
    organizationId: { type: Schema.Types.ObjectId, ref: 'Organization' },
    partnerOrganizationId: { type: Schema.Types.ObjectId, ref: 'Organization' },
    expertId: { type: Schema.Types.ObjectId, ref: 'Expert' },
    signedAt: { type: Date, required: true },
    note: { type: String, default: '' },
    seedKey: { type: String },
  },
  { timestamps: true },
);

agreementSchema.index({ seedKey: 1 }, { unique: true, sparse: true });

export const AgreementModel = model<AgreementRecord>('Agreement', agreementSchema);
