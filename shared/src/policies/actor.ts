import type { Role } from '../schemas/common';

/** The caller as policies see it: enough to decide, nothing more. */
export interface Actor {
  id: string;
  role: Role;
  organizationId?: string;
  expertId?: string;
}

export type Rule<R> = (actor: Actor, resource: R) => boolean;

export const isAdmin = (actor: Actor): boolean => actor.role === 'admin';
export const isStaff = (actor: Actor): boolean => actor.role === 'admin' || actor.role === 'bureau';
