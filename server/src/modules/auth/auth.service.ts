import { createHash, randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import {
  TERMS_VERSION,
  type Actor,
  type CreateUserInput,
  type ListUsersQuery,
  type OrganizationRef,
  type PasswordResetInput,
  type RegisterInput,
  type Role,
  type UpdateUserInput,
} from '@qs/shared';
import { recordAudit } from '../../lib/audit';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
  detail,
} from '../../lib/errors';
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
      key: 'email_taken',
      details: [detail('email', 'already_registered')],
    });
  }
}

async function insertUser(
  fields: { email: string; password: string; name: string; role: Role } & Partial<
    Pick<
      UserRecord,
      | 'organizationId'
      | 'membership'
      | 'orgRole'
      | 'membershipRequestedAt'
      | 'termsAcceptedAt'
      | 'termsVersion'
    >
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
        key: 'email_taken',
        details: [detail('email', 'already_registered')],
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
      ...(input.acceptTerms ? { termsAcceptedAt: new Date(), termsVersion: TERMS_VERSION } : {}),
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
    throw new ForbiddenError({ key: 'organization_enterprise_only' });
  }
  if (current.organizationId) {
    throw new ConflictError({
      key: 'already_in_organization',
      details: [detail('organization', 'already_member')],
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
    throw new ConflictError({ key: 'already_in_organization' });
  }
  await announceRequest(user);
  domainEvents.emit('membership.changed', { userId: actor.id });
  return user;
}

export async function createUser(input: CreateUserInput): Promise<UserRecord> {
  await assertEmailFree(input.email);
  return insertUser(input);
}

/** The account these credentials open; a disabled one is refused only once the password is right. */
export async function verifyCredentials(
  email: string,
  password: string,
): Promise<UserRecord | undefined> {
  const user = await UserModel.findOne({ email }).lean<UserRecord>();
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!ok || !user) return undefined;
  if (user.disabledAt) {
    throw new ForbiddenError({
      code: 'account_disabled',
      key: 'account_disabled',
    });
  }
  return user;
}

export async function findUserById(id: string): Promise<UserRecord | undefined> {
  return (await UserModel.findById(id).lean<UserRecord>()) ?? undefined;
}

/** A signed-in account that still may act: disabled ones end their sessions. */
export async function findActiveUserById(id: string): Promise<UserRecord | undefined> {
  const user = await findUserById(id);
  return user && !user.disabledAt ? user : undefined;
}

async function administered(actor: Actor, id: string): Promise<UserRecord> {
  if (!Types.ObjectId.isValid(id)) throw new NotFoundError();
  const user = await findUserById(id);
  if (!user) throw new NotFoundError();
  if (user._id.equals(actor.id)) {
    throw new ConflictError({
      key: 'own_account_protected',
      details: [detail('id', 'own_account')],
    });
  }
  return user;
}

/**
 * Disables or enables an account, or exchanges a staff role (bureau ↔ admin); enterprise and
 * expert accounts keep their role, which their organization or profile depends on. Audited.
 */
export async function administerUser(
  actor: Actor,
  id: string,
  input: UpdateUserInput,
): Promise<{ user: UserRecord; changed: boolean }> {
  const user = await administered(actor, id);
  const set: Partial<UserRecord> = {};
  const unset: Record<string, 1> = {};
  const audits: Array<{ action: string; data?: Record<string, unknown> }> = [];
  if (input.role !== undefined && input.role !== user.role) {
    if (user.role !== 'bureau' && user.role !== 'admin') {
      throw new ConflictError({
        key: 'staff_roles_only',
        details: [detail('role', 'role_kept', { role: user.role })],
      });
    }
    set.role = input.role;
    audits.push({ action: 'user.role-changed', data: { from: user.role, to: input.role } });
  }
  if (input.disabled === true && !user.disabledAt) {
    set.disabledAt = new Date();
    audits.push({ action: 'user.disabled' });
  }
  if (input.disabled === false && user.disabledAt) {
    unset.disabledAt = 1;
    audits.push({ action: 'user.enabled' });
  }
  if (audits.length === 0) return { user, changed: false };
  const updated = await UserModel.findByIdAndUpdate(
    user._id,
    { $set: set, ...(Object.keys(unset).length ? { $unset: unset } : {}) },
    { returnDocument: 'after' },
  ).lean<UserRecord>();
  if (!updated) throw new NotFoundError();
  for (const audit of audits) {
    await recordAudit({
      actorId: new Types.ObjectId(actor.id),
      action: audit.action,
      targetType: 'user',
      targetId: user._id,
      note: input.reason,
      ...(audit.data ? { data: audit.data } : {}),
    });
  }
  return { user: updated, changed: true };
}

export const RESET_LINK_HOURS = 24;
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Starts a password reset for the account: answers the one-time token to mail it. Audited. */
export async function startPasswordReset(
  actor: Actor,
  id: string,
  reason: string,
  now: Date,
): Promise<{ user: UserRecord; token: string; expiresAt: Date }> {
  const user = await administered(actor, id);
  if (user.disabledAt) {
    throw new ConflictError({
      key: 'enable_before_reset',
      details: [detail('id', 'account_is_disabled')],
    });
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + RESET_LINK_HOURS * 60 * 60 * 1000);
  await UserModel.updateOne(
    { _id: user._id },
    { $set: { passwordReset: { tokenHash: tokenHash(token), expiresAt } } },
  );
  await recordAudit({
    actorId: new Types.ObjectId(actor.id),
    action: 'user.password-reset',
    targetType: 'user',
    targetId: user._id,
    note: reason,
  });
  return { user, token, expiresAt };
}

/** Sets the new password once; the link then stops working. Answers the account. */
export async function finishPasswordReset(
  input: PasswordResetInput,
  now: Date,
): Promise<UserRecord> {
  const passwordHash = await hashPassword(input.password);
  const user = await UserModel.findOneAndUpdate(
    {
      'passwordReset.tokenHash': tokenHash(input.token),
      'passwordReset.expiresAt': { $gt: now },
      disabledAt: { $exists: false },
    },
    { $set: { passwordHash }, $unset: { passwordReset: 1 } },
    { returnDocument: 'after' },
  ).lean<UserRecord>();
  if (!user) {
    throw new ValidationError({
      key: 'reset_link_invalid',
      details: [detail('token', 'invalid_or_expired')],
    });
  }
  return user;
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
