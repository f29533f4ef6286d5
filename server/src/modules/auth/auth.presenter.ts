import type { Actor, UserDto } from '@qs/shared';
import type { UserRecord } from './user.model';

export function presentUser(user: UserRecord): UserDto {
  return {
    id: user._id.toString(),
    email: user.email,
    name: user.name,
    role: user.role,
    ...(user.organizationId ? { organizationId: user.organizationId.toString() } : {}),
    ...(user.expertId ? { expertId: user.expertId.toString() } : {}),
    createdAt: user.createdAt.toISOString(),
  };
}

export function toActor(user: UserRecord): Actor {
  return {
    id: user._id.toString(),
    role: user.role,
    ...(user.organizationId ? { organizationId: user.organizationId.toString() } : {}),
    ...(user.expertId ? { expertId: user.expertId.toString() } : {}),
  };
}
