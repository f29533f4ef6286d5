import type { Actor, UserDto } from '@qs/shared';
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
