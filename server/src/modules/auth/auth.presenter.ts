import type { Actor, UserDto, UserHistoryEntry } from '@qs/shared';
import type { AuditRecord } from '../../lib/audit';
import { UserModel } from './user.model';
import { organizationNames } from '../organizations';
import type { UserRecord } from './user.model';

function presentUser(user: UserRecord, organizationName?: string): UserDto {
  return {
    id: user._id.toString(),
    email: user.email,
    name: user.name,
    role: user.role,
    ...(user.organizationId
      ? {
          organizationId: user.organizationId.toString(),
          ...(organizationName ? { organizationName } : {}),
          membership: user.membership ?? 'pending',
          orgRole: user.orgRole ?? 'member',
        }
      : {}),
    ...(user.expertId ? { expertId: user.expertId.toString() } : {}),
    ...(user.disabledAt ? { disabled: true } : {}),
    ...(user.termsAcceptedAt && user.termsVersion
      ? { termsAccepted: { version: user.termsVersion, at: user.termsAcceptedAt.toISOString() } }
      : {}),
    createdAt: user.createdAt.toISOString(),
  };
}

/** A pending member carries no organization: every organization rule refuses it by construction. */
export function toActor(user: UserRecord): Actor {
  const membership = user.organizationId ? (user.membership ?? 'pending') : undefined;
  return {
    id: user._id.toString(),
    role: user.role,
    ...(membership ? { membership } : {}),
    ...(membership === 'active' && user.organizationId
      ? { organizationId: user.organizationId.toString(), orgRole: user.orgRole ?? 'member' }
      : {}),
    ...(user.expertId ? { expertId: user.expertId.toString() } : {}),
  };
}

/** Users as the API shows them, with their organizations' names (one query for all). */
export async function presentUsers(users: UserRecord[]): Promise<UserDto[]> {
  const names = await organizationNames(
    users.flatMap((user) => (user.organizationId ? [user.organizationId.toString()] : [])),
  );
  return users.map((user) => presentUser(user, names.get(String(user.organizationId))));
}

export async function presentOneUser(user: UserRecord): Promise<UserDto> {
  const [presented] = await presentUsers([user]);
  return presented as UserDto;
}

const historyActions = new Set<string>([
  'user.role-changed',
  'user.disabled',
  'user.enabled',
  'user.password-reset',
]);

/** An account's history with the names of who decided (one query for all). */
export async function presentUserHistory(records: AuditRecord[]): Promise<UserHistoryEntry[]> {
  const actorIds = [...new Set(records.flatMap((r) => (r.actorId ? [r.actorId.toString()] : [])))];
  const names = new Map(
    (await UserModel.find({ _id: { $in: actorIds } }, { name: 1 }).lean()).map((u) => [
      u._id.toString(),
      u.name,
    ]),
  );
  return records
    .filter((record) => historyActions.has(record.action))
    .map((record) => {
      const actorName = record.actorId ? names.get(record.actorId.toString()) : undefined;
      const data = record.data as { from?: unknown; to?: unknown } | undefined;
      return {
        action: record.action as UserHistoryEntry['action'],
        ...(actorName ? { actorName } : {}),
        reason: record.note,
        ...(typeof data?.from === 'string' ? { from: data.from } : {}),
        ...(typeof data?.to === 'string' ? { to: data.to } : {}),
        at: record.at.toISOString(),
      };
    });
}
