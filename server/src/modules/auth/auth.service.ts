import { Types } from 'mongoose';
import type {
  Actor,
  CreateUserInput,
  ListUsersQuery,
  OrganizationRef,
  RegisterInput,
  Role,
} from '@qs/shared';
import { ConflictError, ForbiddenError, UnauthenticatedError } from '../../lib/errors';
import { domainEvents } from '../../lib/events';
import { isDuplicateKey } from '../../lib/insert-once';
import { removeOrganization } from '../organizations';
import { announceRequest, membershipFor } from './membership.service';
import { hashPassword, verifyPassword } from './passwords';
import { UserModel, type UserRecord } from './user.model';
import { findPage } from '../../lib/paginate';

async function assertEmailFree(email: string): Promise<void> {
  if (await UserModel.exists({ email })) {
    throw new ConflictError({
      message: 'An account with this email already exists',
      details: [{ path: 'email', message: 'already registered' }],
    });
  }
}

async function insertUser(
  fields: { email: string; password: string; name: string; role: Role } & Partial<
    Pick<UserRecord, 'organizationId' | 'membership' | 'orgRole' | 'membershipRequestedAt'>
  >,
): Promise<UserRecord> {
  const { password, ...rest } = fields;
  const passwordHash = await hashPassword(password);
  try {
    const doc = await UserModel.create({ ...rest, passwordHash });
    return doc.toObject();
  } catch (err) {
    if (isDuplicateKey(err)) {
      throw new ConflictError({
        message: 'An account with this email already exists',
        details: [{ path: 'email', message: 'already registered' }],
      });
    }
    throw err;
  }
}

/**
 * Self-registration: only enterprise and expert accounts. An enterprise names its organization:
 * a new one is created with the account as its owner, an existing one makes a pending request.
 * `complete` finishes the account (an expert's profile); when it or any step fails, nothing
 * stays behind: neither the account nor an organization created for it.
 */
export async function registerUser(
  input: RegisterInput,
  complete: (user: UserRecord) => Promise<void>,
): Promise<UserRecord> {
  await assertEmailFree(input.email);
  const org =
    input.role === 'enterprise' && input.organization
      ? await membershipFor(input.organization)
      : undefined;
  let user: UserRecord | undefined;
  try {
    user = await insertUser({
      email: input.email,
      password: input.password,
      name: input.name,
      role: input.role,
      ...org?.fields,
    });
    await complete(user);
  } catch (err) {
    if (user) await UserModel.deleteOne({ _id: user._id });
    if (org?.created) await removeOrganization(org.organizationId);
    throw err;
  }
  await announceRequest(user);
  return user;
}

/** An enterprise account left without an organization (rejected, removed) asks for one. */
export async function requestOrganization(actor: Actor, ref: OrganizationRef): Promise<UserRecord> {
  const current = await findUserById(actor.id);
  if (!current) throw new UnauthenticatedError();
  if (current.role !== 'enterprise') {
    throw new ForbiddenError({ message: 'Only enterprise accounts belong to organizations' });
  }
  if (current.organizationId) {
    throw new ConflictError({
      message: 'This account already belongs to an organization',
      details: [{ path: 'organization', message: 'already a member' }],
    });
  }
  const org = await membershipFor(ref);
  const user = await UserModel.findOneAndUpdate(
    { _id: current._id, organizationId: { $exists: false } },
    { $set: org.fields },
    { returnDocument: 'after' },
  ).lean<UserRecord>();
  if (!user) {
    if (org.created) await removeOrganization(org.organizationId);
    throw new ConflictError({ message: 'This account already belongs to an organization' });
  }
  await announceRequest(user);
  domainEvents.emit('membership.changed', { userId: actor.id });
  return user;
}

export async function createUser(input: CreateUserInput): Promise<UserRecord> {
  await assertEmailFree(input.email);
  return insertUser(input);
}

export async function verifyCredentials(
  email: string,
  password: string,
): Promise<UserRecord | undefined> {
  const user = await UserModel.findOne({ email }).lean<UserRecord>();
  const ok = await verifyPassword(user?.passwordHash, password);
  return ok && user ? user : undefined;
}

export async function findUserById(id: string): Promise<UserRecord | undefined> {
  return (await UserModel.findById(id).lean<UserRecord>()) ?? undefined;
}

export async function findUserByEmail(email: string): Promise<UserRecord | undefined> {
  return (await UserModel.findOne({ email: email.toLowerCase() }).lean<UserRecord>()) ?? undefined;
}

export async function listUsers(
  query: ListUsersQuery,
): Promise<{ items: UserRecord[]; total: number }> {
  const filter: Record<string, unknown> = {};
  if (query.role) filter.role = query.role;
  if (query.q) {
    const pattern = new RegExp(query.q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
    filter.$or = [{ email: pattern }, { name: pattern }];
  }
  const { records: items, total } = await findPage(UserModel, filter, { createdAt: -1 }, query);
  return { items, total };
}

export type AdminBootstrap = 'created' | 'exists' | 'email-taken';

/** The first admin comes from the environment, once: nothing happens when an admin exists. */
export async function ensureAdmin(
  email: string,
  password: string,
  name = 'Administrator',
): Promise<AdminBootstrap> {
  if (await UserModel.exists({ role: 'admin' })) return 'exists';
  if (await UserModel.exists({ email })) return 'email-taken';
  await insertUser({ email, password, name, role: 'admin' });
  return 'created';
}

/** The active enterprise members of an organization: who acts for it. */
export async function activeMemberIds(organizationId: Types.ObjectId | string): Promise<string[]> {
  const users = await UserModel.find(
    {
      organizationId: new Types.ObjectId(organizationId),
      role: 'enterprise',
      membership: 'active',
    },
    { _id: 1 },
  ).lean();
  return users.map((user) => user._id.toString());
}

export async function linkExpertProfile(userId: string, expertId: string): Promise<void> {
  await UserModel.updateOne({ _id: userId }, { $set: { expertId } });
}

/** The bureau's and the admins' accounts: who hears of what only staff decide (appeals). */
export async function staffUserIds(): Promise<string[]> {
  const users = await UserModel.find({ role: { $in: ['bureau', 'admin'] } }, { _id: 1 }).lean();
  return users.map((user) => user._id.toString());
}
