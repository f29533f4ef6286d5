import { Schema, model, type Types } from 'mongoose';
import { organizationTypes, type OrganizationType } from '@qs/shared';

export interface OrganizationRecord {
  _id: Types.ObjectId;
  name: string;
  /** Lower-cased name: lookups by name ignore case and surrounding space. */
  nameKey: string;
  type: OrganizationType;
  city: string;
  sectors: string[];
  allianceMember: boolean;
  allianceJoinedAt?: Date;
  description: string;
  createdAt: Date;
  updatedAt: Date;
}

const organizationSchema = new Schema<OrganizationRecord>(
  {
    name: { type: String, required: true, trim: true },
    nameKey: { type: String, required: true, unique: true },
    type: { type: String, enum: organizationTypes, required: true },
    city: { type: String, required: true },
    sectors: { type: [String], default: [] },
    allianceMember: { type: Boolean, default: false },
    allianceJoinedAt: { type: Date },
    description: { type: String, default: '' },
  },
  { timestamps: true },
);

export const OrganizationModel = model<OrganizationRecord>('Organization', organizationSchema);
