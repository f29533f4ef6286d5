import { Schema, model, type Types } from 'mongoose';
import {
  membershipStates,
  orgRoles,
  roles,
  type MembershipState,
  type OrgRole,
  type Role,
} from '@qs/shared';

export interface UserRecord {
  _id: Types.ObjectId;
  email: string;
  passwordHash: string;
  name: string;
  role: Role;
  organizationId?: Types.ObjectId;
  /** With organizationId: a pending member acts for no organization until approved. */
  membership?: MembershipState;
  orgRole?: OrgRole;
  /** When the current membership was asked for (registration or a later request). */
  membershipRequestedAt?: Date;
  expertId?: Types.ObjectId;
  /** A disabled account cannot sign in, and its sessions end. */
  disabledAt?: Date;
  /** The user agreement and privacy policy accepted at sign-up, and which version. */
  termsAcceptedAt?: Date;
  termsVersion?: string;
  /** A one-time link to set a new password: only its hash is kept. */
  passwordReset?: { tokenHash: string; expiresAt: Date };
  createdAt: Date;
  updatedAt: Date;
}

const userSchema = new Schema<UserRecord>(
  {
    email: { type: String, required: true, unique: true, lowercase: true, trim: true },
    passwordHash: { type: String, required: true },
    name: { type: String, required: true, trim: true },
    role: { type: String, enum: roles, required: true, index: true },
    organizationId: { type: Schema.Types.ObjectId, ref: 'Organization' },
    membership: { type: String, enum: membershipStates },
    orgRole: { type: String, enum: orgRoles },
    membershipRequestedAt: { type: Date },
    expertId: { type: Schema.Types.ObjectId, ref: 'Expert' },
    disabledAt: { type: Date },
    termsAcceptedAt: { type: Date },
    termsVersion: { type: String },
    passwordReset: {
      type: new Schema({ tokenHash: String, expiresAt: Date }, { _id: false }),
      default: undefined,
    },
  },
  { timestamps: true },
);

userSchema.index({ organizationId: 1, membership: 1 });

export const UserModel = model<UserRecord>('User', userSchema);
