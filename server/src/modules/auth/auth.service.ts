import type { CreateUserInput, ListUsersQuery, RegisterInput, Role } from '@qs/shared';
import { ConflictError } from '../../lib/errors';
import { findOrCreateOrganization } from '../organizations';
import { hashPassword, verifyPassword } from './passwords';
import { UserModel, type UserRecord } from './user.model';
import { findPage } from '../../lib/paginate';

function isDuplicateKey(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: number }).code === 11000;
}

async function assertEmailFree(email: string): Promise<void> {
  if (await UserModel.exists({ email })) {
    throw new ConflictError({
      message: 'An account with this email already exists',
      details: [{ path: 'email', message: 'already registered' }],
    });
  }
}

async function insertUser(fields: {
  email: string;
  password: string;
  name: string;
  role: Role;
  organizationId?: string;
}): Promise<UserRecord> {
  const passwordHash = await hashPassword(fields.password);
  try {
    const doc = await UserModel.create({
      email: fields.email,
      passwordHash,
      name: fields.name,
      role: fields.role,
      ...(fields.organizationId ? { organizationId: fields.organizationId } : {}),
    });
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

/** Self-registration: only enterprise and expert accounts; enterprises join or create their organization. */
export async function registerUser(input: RegisterInput): Promise<UserRecord> {
  await assertEmailFree(input.email);
  const organization =
    input.role === 'enterprise' && input.organization
      ? await findOrCreateOrganization(input.organization)
      : undefined;
  return insertUser({ ...input, organizationId: organization?.id });
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

export async function linkExpertProfile(userId: string, expertId: string): Promise<void> {
  await UserModel.updateOne({ _id: userId }, { $set: { expertId } });
}
