import type { Types } from 'mongoose';
import type { Role } from '@qs/shared';
import { isDuplicateKey } from '../../lib/insert-once';
import { hashPassword } from './passwords';
import { UserModel } from './user.model';

export interface AccountSeed {
  email: string;
  name: string;
  role: Role;
  /** The organization the account owns, when it acts for one. */
  organizationId?: Types.ObjectId;
}

async function create(account: AccountSeed, password: string) {
  const user = await UserModel.create({
    email: account.email,
    passwordHash: await hashPassword(password),
    name: account.name,
    role: account.role,
    ...(account.organizationId
      ? {
          organizationId: account.organizationId,
          membership: 'active',
          orgRole: 'owner',
          membershipRequestedAt: new Date(),
        }
      : {}),
  });
  return user.toObject();
}

/**
 * Creates a demo account unless its email has one (a concurrent seeder's included); answers the
 * account, whichever it is, and whether this call created it.
 */
export async function seedDemoAccount(
  account: AccountSeed,
  password: string,
): Promise<{ user: { _id: Types.ObjectId; role: Role }; created: boolean }> {
  const existing = await UserModel.findOne({ email: account.email }).lean();
  if (existing) return { user: existing, created: false };
  try {
    return { user: await create(account, password), created: true };
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const raced = await UserModel.findOne({ email: account.email }).lean();
    if (!raced) throw new Error(`account ${account.email} vanished`);
    return { user: raced, created: false };
  }
}

/** Gives a demo expert account its profile, as registration does; never relinks. */
export async function linkSeededAccount(userId: Types.ObjectId, expertId: Types.ObjectId) {
  await UserModel.updateOne({ _id: userId, expertId: { $exists: false } }, { $set: { expertId } });
}

/** Whether any account other than an admin exists. */
export async function hasNonAdminUsers(): Promise<boolean> {
  return Boolean(await UserModel.exists({ role: { $ne: 'admin' } }));
}
