import type { Actor, UserDto } from '@qs/shared';
import type { UserRecord } from './user.model';

export function presentUser(user: UserRecord): UserDto {
  return {
    id: user._id.toString(),
    email: user.email,
    name: user.name,
    role: user.role,
    ...(user.organizationId
      ? {
          organizationId: user.organizationId.toString(),
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
