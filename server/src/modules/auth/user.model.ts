import { Schema, model, type Types } from 'mongoose';
import { roles, type Role } from '@qs/shared';

export interface UserRecord {
  _id: Types.ObjectId;
  email: string;
  passwordHash: string;
  name: string;
  role: Role;
  organizationId?: Types.ObjectId;
  expertId?: Types.ObjectId;
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
    expertId: { type: Schema.Types.ObjectId, ref: 'Expert' },
  },
  { timestamps: true },
);

export const UserModel = model<UserRecord>('User', userSchema);
