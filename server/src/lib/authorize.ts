import { can, type Action, type Actor, type ResourceOf } from '@qs/shared';
import { ForbiddenError, UnauthenticatedError } from './errors';

/** One call after loading the record: throws 401/403 unless the shared policy allows it. */
export function authorize<A extends Action>(
  actor: Actor | undefined,
  action: A,
  resource: ResourceOf<A>,
): asserts actor is Actor {
  if (!actor) throw new UnauthenticatedError();
  if (!can(actor, action, resource)) throw new ForbiddenError();
}
